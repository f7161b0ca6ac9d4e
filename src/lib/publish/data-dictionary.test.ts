import { describe, expect, it } from 'vitest';
import { dictionary, recordSchema, typeOf } from './data-dictionary.ts';
import { ENTRY_COLUMNS } from './csv.ts';
import { jsonSchemaOf } from './data-schemas.ts';
import { fieldsOf, type JsonSchema } from '../model/fields.ts';
import { askSchema, entitySchema, entrySchema } from '../model/schema.ts';
import { DATASETS } from '../site/urls.ts';
import { z } from 'astro/zod';

/** Path → description of every field of a content schema, as written in schema.ts. */
const contentDescriptions = (s: z.ZodType) =>
	new Map(
		fieldsOf(z.toJSONSchema(s, { io: 'input', unrepresentable: 'throw' }) as JsonSchema).map((f) => [
			f.path,
			f.description,
		]),
	);
const CONTENT = { entries: entrySchema, entities: entitySchema, asks: askSchema } as const;

describe('typeOf', () => {
	it('names dates, URLs, enums, lists and optional cells', () => {
		expect(typeOf({ type: 'string', format: 'date' })).toBe('date (YYYY-MM-DD)');
		expect(typeOf({ type: 'string', format: 'uri' })).toBe('URL');
		expect(typeOf({ type: 'string', enum: ['day', 'month'] })).toBe('one of: day, month');
		expect(typeOf({ type: 'array', items: { type: 'string' } })).toBe('list of text');
		expect(
			typeOf({
				anyOf: [
					{ type: 'string', format: 'date' },
					{ type: 'string', const: '' },
				],
			}),
		).toBe('date (YYYY-MM-DD) or empty');
		expect(typeOf({ anyOf: [{ type: 'string', format: 'date' }, { type: 'null' }] })).toBe('date (YYYY-MM-DD) or null');
	});
});

describe('the dictionary of the published schemas', () => {
	it('has one row per CSV column, in file order, each with a description', () => {
		const rows = dictionary(jsonSchemaOf('entries', 'csv', 'https://x.org/s'));
		expect(rows.map((r) => r.name)).toEqual(ENTRY_COLUMNS.map((c) => c.name));
		for (const r of rows) expect(r.description, r.name).not.toBe('');
	});
	it('describes every field of every JSON record, nested ones included', () => {
		for (const d of DATASETS) {
			const rows = dictionary(recordSchema(jsonSchemaOf(d, 'json', 'https://x.org/s')));
			expect(rows.length).toBeGreaterThan(10);
			for (const r of rows) expect(r.description, `${d}: ${r.name}`).not.toBe('');
			if (d === 'entries') expect(rows.map((r) => r.name)).toContain('sources[].url');
		}
	});
	it('says of every field the content files have what schema.ts says of it, word for word', () => {
		for (const d of DATASETS) {
			const content = contentDescriptions(CONTENT[d]);
			const rows = dictionary(recordSchema(jsonSchemaOf(d, 'json', 'https://x.org/s')));
			const shared = rows.filter((r) => content.has(r.name));
			for (const r of shared) expect(r.description, `${d}.json: ${r.name}`).toBe(content.get(r.name));
			// Most of a record is content; the rest (ids, URLs, derived fields) is described where it is derived.
			expect(shared.length, d).toBeGreaterThanOrEqual(d === 'asks' ? 8 : 20);
		}
		const rows = dictionary(recordSchema(jsonSchemaOf('entities', 'json', 'https://x.org/s')));
		expect(rows.find((r) => r.name === 'notes[].source.url')!.description).toBe(
			entitySchema.shape.notes.unwrap().element.shape.source.shape.url.description,
		);
	});
	it('describes a CSV column that is a field as the field, with how its list is joined', () => {
		const csv = (d: (typeof DATASETS)[number]) =>
			new Map(dictionary(jsonSchemaOf(d, 'csv', 'https://x.org/s')).map((r) => [r.name, r.description]));
		const entries = csv('entries');
		expect(entries.get('title')).toBe(entrySchema.shape.title.description);
		expect(entries.get('actors')).toBe(`${entrySchema.shape.actors.description} Several are joined with ";".`);
		expect(entries.get('unverified')).toBe(
			`${entrySchema.shape.unverified.description} Several are put one per line inside the cell.`,
		);
		const json = new Map(
			dictionary(recordSchema(jsonSchemaOf('entries', 'json', 'https://x.org/s'))).map((r) => [r.name, r.description]),
		);
		expect(entries.get('lastUpdated')).toBe(json.get('lastUpdated'));
		expect(csv('entities').get('wikidata')).toBe(entitySchema.shape.identifiers.unwrap().shape.wikidata.description);
		expect(csv('asks').get('request')).toBe(askSchema.shape.request.description);
	});
});
