/**
 * The name check (`/screen/`): matching a list of names against the tracked entities, in the
 * browser, from one data file the build writes (`/screen/entities.json`, see `screen-data.ts`).
 * Pure functions: the page's script only reads the input, calls these and writes text.
 */
import { nameKey } from './names.ts';

export const SCREEN_DATA_URL = '/screen/entities.json';
/** The most names one check takes. */
export const MAX_NAMES = 1000;

/** How a name matched: the entity's name, an alias or short name, either without legal-form words, or a part. */
export type MatchHow = 'exact' | 'alias' | 'normalized' | 'partial';

/** One standing on one tracked list, as of the record's date. */
export interface ScreenStanding {
	list: string;
	/** As the entity pages say it (`derive/list-status.ts`), e.g. "listed since Aug. 17, 2020", "removed Jan. 1, 2022", "listed through its parent Huawei Technologies since …", "not listed as of Dec. 1, 2026". */
	text: string;
}

export interface ScreenEntity {
	id: string;
	name: string;
	kind: string;
	url: string;
	/** Parent chain, nearest first: names. */
	parents: string[];
	/** [key, 'n' (a form of its name) | 'a' (alias or short name), the name as written]. */
	keys: [string, 'n' | 'a', string][];
	/** Keys without legal-form words (`co ltd`, `有限公司`…), for the `normalized` match. */
	bare: string[];
	/** Standings on each tracked list, in the order of `ScreenData.lists`. */
	standings: string[];
}

export interface ScreenData {
	/** The date the standings are stated as of (`YYYY-MM-DD`): the build's. */
	asOf: string;
	lists: string[];
	entities: ScreenEntity[];
}

export interface ScreenMatch {
	entity: ScreenEntity;
	how: MatchHow;
	/** The entity's name that matched, as written. */
	matched: string;
}

/** Words of legal form and corporate boilerplate, dropped for the `normalized` match. */
const LEGAL =
	/\b(co|company|corp|corporation|inc|incorporated|ltd|limited|llc|plc|gmbh|sa|ag|bv|pte|pty|group|holding|holdings|technology|technologies|tech|international|intl|the)\b/g;
const HAN_LEGAL = /(股份有限公司|有限责任公司|有限責任公司|有限公司|集团|集團|控股|股份|公司)/g;

/**
 * A name reduced for the `normalized` match: legal-form words dropped (English and Chinese),
 * then `nameKey`.
 * @example bareKey('Huawei Technologies Co., Ltd.') // 'huawei'
 * @example bareKey('华为技术有限公司') // '华为技术'
 */
export function bareKey(name: string): string {
	const latin = name
		.normalize('NFKC')
		.toLocaleLowerCase('en')
		.replace(/[.,()]/g, ' ')
		.replace(LEGAL, ' ');
	return nameKey(latin.replace(HAN_LEGAL, ''));
}

const HAN = /\p{Script=Han}/u;
/** A part long enough to mean something: 2 Han characters, or 4 letters or digits. */
const partialOk = (key: string): boolean => (HAN.test(key) ? [...key].length >= 2 : key.length >= 4);

export interface Matcher {
	match(name: string): ScreenMatch[];
}

/**
 * A matcher over the data file: exact, alias and normalized matches by lookup; a partial match
 * (the name is part of an entity's name, or contains one) only when nothing matched better.
 * Each entity at most once per name, with its best way of matching.
 */
export function matcher(data: ScreenData): Matcher {
	const byKey = new Map<string, { e: ScreenEntity; how: MatchHow; matched: string }[]>();
	const add = (key: string, e: ScreenEntity, how: MatchHow, matched: string): void => {
		const list = byKey.get(key) ?? [];
		if (!list.some((x) => x.e === e)) list.push({ e, how, matched });
		byKey.set(key, list);
	};
	for (const e of data.entities)
		for (const [key, kind, written] of e.keys) if (kind === 'n') add(key, e, 'exact', written);
	for (const e of data.entities)
		for (const [key, kind, written] of e.keys) if (kind === 'a') add(key, e, 'alias', written);
	const byBare = new Map<string, ScreenEntity[]>();
	for (const e of data.entities)
		for (const b of e.bare) if (b) byBare.set(b, [...new Set([...(byBare.get(b) ?? []), e])]);
	const allKeys = data.entities.flatMap((e) => e.keys.map(([key, , written]) => ({ key, e, written })));
	return {
		match(name: string): ScreenMatch[] {
			const key = nameKey(name);
			if (!key) return [];
			const direct = byKey.get(key);
			if (direct?.length) return direct.map((x) => ({ entity: x.e, how: x.how, matched: x.matched }));
			const bare = bareKey(name);
			const loose = bare ? byBare.get(bare) : undefined;
			if (loose?.length) return loose.map((e) => ({ entity: e, how: 'normalized', matched: e.name }));
			if (!partialOk(key)) return [];
			const seen = new Map<ScreenEntity, string>();
			for (const k of allKeys)
				if (!seen.has(k.e) && (k.key.includes(key) || (partialOk(k.key) && key.includes(k.key))))
					seen.set(k.e, k.written);
			return [...seen].slice(0, 20).map(([entity, matched]) => ({ entity, how: 'partial', matched }));
		},
	};
}

/** Names from pasted text: one a line, trimmed, blank lines dropped, at most `MAX_NAMES`. */
export function namesFromText(text: string): { names: string[]; dropped: number } {
	const all = text
		.split(/\r\n|\r|\n/)
		.map((l) => l.trim())
		.filter(Boolean);
	return { names: all.slice(0, MAX_NAMES), dropped: Math.max(0, all.length - MAX_NAMES) };
}

/**
 * Rows of a CSV file (RFC 4180: quoted fields, doubled quotes, commas and line breaks inside
 * quotes; a UTF-8 byte-order mark is dropped). Semicolon- or tab-separated files work when
 * `delimiter` says so.
 */
export function parseCsv(text: string, delimiter = ','): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	const s = text.replace(/^\uFEFF/, '');
	for (let i = 0; i < s.length; i++) {
		const c = s[i]!;
		if (quoted) {
			if (c === '"') {
				if (s[i + 1] === '"') {
					field += '"';
					i++;
				} else quoted = false;
			} else field += c;
		} else if (c === '"' && field === '') quoted = true;
		else if (c === delimiter) {
			row.push(field);
			field = '';
		} else if (c === '\n' || c === '\r') {
			if (c === '\r' && s[i + 1] === '\n') i++;
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
		} else field += c;
	}
	if (field !== '' || row.length) {
		row.push(field);
		rows.push(row);
	}
	return rows;
}

/** The delimiter a CSV file most likely uses: comma, semicolon or tab, by its first line. */
export function guessDelimiter(text: string): string {
	const first = text.split(/\r?\n/, 1)[0] ?? '';
	const count = (d: string) => first.split(d).length - 1;
	return [',', ';', '\t'].sort((a, b) => count(b) - count(a))[0]!;
}

/**
 * One column of a CSV file as names: the column whose header is `column` (any case), or the
 * first column; the header row is skipped when it names the column.
 */
export function namesFromCsv(text: string, column?: string): { names: string[]; dropped: number; header: string[] } {
	const rows = parseCsv(text, guessDelimiter(text));
	const header = rows[0] ?? [];
	const want = column?.trim().toLocaleLowerCase('en');
	let idx = want ? header.findIndex((h) => h.trim().toLocaleLowerCase('en') === want) : -1;
	const hasHeader =
		idx >= 0 || header.some((h) => /^(name|names|entity|company|supplier|vendor|名称|名稱)$/i.test(h.trim()));
	if (idx < 0)
		idx = Math.max(
			0,
			header.findIndex((h) => /^(name|names|entity|company|supplier|vendor|名称|名稱)$/i.test(h.trim())),
		);
	const values = rows
		.slice(hasHeader ? 1 : 0)
		.map((r) => (r[idx] ?? '').trim())
		.filter(Boolean);
	return { names: values.slice(0, MAX_NAMES), dropped: Math.max(0, values.length - MAX_NAMES), header };
}

/**
 * One CSV cell: quoted when needed, and a cell that a spreadsheet would run as a formula
 * (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) prefixed with `'`.
 */
export function csvCell(value: string): string {
	const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The result rows for the CSV download: one row per (name, matching entity), or one row for a name with none. */
export function resultRows(data: ScreenData, results: { name: string; matches: ScreenMatch[] }[]): string[][] {
	const head = [
		'input',
		'match',
		'how',
		'matched name',
		'entity id',
		'kind',
		'parents',
		'url',
		...data.lists.map((l) => `${l} (as of ${data.asOf})`),
	];
	const rows = [head];
	for (const r of results) {
		if (!r.matches.length) rows.push([r.name, 'no match', '', '', '', '', '', '', ...data.lists.map(() => '')]);
		for (const m of r.matches)
			rows.push([
				r.name,
				m.entity.name,
				m.how,
				m.matched,
				m.entity.id,
				m.entity.kind,
				m.entity.parents.join(' › '),
				m.entity.url,
				...m.entity.standings,
			]);
	}
	return rows;
}

/** Rows as CSV text (CRLF line ends, every cell through `csvCell`). */
export function toCsv(rows: string[][]): string {
	return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
