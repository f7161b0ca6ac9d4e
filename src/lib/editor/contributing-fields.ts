/**
 * The field reference in CONTRIBUTING.md, generated from the content model: every field of the
 * zod schemas in `schema.ts`, with its requirement, allowed values, default and the description
 * written once there (`.meta({ description })`), read from the schemas' JSON Schema (input side:
 * what an editor writes) by the walker the Data page's dictionary uses too (`model/fields.ts`).
 * `npm run docs:fields` rewrites the section; a test fails when CONTRIBUTING.md and the schemas
 * disagree.
 */
import { z } from 'astro/zod';
import { fieldsOf, type JsonSchema } from '../model/fields.ts';
import * as schema from '../model/schema.ts';
import { FORCE_LABELS, KIND_LABELS, TYPE_INFO } from '../model/vocab.ts';

/** One documented field. */
export interface FieldDoc {
	/** As an editor writes it: `sources[].url`, `identifiers.website`. */
	path: string;
	required: boolean;
	/** The value expected, in words. */
	value: string;
	/** The field's description in schema.ts. */
	meaning: string;
}

/** The JSON Schema of what an editor writes for a content schema (defaults make a field optional). */
export function inputSchema(s: z.ZodType): JsonSchema {
	return z.toJSONSchema(s, { io: 'input', target: 'draft-2020-12', unrepresentable: 'throw' }) as JsonSchema;
}

const PATTERN_WORDS: [RegExp, string][] = [
	[schema.ENTRY_ID, 'an entry id, `YYYY-MM-DD-slug`'],
	[schema.ASK_REF, '`<entry-id>#<ask-id>`'],
	[schema.SOURCE_KEY, 'a key: lower-case letters, digits, hyphens'],
	[schema.ENTITY_ID, 'an id: lower-case words joined by hyphens'],
];

/** The value a field takes, in words. */
function valueOf(s: JsonSchema): string {
	if (s.format === 'date') return 'a date, `YYYY-MM-DD`';
	if (s.format === 'uri') return 'a web address starting `https://` or `http://`';
	if (Array.isArray(s.enum)) return `one of: ${(s.enum as unknown[]).map((v) => `\`${String(v)}\``).join(', ')}`;
	switch (s.type) {
		case 'boolean':
			return '`true` or `false`';
		case 'object':
			return 'the fields below';
		case 'array': {
			const min = s.minItems as number | undefined;
			const items = (s.items ?? {}) as JsonSchema;
			return `a list${min ? ` (at least ${min})` : ''}${items.type === 'object' ? ' of items with the fields below' : `, each ${valueOf(items)}`}`;
		}
		case 'string': {
			const pattern = s.pattern as string | undefined;
			if (pattern) {
				const known = PATTERN_WORDS.find(([p]) => p.source === pattern);
				return known ? known[1] : `text matching \`${pattern.replace(/^\^|\$$/g, '')}\``;
			}
			// Only plainLine (schema.ts) caps a length, and it refuses < and > too.
			const max = s.maxLength as number | undefined;
			return max ? `plain text, at most ${max} characters, no \`<\` or \`>\`` : 'text';
		}
		default:
			return String(s.type);
	}
}

/** A default worth writing down (not an empty list or object). */
function defaultWords(s: JsonSchema): string {
	const d = s.default;
	if (d === undefined) return '';
	const empty = Array.isArray(d) ? d.length === 0 : d !== null && typeof d === 'object' && Object.keys(d).length === 0;
	return empty ? '' : ` (default \`${String(d)}\`)`;
}

/** Every field of a content schema, nested ones flattened (`sources[].url`). */
export function describeFields(s: z.ZodType): FieldDoc[] {
	return fieldsOf(inputSchema(s)).map((f) => ({
		path: f.path,
		required: f.required,
		value: valueOf(f.schema) + defaultWords(f.schema),
		meaning: f.description,
	}));
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

/** The generated section of CONTRIBUTING.md, from the schemas of schema.ts. */
export function fieldsMarkdown(): string {
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
		fieldTable(describeFields(schema.entrySchema)),
		'',
		'### Entity fields (`content/entities/*.yaml`)',
		'',
		fieldTable(describeFields(schema.entitySchema)),
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
