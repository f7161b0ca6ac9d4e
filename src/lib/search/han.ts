/**
 * Traditional and simplified forms of Chinese names, for the search index and the name check:
 * build time only (the browser never loads this module nor its dictionaries). Uses opencc-js
 * (Open Chinese Convert's phrase and character tables, pure JS, no native code): a hand-made
 * table would cover only the characters someone thought of, and a name an editor adds in
 * either script must find the other at the next build.
 */
import * as OpenCC from 'opencc-js';

const HAN = /\p{Script=Han}/u;
const toTrad = OpenCC.Converter({ from: 'cn', to: 't' });
const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toSimp = OpenCC.Converter({ from: 't', to: 'cn' });
const twToSimp = OpenCC.Converter({ from: 'tw', to: 'cn' });

/**
 * The other-script forms of a name with Han characters (simplified ↔ traditional), without the
 * name itself; nothing for a name without Han characters.
 * @example hanVariants('华为云') // ['華為雲']
 * @example hanVariants('華為雲') // ['华为云']
 */
export function hanVariants(name: string): string[] {
	if (!HAN.test(name)) return [];
	const out = new Set([toTrad(name), toTaiwan(name), toSimp(name), twToSimp(name)]);
	out.delete(name);
	return [...out];
}
