/**
 * The built pages of issue 15, read with a real HTML parser: Highwire citation meta on every
 * entry page (what Zotero reads), the list matrix as a table with headers and its CSV, and the
 * site configuration's origin in every citation URL.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE, SITE_ORIGIN } from '../src/lib/site/config.ts';
import { content, DIST, page } from './helpers/site.ts';

const meta = (path: string, name: string) =>
	page(path)
		.querySelectorAll(`head meta[name="${name}"]`)
		.map((m) => m.getAttribute('content'));

describe('reference-manager metadata on entry pages', async () => {
	const { entries } = await content();
	it.each(entries.map((e) => [e.id, e] as const))('%s carries citation_* meta', (id, e) => {
		const path = `/entries/${id}/`;
		expect(meta(path, 'citation_title')).toEqual([e.data.title]);
		expect(meta(path, 'citation_author')).toEqual([SITE.publisher]);
		expect(meta(path, 'citation_publisher')).toEqual([SITE.publisher]);
		const url = `${SITE_ORIGIN}${path}`;
		expect(meta(path, 'citation_public_url')).toEqual([url]);
		expect(meta(path, 'citation_abstract_html_url')).toEqual([url]);
		// Dated as "Cite this entry" dates it, by the last update; YYYY/MM/DD or absent, never guessed.
		const d = meta(path, 'citation_publication_date');
		expect(d.length).toBeLessThanOrEqual(1);
		for (const v of d) expect(v).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
		expect(meta(path, 'citation_date')).toEqual(d);
	});
});

describe('/lists/: the companies × lists matrix', async () => {
	const { entities } = await content();
	const lists = entities.filter((e) => e.data.kind === 'list');
	const companies = entities.filter((e) => e.data.kind === 'company');
	const table = page('/lists/').querySelector('table.list-matrix')!;

	it('is a table with a column header per tracked list and a row header per company', () => {
		expect(table).toBeTruthy();
		const cols = table.querySelectorAll('thead th[scope="col"]');
		expect(cols.length).toBe(lists.length + 1);
		const rows = table.querySelectorAll('tbody th[scope="row"]');
		expect(rows.map((r) => r.text.trim()).sort()).toEqual(companies.map((c) => c.data.name).sort());
		for (const tr of table.querySelectorAll('tbody tr')) {
			const cells = tr.querySelectorAll('td');
			expect(cells.length).toBe(lists.length);
			for (const td of cells) expect(td.querySelector('a[href]'), 'each cell a link').toBeTruthy();
		}
	});

	it('has a CSV with the same companies, and states that a spreadsheet will not run', () => {
		const csv = readFileSync(join(DIST, 'lists/matrix.csv'), 'utf8');
		const lines = csv.trimEnd().split('\r\n');
		expect(lines.length).toBe(companies.length + 1);
		for (const l of lists) expect(lines[0]!.split(',')).toContain(l.id);
		for (const line of lines.slice(1)) expect(line).not.toMatch(/(^|,)[=+\-@\t]/);
	});
});
