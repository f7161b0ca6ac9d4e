import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { entity, entry } from '../../../tests/helpers/factory.ts';
import { buildCorpus } from '../derive/corpus.ts';
import { deriveDesignations } from '../derive/designations.ts';
import { buildRecords } from '../publish/records.ts';
import { downloadLabel, entriesCsvFor, isEntryId, searchCsvName } from './download-csv.ts';
import { ENTRY_COLUMNS, entriesCsv } from '../publish/csv.ts';

const entries = [
	entry('b', { date: '2021-01-02', title: 'Title, with "quotes"', actors: ['agency'] }),
	entry('a', { date: '2020-05-01', actors: ['agency'] }),
	entry('c', { date: '2022-07-09', actors: ['agency'], unverified: ['Line one\nline two', 'Another; claim'] }),
];
const corpus = buildCorpus(entries, [entity('agency', { kind: 'government-agency' })]);
const { entries: records } = buildRecords({
	corpus,
	designations: deriveDesignations(corpus),
	asks: [],
	buildDate: '2026-01-01',
	review: { asOf: '2025-12-15', reviewedBy: 'Test editors' },
	origin: 'https://x.org',
	history: new Map(),
});

describe('entriesCsvFor', () => {
	it('gives exactly the rows of the full CSV for those ids, in its order, whatever the result order', () => {
		const full = parse(entriesCsv(records), { columns: true }) as Record<string, string>[];
		const { csv, count, missing } = entriesCsvFor(['2022-07-09-c', '2020-05-01-a'], records);
		const rows = parse(csv, { columns: true }) as Record<string, string>[];
		expect(count).toBe(2);
		expect(missing).toEqual([]);
		expect(rows).toEqual(full.filter((r) => r.id === '2020-05-01-a' || r.id === '2022-07-09-c'));
		expect(Object.keys(rows[0]!)).toEqual(ENTRY_COLUMNS.map((c) => c.name));
	});
	it('reports ids the data file does not have', () => {
		expect(entriesCsvFor(['2020-05-01-a', '2030-01-01-gone'], records).missing).toEqual(['2030-01-01-gone']);
	});
	it('gives a header-only CSV for no ids', () => {
		expect(parse(entriesCsvFor([], records).csv, { columns: true })).toEqual([]);
	});
});

describe('helpers', () => {
	it('tells entry ids from entity ids', () => {
		expect(isEntryId('2020-08-17-huawei-cloud')).toBe(true);
		expect(isEntryId('huawei-cloud')).toBe(false);
	});
	it('names the file after the query and labels the count', () => {
		expect(searchCsvName('Huawei Cloud!')).toBe('tracker-search-huawei-cloud.csv');
		expect(searchCsvName('华为')).toBe('tracker-search.csv');
		expect(downloadLabel(1)).toBe('Download this entry as CSV');
		expect(downloadLabel(1234)).toBe('Download these 1,234 entries as CSV');
	});
});
