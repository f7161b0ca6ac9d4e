import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { entity, entry } from '../../../tests/helpers/factory.ts';
import { deriveAsks } from '../derive/asks.ts';
import { buildCorpus } from '../derive/corpus.ts';
import { ASK_COLUMNS, ENTITY_COLUMNS, ENTRY_COLUMNS, toCsv } from './csv.ts';
import { deriveDesignations } from '../derive/designations.ts';
import { askRecordSchema, csvRowSchemas, entityRecordSchema, entryRecordSchema, jsonSchemaOf } from './data-schemas.ts';
import { buildRecords, dataFile } from './records.ts';
import { entitySchema, entrySchema } from '../model/schema.ts';
import { DATASETS } from '../site/urls.ts';

const src = (key: string) => ({
	key,
	title: `Source ${key}`,
	publisher: 'Pub',
	url: `https://example.org/${key}`,
	kind: 'primary',
});
const entries = [
	entry('letter', {
		date: '2023-04-25',
		type: 'congressional-letter',
		actors: ['senator'],
		subjects: ['cloud'],
		asks: [
			{
				id: 'list-it',
				request: 'Put it on the list.',
				source: 'src',
				addressees: ['agency'],
				action: 'add-to-list',
				subjects: ['cloud'],
				list: 'the-list',
			},
		],
	}),
	entry(
		'listing',
		{
			date: '2024-01-29',
			type: 'entity-list-rule',
			actors: ['agency'],
			published: '2024-02-01',
			citation: ['89 FR 5698'],
			designations: [{ entity: 'cloud', list: 'the-list', note: 'As one of 3; really.' }],
			sources: [src('src'), { ...src('fr'), date: '2024-02-01', archived: 'https://web.archive.org/x' }],
			corrections: [{ date: '2024-03-01', text: 'Fixed the date.' }],
			unverified: ['A claim; with a semicolon'],
			tags: ['export-controls'],
		},
		'Text <Cite k="fr" />.',
	),
	entry('month', { date: '2021-12-01', datePrecision: 'month', actors: ['cloud'] }),
];
const entities = [
	entity('senator', { kind: 'legislator', role: 'Senator' }),
	entity('agency', { kind: 'government-agency', shortName: 'AG' }),
	entity('cloud', {
		aliases: [{ name: '华为云', lang: 'zh-Hans' }],
		identifiers: { wikidata: 'Q1', website: 'https://cloud.example' },
		country: 'CN',
	}),
	entity('the-list', { kind: 'list', parent: 'agency' }),
];
const corpus = buildCorpus(entries, entities);
const ctx = {
	corpus,
	designations: deriveDesignations(corpus),
	asks: deriveAsks(corpus, '2026-01-01'),
	buildDate: '2026-01-01',
	review: { asOf: '2025-12-15', reviewedBy: 'Test editors' },
	origin: 'https://x.org',
	history: new Map([['content/entries/2024-01-29-listing.mdx', { created: '2024-01-30', updated: '2024-03-01' }]]),
};
const records = buildRecords(ctx);

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const compiled = new Map<string, ReturnType<typeof ajv.compile>>();
const validator = (d: (typeof DATASETS)[number], f: 'json' | 'csv') => {
	const id = `https://x.org/data/${d}.${f}.schema.json`;
	if (!compiled.has(id)) compiled.set(id, ajv.compile(jsonSchemaOf(d, f, id)));
	return compiled.get(id)!;
};

describe('export records', () => {
	it('carry every field of the content schemas', () => {
		for (const k of Object.keys(entrySchema.shape)) expect(Object.keys(entryRecordSchema.shape), k).toContain(k);
		for (const k of Object.keys(entitySchema.shape)) expect(Object.keys(entityRecordSchema.shape), k).toContain(k);
	});
	it('pass their zod schemas and the published JSON Schemas', () => {
		for (const r of records.entries) entryRecordSchema.parse(r);
		for (const r of records.entities) entityRecordSchema.parse(r);
		for (const r of records.asks) askRecordSchema.parse(r);
		for (const d of DATASETS) {
			const v = validator(d, 'json');
			expect(v(JSON.parse(JSON.stringify(dataFile(d, records[d] as unknown[], ctx)))), JSON.stringify(v.errors)).toBe(
				true,
			);
		}
	});
	it('derive the list standing, the ask status, the roles and the last update', () => {
		const cloud = records.entityById.get('cloud')!;
		expect(cloud.lists).toEqual([
			{
				list: 'the-list',
				current: true,
				added: '2024-01-29',
				addedBy: '2024-01-29-listing',
				removed: null,
				removedBy: null,
			},
		]);
		expect(records.asks[0]).toMatchObject({
			ref: '2023-04-25-letter#list-it',
			status: 'acted-on',
			daysSinceLetter: 982,
		});
		expect(records.asks[0]!.responses[0]).toMatchObject({
			entry: '2024-01-29-listing',
			inferredBy: 'designation-on-named-list',
		});
		expect(records.entryById.get('2024-01-29-listing')!.entities).toEqual([
			{ id: 'agency', roles: ['actor'] },
			{ id: 'cloud', roles: ['subject'] },
			{ id: 'the-list', roles: ['list'] },
		]);
		expect(records.entryById.get('2024-01-29-listing')!.lastUpdated).toBe('2024-03-01');
		expect(records.entryById.get('2023-04-25-letter')!.lastUpdated).toBeNull();
		expect(records.entryById.get('2024-01-29-listing')!.text).toBe('Text [2].');
	});
});

describe('the published JSON Schemas', () => {
	it('reject a broken record: a bad date, an unknown field, a missing field, a wrong vocabulary', () => {
		const v = validator('entries', 'json');
		const good = JSON.parse(JSON.stringify(dataFile('entries', records.entries, ctx)));
		expect(v(good)).toBe(true);
		const broken = (f: (r: Record<string, unknown>) => void) => {
			const copy = structuredClone(good);
			f(copy.records[1]);
			return v(copy);
		};
		expect(broken((r) => (r.date = '2024-02-30'))).toBe(false);
		expect(broken((r) => (r.date = '29/01/2024'))).toBe(false);
		expect(broken((r) => (r.extra = 1))).toBe(false);
		expect(broken((r) => delete r.title)).toBe(false);
		expect(broken((r) => (r.type = 'rumour'))).toBe(false);
		expect(broken((r) => (r.url = 'javascript:alert(1)'))).toBe(false);
		expect(broken((r) => ((r.sources as { url: string }[])[0]!.url = 'not a url'))).toBe(false);
	});
	it('validate every CSV row as csv-parse reads it, and reject a broken one', () => {
		const sets = {
			entries: [ENTRY_COLUMNS, records.entries],
			entities: [ENTITY_COLUMNS, records.entities],
			asks: [ASK_COLUMNS, records.asks],
		} as const;
		for (const d of DATASETS) {
			const [cols, recs] = sets[d];
			const rows = parse(toCsv(cols as never, recs as never[]), { columns: true }) as Record<string, string>[];
			const v = validator(d, 'csv');
			for (const row of rows) expect(v(row), `${d}: ${JSON.stringify(v.errors)}`).toBe(true);
			for (const row of rows) expect(() => csvRowSchemas[d].parse(row)).not.toThrow();
		}
		const row = (parse(toCsv(ENTRY_COLUMNS, records.entries), { columns: true }) as Record<string, string>[])[0]!;
		const v = validator('entries', 'csv');
		expect(v({ ...row, datePrecision: 'week' })).toBe(false);
		expect(v({ ...row, actors: 'a, b' })).toBe(false);
		expect(v({ ...row, published: '2024-13-01' })).toBe(false);
	});
});

describe('data files: built on one day, as of the record’s last review', () => {
	it('keep the build date in `generated` and the review in `asOf` and `reviewedBy`, with each request as of the review', () => {
		const f = dataFile('asks', records.asks, ctx);
		expect(f).toMatchObject({ generated: '2026-01-01', asOf: '2025-12-15', reviewedBy: 'Test editors' });
		const review = buildRecords({ ...ctx, asks: deriveAsks(corpus, ctx.review.asOf) }).asks;
		for (const r of review) expect(r.asOf).toBe(ctx.review.asOf);
	});
});
