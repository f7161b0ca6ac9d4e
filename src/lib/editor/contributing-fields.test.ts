import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	describeFields,
	fieldsMarkdown,
	FIELDS_END,
	FIELDS_START,
	jsDocs,
	replaceFields,
} from './contributing-fields.ts';
import { ENTRY_TYPES, entitySchema, entrySchema } from '../model/schema.ts';

const ROOT = join(import.meta.dirname, '../../..');
const source = readFileSync(join(ROOT, 'src/lib/model/schema.ts'), 'utf8');
const docs = jsDocs(source);
type Zod = Parameters<typeof describeFields>[0];

describe('the field reference', () => {
	it('in CONTRIBUTING.md is what the schemas say (run npm run docs:fields after changing them)', () => {
		const doc = readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8');
		expect(doc).toContain(FIELDS_START);
		expect(doc).toContain(FIELDS_END);
		expect(replaceFields(doc, fieldsMarkdown(source))).toBe(doc);
	});

	it('has a row with a meaning for every field of an entry and of an entity', () => {
		for (const [s, owner] of [
			[entrySchema, 'entrySchema'],
			[entitySchema, 'entitySchema'],
		] as const) {
			const rows = describeFields(s as unknown as Zod, docs, owner);
			const top = rows.filter((r) => !/[.[]/.test(r.path)).map((r) => r.path);
			expect(top).toEqual(Object.keys(s.shape));
			for (const r of rows) expect(r.meaning, r.path).not.toBe('');
		}
	});

	it('says which fields are required exactly as the schema enforces it', () => {
		const rows = describeFields(entrySchema as unknown as Zod, docs, 'entrySchema').filter((r) => !/[.[]/.test(r.path));
		const required = rows.filter((r) => r.required).map((r) => r.path);
		// The fields whose absence the schema rejects.
		const rejected = Object.keys(entrySchema.shape).filter((k) => {
			const r = entrySchema.shape[k as keyof typeof entrySchema.shape].safeParse(undefined);
			return !r.success;
		});
		expect(required).toEqual(rejected);
	});

	it('lists every entry type', () => {
		const md = fieldsMarkdown(source);
		for (const t of ENTRY_TYPES) expect(md).toContain(`| \`${t}\` |`);
	});
});
