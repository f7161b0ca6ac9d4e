/**
 * The field reference in CONTRIBUTING.md, generated from the content model: the structure,
 * requirements, allowed values and defaults from the zod schemas in `schema.ts`, the meaning of
 * each field from its JSDoc line there. `npm run docs:fields` rewrites the section; a test fails
 * when CONTRIBUTING.md and the schemas disagree.
 */
import * as schema from '../model/schema.ts';
import { FORCE_LABELS, KIND_LABELS, TYPE_INFO } from '../model/vocab.ts';

/** One documented field. */
export interface FieldDoc {
	/** As an editor writes it: `sources[].url`, `identifiers.website`. */
	path: string;
	required: boolean;
	/** The value expected, in words. */
	value: string;
	/** The JSDoc line from schema.ts. */
	meaning: string;
}

/** The zod internals this module reads (zod 4 `def`). */
interface Def {
	type: string;
	innerType?: Zod;
	element?: Zod;
	entries?: Record<string, string>;
	shape?: Record<string, Zod>;
	out?: Zod;
	defaultValue?: unknown;
	checks?: { _zod: { def: { check: string; maximum?: number; minimum?: number; pattern?: RegExp } } }[];
}
interface Zod {
	def: Def;
	shape?: Record<string, Zod>;
}

/** JSDoc lines of each schema's fields, read from the source of schema.ts: schema name → field → text. */
export function jsDocs(source: string): Map<string, Map<string, string>> {
	const blocks = new Map<string, Map<string, string>>();
	const starts = [...source.matchAll(/^export const (\w+Schema) = /gm)].map((m) => ({ name: m[1]!, at: m.index }));
	for (const [i, s] of starts.entries()) {
		const text = source.slice(s.at, starts[i + 1]?.at ?? source.length);
		const docs = new Map<string, string>();
		for (const m of text.matchAll(/\/\*\*([\s\S]*?)\*\/\s*\n\s*(\w+)\s*:/g))
			docs.set(
				m[2]!,
				m[1]!
					.replace(/^\s*\*\s?/gm, ' ')
					.replace(/\s+/g, ' ')
					.trim(),
			);
		blocks.set(s.name, docs);
	}
	return blocks;
}

const PATTERN_WORDS: [RegExp, string][] = [
	[schema.ENTRY_ID, 'an entry id, `YYYY-MM-DD-slug`'],
	[schema.ASK_REF, '`<entry-id>#<ask-id>`'],
	[schema.SOURCE_KEY, 'a key: lower-case letters, digits, hyphens'],
	[schema.ENTITY_ID, 'an id: lower-case words joined by hyphens'],
];

/** The value a schema expects, in words. */
function valueOf(z: Zod): string {
	if ((z as unknown) === schema.isoDay) return 'a date, `YYYY-MM-DD`';
	if ((z as unknown) === schema.webUrl) return 'a web address starting `https://` or `http://`';
	const d = z.def;
	const check = (name: string) => d.checks?.map((c) => c._zod.def).find((c) => c.check === name);
	switch (d.type) {
		case 'default':
		case 'optional':
			return valueOf(d.innerType!);
		case 'enum':
			return `one of: ${Object.keys(d.entries!)
				.map((v) => `\`${v}\``)
				.join(', ')}`;
		case 'boolean':
			return '`true` or `false`';
		case 'object':
			return 'the fields below';
		case 'array': {
			const min = check('min_length')?.minimum;
			return `a list${min ? ` (at least ${min})` : ''}${d.element!.def.type === 'object' ? ' of items with the fields below' : `, each ${valueOf(d.element!)}`}`;
		}
		case 'string': {
			const pattern = check('string_format')?.pattern;
			if (pattern) {
				const known = PATTERN_WORDS.find(([p]) => p.source === pattern.source);
				return known ? known[1] : `text matching \`${pattern.source.replace(/^\^|\$$/g, '')}\``;
			}
			const max = check('max_length')?.maximum;
			return max ? `plain text, at most ${max} characters, no \`<\` or \`>\`` : 'text';
		}
		default:
			return d.type;
	}
}

function defaultOf(z: Zod): unknown {
	return z.def.type === 'default'
		? typeof z.def.defaultValue === 'function'
			? (z.def.defaultValue as () => unknown)()
			: z.def.defaultValue
		: undefined;
}

/** The object schema inside a field (itself, or the items of a list), if any. */
function objectOf(z: Zod): Zod | undefined {
	const d = z.def;
	if (d.type === 'object') return z;
	if (d.type === 'default' || d.type === 'optional') return objectOf(d.innerType!);
	if (d.type === 'array') return objectOf(d.element!);
	return undefined;
}

/**
 * The exported schema an object schema is, or was derived from (`sourceSchema.omit(…)` shares
 * its fields), whose JSDoc describes its fields; else the enclosing schema's.
 */
function ownerOf(object: Zod, enclosing: string): string {
	const fields = Object.entries(object.shape ?? {});
	for (const [key, value] of Object.entries(schema)) {
		const shape = (value as Zod | undefined)?.shape;
		if (key.endsWith('Schema') && shape && (value === object || fields.every(([n, f]) => shape[n] === f))) return key;
	}
	return enclosing;
}

/** Every field of an object schema, nested ones flattened (`sources[].url`). */
export function describeFields(
	object: Zod,
	docs: Map<string, Map<string, string>>,
	enclosing: string,
	prefix = '',
): FieldDoc[] {
	const rows: FieldDoc[] = [];
	const owner = ownerOf(object, enclosing);
	for (const [name, field] of Object.entries(object.shape ?? {})) {
		const dflt = defaultOf(field);
		const empty = Array.isArray(dflt)
			? dflt.length === 0
			: dflt !== null && typeof dflt === 'object' && Object.keys(dflt).length === 0;
		const meaning = docs.get(owner)?.get(name) ?? '';
		const path = `${prefix}${name}`;
		rows.push({
			path,
			required: field.def.type !== 'default' && field.def.type !== 'optional',
			value: `${valueOf(field)}${dflt !== undefined && !empty ? ` (default \`${String(dflt)}\`)` : ''}`,
			meaning,
		});
		const inner = objectOf(field);
		if (inner)
			rows.push(...describeFields(inner, docs, owner, `${path}${valueOf(field).startsWith('a list') ? '[]' : ''}.`));
	}
	return rows;
}

/** A Markdown table of fields. */
export function fieldTable(rows: readonly FieldDoc[]): string {
	const cell = (s: string) => s.replace(/\|/g, '\\|');
	return [
		'| field | required | value | meaning |',
		'| --- | --- | --- | --- |',
		...rows.map((r) => `| \`${r.path}\` | ${r.required ? 'yes' : 'no'} | ${cell(r.value)} | ${cell(r.meaning)} |`),
	].join('\n');
}

/** The generated section of CONTRIBUTING.md, from the source text of schema.ts. */
export function fieldsMarkdown(schemaSource: string): string {
	const docs = jsDocs(schemaSource);
	return [
		'### Entry types (`type`)',
		'',
		'| type | shown as | force |',
		'| --- | --- | --- |',
		...schema.ENTRY_TYPES.map((t) => `| \`${t}\` | ${TYPE_INFO[t].label} | ${FORCE_LABELS[TYPE_INFO[t].force]} |`),
		'',
		'### Entity kinds (`kind`)',
		'',
		schema.ENTITY_KINDS.map((k) => `\`${k}\` (${KIND_LABELS[k]})`).join(', ') + '.',
		'',
		'### Entry fields (the frontmatter of `content/entries/*.mdx`)',
		'',
		fieldTable(describeFields(schema.entrySchema as unknown as Zod, docs, 'entrySchema')),
		'',
		'### Entity fields (`content/entities/*.yaml`)',
		'',
		fieldTable(describeFields(schema.entitySchema as unknown as Zod, docs, 'entitySchema')),
	].join('\n');
}

export const FIELDS_START =
	'<!-- fields:start (generated from src/lib/model/schema.ts by npm run docs:fields; do not edit by hand) -->';
export const FIELDS_END = '<!-- fields:end -->';

/** A document with its generated section replaced. */
export function replaceFields(doc: string, generated: string): string {
	const a = doc.indexOf(FIELDS_START);
	const b = doc.indexOf(FIELDS_END);
	if (a < 0 || b < a) throw new Error(`the markers ${FIELDS_START} … ${FIELDS_END} are missing`);
	return `${doc.slice(0, a + FIELDS_START.length)}\n\n${generated}\n\n${doc.slice(b)}`;
}
