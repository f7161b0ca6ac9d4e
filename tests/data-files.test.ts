/**
 * The data files of the built site: CSV read by csv-parse and JSON validated by ajv against the
 * JSON Schemas the site publishes; every row accounts for exactly one record of the content,
 * every column is there, and the filtered CSVs hold exactly the entries of their pages.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { ENTRY_TYPES } from '../src/lib/model/schema.ts';
import {
	dataFileUrl,
	DATASETS,
	entityCsvUrl,
	entityUrl,
	homeUrl,
	schemaUrl,
	typeCsvUrl,
	typeUrl,
	yearCsvUrl,
	yearUrl,
} from '../src/lib/site/urls.ts';
import { csv, entriesOfEntity, exists, file, pathOf, sorted } from './helpers/exports.ts';
import { content, page, paginated } from './helpers/site.ts';

const { entries, entities } = content();
const asksInContent = entries.flatMap((e) => e.data.asks.map((a) => `${e.id}#${a.id}`));
const expectedIds = { entries: entries.map((e) => e.id), entities: entities.map((e) => e.id), asks: asksInContent };
const keyOf = { entries: 'id', entities: 'id', asks: 'ref' } as const;
const ONE = { entries: 'entry', entities: 'entity', asks: 'request of a letter' } as const;
const json = (path: string) => JSON.parse(file(path));

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validators = new Map<string, ReturnType<typeof ajv.compile>>();
const validator = (path: string) => {
	if (!validators.has(path)) validators.set(path, ajv.compile(json(path)));
	return validators.get(path)!;
};

describe('JSON files', () => {
	for (const d of DATASETS) {
		it(`${d}.json validates against ${schemaUrl(d, 'json')} and has one record per ${ONE[d]}`, () => {
			const data = json(dataFileUrl(d, 'json'));
			const v = validator(schemaUrl(d, 'json'));
			expect(v(data), JSON.stringify(v.errors?.slice(0, 3))).toBe(true);
			expect(pathOf(data.schema)).toBe(schemaUrl(d, 'json'));
			expect(data.count).toBe(expectedIds[d].length);
			expect(sorted(data.records.map((r: Record<string, string>) => r[keyOf[d]]))).toEqual(sorted(expectedIds[d]));
			expect(data.license).toBe('CC-BY-4.0');
		});
	}

	it('entries.json holds every frontmatter field of every entry as written', () => {
		const records = new Map(json(dataFileUrl('entries', 'json')).records.map((r: { id: string }) => [r.id, r]));
		for (const e of entries) {
			const r = records.get(e.id) as Record<string, unknown>;
			for (const [k, v] of Object.entries(e.data)) expect(r[k], `${e.id}.${k}`).toEqual(JSON.parse(JSON.stringify(v)));
			expect(pathOf(r.url as string)).toBe(`/entries/${e.id}/`);
			expect(exists(pathOf(r.url as string))).toBe(true);
		}
	});

	it('the published schema rejects a broken record (negative case)', () => {
		const data = json(dataFileUrl('entries', 'json'));
		const v = validator(schemaUrl('entries', 'json'));
		const broken = structuredClone(data);
		broken.records[0].date = '2021-02-30';
		expect(v(broken)).toBe(false);
		const missing = structuredClone(data);
		delete missing.records[0].sources;
		expect(v(missing)).toBe(false);
		const extra = structuredClone(data);
		extra.records[0].unexpected = 'field';
		expect(v(extra)).toBe(false);
		const vocab = structuredClone(data);
		vocab.records[0].datePrecision = 'week';
		expect(v(vocab)).toBe(false);
	});

	it('entities.json derives each entity’s entries from the content, in any role', () => {
		for (const r of json(dataFileUrl('entities', 'json')).records) {
			expect(sorted(r.entries.map((x: { id: string }) => x.id)), r.id).toEqual(sorted(entriesOfEntity(entries, r.id)));
			expect(r.entryCount).toBe(r.entries.length);
		}
	});
});

describe('CSV files', () => {
	for (const d of DATASETS) {
		it(`${d}.csv has every column of its schema and one row per record, each valid`, () => {
			const schema = json(schemaUrl(d, 'csv'));
			const { header, rows } = csv(dataFileUrl(d, 'csv'));
			expect(header).toEqual(Object.keys(schema.properties));
			expect(sorted(rows.map((r) => r[keyOf[d]]!))).toEqual(sorted(expectedIds[d]));
			const v = validator(schemaUrl(d, 'csv'));
			for (const row of rows) expect(v(row), `${row[keyOf[d]]}: ${JSON.stringify(v.errors?.slice(0, 2))}`).toBe(true);
		});
	}

	it('entries.csv rows match the content: title, dates with precision, type, actors, citations, source URLs', () => {
		const rows = new Map(csv(dataFileUrl('entries', 'csv')).rows.map((r) => [r.id, r]));
		for (const e of entries) {
			const r = rows.get(e.id)!;
			expect(r.title).toBe(e.data.title);
			expect(r.date).toBe(e.data.date);
			expect(r.datePrecision).toBe(e.data.datePrecision);
			expect(r.published).toBe(e.data.published ?? '');
			expect(r.type).toBe(e.data.type);
			expect(r.actors!.split(';')).toEqual(e.data.actors);
			expect(r.citation).toBe(e.data.citation.join(';'));
			expect(r.sourceUrls!.split('\n')).toEqual(e.data.sources.map((s) => s.url));
			expect(r.summary).toBe(e.data.summary);
		}
	});

	it('the CSV schema rejects a broken row (negative case)', () => {
		const { rows } = csv(dataFileUrl('entries', 'csv'));
		const v = validator(schemaUrl('entries', 'csv'));
		expect(v({ ...rows[0], date: '12/01/2021' })).toBe(false);
		const noTitle: Record<string, string> = { ...rows[0] };
		delete noTitle.title;
		expect(v(noTitle)).toBe(false);
	});
});

describe('filtered CSVs', () => {
	const rowIds = (path: string) => sorted(csv(path).rows.map((r) => r.id!));
	const pageIds = (path: string) =>
		sorted(paginated(path).flatMap((doc) => doc.querySelectorAll('li.entry-row').map((li) => li.id)));
	const fullHeader = csv(dataFileUrl('entries', 'csv')).header;
	const fullRows = new Map(csv(dataFileUrl('entries', 'csv')).rows.map((r) => [r.id, r]));
	const check = (pagePath: string, csvPath: string, expected: string[]) => {
		const { header, rows } = csv(csvPath);
		expect(header, csvPath).toEqual(fullHeader);
		expect(rowIds(csvPath), csvPath).toEqual(sorted(expected));
		expect(pageIds(pagePath), pagePath).toEqual(sorted(expected));
		for (const r of rows) expect(r, `${csvPath} ${r.id}`).toEqual(fullRows.get(r.id));
		const link = page(pagePath).querySelector(`a[href="${csvPath}"]`);
		if (expected.length)
			expect(link?.text.trim(), pagePath).toBe(
				expected.length === 1 ? 'Download this entry as CSV' : `Download these ${expected.length} entries as CSV`,
			);
	};

	it('per type: the type page and its CSV hold exactly the entries of that type', () => {
		for (const t of ENTRY_TYPES)
			check(
				typeUrl(t),
				typeCsvUrl(t),
				entries.filter((e) => e.data.type === t).map((e) => e.id),
			);
	});
	it('per year: the year page and its CSV hold exactly the entries of that year', () => {
		const years = new Set(entries.map((e) => e.data.date.slice(0, 4)));
		for (const y of years)
			check(
				yearUrl(y),
				yearCsvUrl(y),
				entries.filter((e) => e.data.date.startsWith(y)).map((e) => e.id),
			);
	});
	it('per entity: the entity page and its CSV hold exactly the entries that concern it', () => {
		for (const en of entities) check(entityUrl(en.id), entityCsvUrl(en.id), entriesOfEntity(entries, en.id));
	});
	it('the timeline links to every type and year page that has entries', () => {
		const hrefs = new Set(
			page(homeUrl())
				.querySelectorAll('nav.filter-nav a')
				.map((a) => a.getAttribute('href')),
		);
		for (const t of new Set(entries.map((e) => e.data.type))) expect(hrefs.has(typeUrl(t)), t).toBe(true);
		for (const y of new Set(entries.map((e) => e.data.date.slice(0, 4)))) expect(hrefs.has(yearUrl(y)), y).toBe(true);
	});
});
