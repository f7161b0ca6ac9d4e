/**
 * "Download these N entries as CSV" for a search: the CSV of the result entries, built in the
 * browser from entries.json with the same columns and writer as entries.csv, rows in the order
 * of entries.csv (date, then id), so it equals those rows of entries.csv exactly.
 */
import { entriesCsv } from '../publish/csv.ts';
import type { EntryRecord } from '../publish/data-schemas.ts';

/** Whether a string is an entry id (`YYYY-MM-DD-slug`); search results also hold entity pages. */
export const isEntryId = (id: string): boolean => /^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id);

/** The CSV of the given entries, and which ids entries.json does not have (a stale index). */
export function entriesCsvFor(
	ids: readonly string[],
	records: readonly EntryRecord[],
): { csv: string; count: number; missing: string[] } {
	const wanted = new Set(ids);
	const rows = records.filter((r) => wanted.has(r.id));
	const found = new Set(rows.map((r) => r.id));
	return { csv: entriesCsv(rows), count: rows.length, missing: [...wanted].filter((id) => !found.has(id)) };
}

/**
 * A file name for a search's CSV.
 * @example searchCsvName('Huawei Cloud!') // 'tracker-search-huawei-cloud.csv'
 */
export function searchCsvName(query: string): string {
	const slug = query
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60);
	return `tracker-search${slug ? `-${slug}` : ''}.csv`;
}

/** The link text. */
export const downloadLabel = (n: number): string =>
	n === 1 ? 'Download this entry as CSV' : `Download these ${n.toLocaleString('en-US')} entries as CSV`;
