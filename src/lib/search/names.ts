/**
 * Names as people type them: pure helpers shared by the search index (build time), the search
 * page and the name check (browser). No dictionaries here: the traditional/simplified forms are
 * computed at build time (`search-han.ts`) and shipped as names.
 */

/** Diacritics removed (tone marks of pinyin included): `Huáwéi Yún` → `Huawei Yun`. */
export function foldDiacritics(s: string): string {
	return s
		.normalize('NFD')
		.replace(/\p{M}+/gu, '')
		.normalize('NFC');
}

/**
 * A name reduced for exact comparison: compatibility-normalised (full-width letters become
 * ASCII), diacritics and tone marks removed, lower case, letters and digits only (so spaces
 * and punctuation do not count).
 * @example nameKey('HUAWEI  CLOUD') === nameKey('Huawei Cloud') // 'huaweicloud'
 * @example nameKey('Huáwéi Yún') // 'huaweiyun'
 */
export function nameKey(name: string): string {
	return foldDiacritics(name.normalize('NFKC'))
		.toLocaleLowerCase('en')
		.replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * The Latin forms a name should also be found by: without diacritics (pinyin typed without tone
 * marks) and, for a name of several words, run together (pinyin typed without spaces:
 * `huaweiyun`). Han names are left to `hanSuffixes` and the build's script variants.
 * @example latinForms('Huáwéi Yún') // ['Huawei Yun', 'HuaweiYun']
 */
export function latinForms(name: string): string[] {
	const out = new Set<string>();
	const folded = foldDiacritics(name);
	if (folded !== name) out.add(folded);
	const words = folded.split(/\s+/).filter(Boolean);
	if (words.length > 1 && words.length <= 6 && words.every((w) => /^[\p{Script=Latin}\d'’.-]+$/u.test(w)))
		out.add(words.join('').replace(/['’.]/g, ''));
	out.delete(name);
	return [...out];
}
