/**
 * Reads YAML the way the Astro build does, with line numbers for messages.
 *
 * The build reads entry frontmatter and entity files with js-yaml (Astro's own parser), so the
 * check reads the values with js-yaml too: what passes `npm run check` is what the build sees
 * (`title: 2020-08-17` is a date to js-yaml, not text; `<<:` merges). The `yaml` library parses
 * the same text a second time for what js-yaml cannot give: the line of every field, and
 * precise syntax errors.
 *
 * One difference on purpose: js-yaml turns an impossible day such as `2020-02-30` into March 1
 * without a word. Here such a value stays the string it was written as, so the schema reports
 * "this day does not exist" instead of publishing another date.
 *
 * Bounds, because a file in a pull request may be built to hurt: aliases (`*a`) may point at
 * most `MAX_ALIASES` times per file and a value may be at most `MAX_EXPANDED` nodes once every
 * alias is expanded (an "alias bomb" of nine levels of nine aliases is refused at once, not after
 * minutes of expanding a billion nodes); text nested more than `MAX_DEPTH` levels is refused
 * before either parser recurses into it.
 */
import jsYaml from 'js-yaml';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type YAMLError } from 'yaml';
import { isRealIsoDay } from '../model/dates.ts';

/** The result of reading one YAML text. */
export interface YamlRead {
	/** The parsed value, as the build sees it; undefined when the text does not parse. */
	data: unknown;
	/** Syntax errors, each with a 1-based line in the file where known. */
	errors: { line: number | undefined; message: string }[];
	/** The 1-based file line of a field (or its nearest parent that exists). */
	lineOf: (path: readonly (string | number)[]) => number | undefined;
}

const stockTimestamp = jsYaml.types.timestamp;
/** js-yaml's timestamp type, except that a day which is not in the calendar stays a string. */
const strictTimestamp = new jsYaml.Type('tag:yaml.org,2002:timestamp', {
	kind: 'scalar',
	resolve: (data: string | null) => {
		if (!stockTimestamp.resolve!(data)) return false;
		const m = /^(\d{4})-(\d\d?)-(\d\d?)/.exec(data ?? '');
		// Years before 1900 stay text too: js-yaml reads 0050-01-01 as 1950-01-01.
		return !!m && Number(m[1]) >= 1900 && isRealIsoDay(`${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`);
	},
	construct: stockTimestamp.construct!,
	instanceOf: Date,
	represent: stockTimestamp.represent as (data: object) => string,
});
/** Astro's schema (js-yaml's DEFAULT_SCHEMA), with the strict timestamp. */
const BUILD_SCHEMA = jsYaml.CORE_SCHEMA.extend({
	implicit: [strictTimestamp, jsYaml.types.merge],
	explicit: [jsYaml.types.binary, jsYaml.types.omap, jsYaml.types.pairs, jsYaml.types.set],
});

/** The most aliases (`*name`) one file may use: content needs none, `<<: *base` merges a few. */
export const MAX_ALIASES = 20;
/** The most values one file may hold once its aliases are expanded. */
export const MAX_EXPANDED = 20_000;
/** The deepest nesting of lists and groups: content is at most four levels deep. */
export const MAX_DEPTH = 16;

/**
 * How deep the text nests, counted without parsing: flow brackets and indentation. An upper
 * bound is enough: it only decides whether the parsers may run.
 */
function nestingDepth(text: string): number {
	let deepest = 0;
	let flow = 0;
	for (const line of text.split('\n')) {
		const indent = /^[ -]*/.exec(line)![0].length;
		deepest = Math.max(deepest, Math.ceil(indent / 2));
		for (const ch of line) {
			if (ch === '[' || ch === '{') deepest = Math.max(deepest, ++flow);
			else if ((ch === ']' || ch === '}') && flow > 0) flow--;
		}
	}
	return deepest;
}

/**
 * The number of values `data` holds with every shared value counted each time it is reached,
 * stopping as soon as it passes `limit` (js-yaml shares one object for every alias to it, so the
 * count stays cheap however large the expansion would be).
 */
export function expandedSize(data: unknown, limit: number): number {
	const sizes = new Map<object, number>();
	const size = (v: unknown, depth: number): number => {
		if (v === null || typeof v !== 'object' || v instanceof Date) return 1;
		const known = sizes.get(v);
		if (known !== undefined) return known;
		if (depth > MAX_DEPTH * 2) return limit + 1;
		sizes.set(v, limit + 1); // a cycle counts as too big
		let n = 1;
		for (const child of Array.isArray(v) ? v : Object.values(v)) {
			n += size(child, depth + 1);
			if (n > limit) break;
		}
		sizes.set(v, n);
		return n;
	};
	return size(data, 0);
}

/** The usual causes of each YAML error, in words an editor can act on. */
const HINTS: Partial<Record<YAMLError['code'], string>> = {
	BLOCK_AS_IMPLICIT_KEY:
		'a value contains ": " (or a line is indented too far): put text with a colon in quotes, and check the indentation',
	MULTILINE_IMPLICIT_KEY:
		'a line is not a "name: value" pair, or is indented too far or too little: check the indentation',
	BAD_INDENT: 'a line is indented wrongly: items of a list start with "  - ", fields inside an item line up under it',
	TAB_AS_INDENT: 'a tab is used for indentation: YAML indents with spaces only',
	MISSING_CHAR: 'a quote or bracket is not closed: close it on the same line, or remove it',
	DUPLICATE_KEY: 'the same field appears twice: keep one',
	BAD_SCALAR_START: 'a value starts with a character YAML reserves (such as @, ` or %): put the value in quotes',
	UNEXPECTED_TOKEN:
		'something unexpected is on this line: text starting with a quote, [, {, - or # must be put in quotes as a whole',
	BAD_DQ_ESCAPE: 'a backslash in double quotes starts an unknown escape: use single quotes, or write \\\\',
	MULTIPLE_DOCS: 'a second "---" line splits the fields: remove it',
};

/** The 1-based line of the first value that opens a quote and does not close it on its line. */
export function unclosedQuoteLine(text: string): number | undefined {
	const lines = text.split('\n');
	for (let i = 0; i < lines.length; i++) {
		const m = /^\s*(?:-\s+)?(?:[^\s#'"][^:#]*:\s+)?(["'])(.*)$/.exec(lines[i]!);
		if (!m) continue;
		const rest = m[2]!;
		// In double quotes \" is escaped; in single quotes '' is.
		const closed = m[1] === '"' ? /(^|[^\\])(\\\\)*"/.test(rest) : rest.replace(/''/g, '').includes("'");
		if (!closed) return i + 1;
	}
	return undefined;
}

/**
 * Parse YAML text.
 * @param text the YAML (BOM and CR already removed)
 * @param lineOffset added to every line: the file line just before the text starts
 */
export function readYaml(text: string, lineOffset = 0): YamlRead {
	const none = (line: number | undefined, message: string): YamlRead => ({
		data: undefined,
		errors: [{ line, message }],
		lineOf: () => line,
	});
	const depth = nestingDepth(text);
	if (depth > MAX_DEPTH)
		return none(
			lineOffset + 1,
			`the YAML is nested ${depth > 1000 ? 'more than 1,000' : depth} levels deep, and content is never deeper than ${MAX_DEPTH}: write each field as "name: value", lists as lines starting "  - "`,
		);
	// The yaml library (lines, precise errors, alias count) costs about ten times js-yaml, so it
	// runs only when it has something to say: when js-yaml fails, when the text may hold an anchor
	// (`&`: without one, js-yaml refuses any alias, so none can pass), or when a line is asked for.
	let parsed: { doc: ReturnType<typeof parseDocument>; lineCounter: LineCounter } | undefined;
	const full = () => {
		if (!parsed) {
			const lineCounter = new LineCounter();
			parsed = { doc: parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true }), lineCounter };
		}
		return parsed;
	};
	const errors: YamlRead['errors'] = [];
	const syntaxErrors = () => {
		const { doc, lineCounter } = full();
		for (const e of doc.errors) {
			// An unclosed quote is found at the end of the text; point at the line that opens it.
			const opened = e.code === 'MISSING_CHAR' && /quote/.test(e.message) ? unclosedQuoteLine(text) : undefined;
			const line = (opened ?? lineCounter.linePos(e.pos[0]).line) + lineOffset;
			// One message per line: the parser often reports one mistake twice.
			if (errors.some((x) => x.line === line)) continue;
			errors.push({
				line,
				message: `${HINTS[e.code] ?? 'the YAML does not parse'} (${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')})`,
			});
		}
	};
	if (text.includes('&')) {
		let aliases = 0;
		visit(full().doc, { Alias: () => void aliases++ });
		if (aliases > MAX_ALIASES)
			return none(
				lineOffset + 1,
				`the YAML uses ${aliases.toLocaleString('en-US')} aliases (*name), more than the ${MAX_ALIASES} allowed: write the values out instead of pointing at an &anchor`,
			);
		syntaxErrors();
	}
	let data: unknown;
	try {
		data = jsYaml.load(text, { schema: BUILD_SCHEMA });
		if (expandedSize(data, MAX_EXPANDED) > MAX_EXPANDED)
			errors.push({
				line: lineOffset + 1,
				message: `the YAML expands to more than ${MAX_EXPANDED.toLocaleString('en-US')} values through its aliases (*name): write the values out instead of pointing at an &anchor`,
			});
	} catch (e) {
		if (e instanceof RangeError) {
			errors.push({
				line: lineOffset + 1,
				message: `the YAML is nested too deeply to read: content is never deeper than ${MAX_DEPTH} levels`,
			});
			return { data: undefined, errors, lineOf: () => lineOffset + 1 };
		}
		if (!(e instanceof jsYaml.YAMLException)) throw e;
		if (!parsed) syntaxErrors();
		// Report js-yaml's error only when the yaml library saw none: one cause, one message.
		if (!errors.length)
			errors.push({
				line: e.mark ? e.mark.line + 1 + lineOffset : undefined,
				message: `the YAML does not parse (${e.reason})`,
			});
	}
	const lineOf = (path: readonly (string | number)[]): number | undefined => {
		const { doc, lineCounter } = full();
		for (let n = path.length; n >= 0; n--) {
			const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
			if (node && typeof node === 'object' && node.range) return lineCounter.linePos(node.range[0]).line + lineOffset;
		}
		return undefined;
	};
	return { data: errors.length ? undefined : data, errors, lineOf };
}

/** The path of the field whose text holds `offset` (a key or a value), for messages; [] when none does. */
export function pathAtOffset(text: string, offset: number): (string | number)[] {
	const doc = parseDocument(text, { prettyErrors: false });
	const inside = (n: unknown): boolean => {
		const r = (n as { range?: [number, number, number] } | null)?.range;
		return !!r && offset >= r[0] && offset < Math.max(r[1], r[2]);
	};
	const walk = (node: unknown, path: (string | number)[]): (string | number)[] => {
		if (isMap(node))
			for (const pair of node.items) {
				const key = isScalar(pair.key) ? String(pair.key.value) : '?';
				if (inside(pair.key)) return [...path, key];
				if (inside(pair.value)) return walk(pair.value, [...path, key]);
			}
		if (isSeq(node)) node.items.forEach((item, i) => void (inside(item) && (path = walk(item, [...path, i]))));
		return path;
	};
	return walk(doc.contents, []);
}
