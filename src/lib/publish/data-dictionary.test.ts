import { describe, expect, it } from 'vitest';
import { dictionary, recordSchema, typeOf } from './data-dictionary.ts';
import { ENTRY_COLUMNS } from './csv.ts';
import { jsonSchemaOf } from './data-schemas.ts';
import { DATASETS } from '../site/urls.ts';

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
});
