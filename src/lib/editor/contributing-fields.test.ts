import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	describeFields,
	fieldsMarkdown,
	FIELDS_END,
	FIELDS_START,
	inputSchema,
	replaceFields,
} from './contributing-fields.ts';
import { fieldsOf } from '../model/fields.ts';
import { ENTRY_TYPES, entitySchema, entrySchema } from '../model/schema.ts';

const ROOT = join(import.meta.dirname, '../../..');

describe('the field reference', () => {
	it('in CONTRIBUTING.md is what the schemas say (run npm run docs:fields after changing them)', () => {
		const doc = readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8');
		expect(doc).toContain(FIELDS_START);
		expect(doc).toContain(FIELDS_END);
		expect(replaceFields(doc, fieldsMarkdown())).toBe(doc);
	});

	it('has a row with the schema’s own description for every field of an entry and of an entity', () => {
		for (const s of [entrySchema, entitySchema]) {
			const rows = describeFields(s);
			const top = rows.filter((r) => !/[.[]/.test(r.path)).map((r) => r.path);
			expect(top).toEqual(Object.keys(s.shape));
			for (const r of rows) expect(r.meaning, r.path).not.toBe('');
			for (const [k, field] of Object.entries(s.shape))
				expect(rows.find((r) => r.path === k)!.meaning, k).toBe(field.description);
		}
		const rows = describeFields(entrySchema);
		expect(rows.find((r) => r.path === 'sources[].url')!.meaning).toBe(
			entrySchema.shape.sources.element.shape.url.description,
		);
		expect(rows.map((r) => r.path)).toEqual(fieldsOf(inputSchema(entrySchema)).map((f) => f.path));
	});

	it('says which fields are required exactly as the schema enforces it', () => {
		const rows = describeFields(entrySchema).filter((r) => !/[.[]/.test(r.path));
		const required = rows.filter((r) => r.required).map((r) => r.path);
		// The fields whose absence the schema rejects.
		const rejected = Object.keys(entrySchema.shape).filter((k) => {
			const r = entrySchema.shape[k as keyof typeof entrySchema.shape].safeParse(undefined);
			return !r.success;
		});
		expect(required).toEqual(rejected);
	});

	it('says the value in words: dates, addresses, lists, vocabularies, defaults, limits', () => {
		const value = (path: string) => describeFields(entrySchema).find((r) => r.path === path)!.value;
		expect(value('date')).toBe('a date, `YYYY-MM-DD`');
		expect(value('sources[].url')).toBe('a web address starting `https://` or `http://`');
		expect(value('actors')).toBe('a list (at least 1), each an id: lower-case words joined by hyphens');
		expect(value('datePrecision')).toBe('one of: `day`, `month`, `year` (default `day`)');
		expect(value('title')).toBe('plain text, at most 200 characters, no `<` or `>`');
		expect(value('related')).toBe('a list, each an entry id, `YYYY-MM-DD-slug`');
		expect(value('sources')).toBe('a list (at least 1) of items with the fields below');
	});

	it('lists every entry type', () => {
		const md = fieldsMarkdown();
		for (const t of ENTRY_TYPES) expect(md).toContain(`| \`${t}\` |`);
	});
});
