/**
 * Over the built site (tests/helpers/build-once.ts builds it with npm run build):
 * - every page passes the page scan (src/lib/check/page-scan.ts), the same one the build runs last;
 * - every feed is well-formed XML to a strict parser (saxes: XML 1.0, no control characters,
 *   no undefined entities, one root);
 * - every CSV reads back with csv-parse, and no cell starts with what a spreadsheet would run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { FORMULA_START } from '../src/lib/publish/csv.ts';
import { scanPage } from '../src/lib/check/page-scan.ts';
import { DIST } from './helpers/site.ts';

const files = (dir: string, ext: RegExp): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? files(join(dir, e.name), ext) : ext.test(e.name) ? [join(dir, e.name)] : [],
	);

/** Parse with saxes; the first error, or undefined. */
export function xmlError(xml: string): string | undefined {
	const parser = new SaxesParser({ xmlns: true });
	let error: string | undefined;
	let roots = 0;
	let depth = 0;
	parser.on('error', (e) => void (error ??= e.message));
	parser.on('opentag', () => void (depth++ === 0 && roots++));
	parser.on('closetag', () => void depth--);
	try {
		parser.write(xml).close();
	} catch (e) {
		error ??= (e as Error).message;
	}
	return error ?? (roots === 1 ? undefined : `${roots} root elements`);
}

describe('every built page', () => {
	const pages = files(DIST, /\.html$/);
	it('passes the page scan: no meta http-equiv but the policy, no script but ours, no on*=, no script URL', () => {
		expect(pages.length).toBeGreaterThan(50);
		for (const page of pages) expect(scanPage(readFileSync(page, 'utf8')), relative(DIST, page)).toEqual([]);
	});
	it('weighs at most 150 KB', () => {
		for (const page of pages) expect(readFileSync(page).length, relative(DIST, page)).toBeLessThanOrEqual(150 * 1024);
	});
});

describe('every feed', () => {
	const feeds = files(DIST, /\.(xml|atom)$/);
	it('is well-formed XML to a strict parser', () => {
		expect(feeds.length).toBeGreaterThan(10);
		for (const feed of feeds) expect(xmlError(readFileSync(feed, 'utf8')), relative(DIST, feed)).toBeUndefined();
	});
	it('the strict parser refuses what breaks a feed (so the test can fail)', () => {
		expect(xmlError('<feed><title>a\u0001b</title></feed>')).toBeDefined();
		expect(xmlError('<feed><title>a &nbsp; b</title></feed>')).toBeDefined();
		expect(xmlError('<feed><title>a</feed>')).toBeDefined();
		expect(xmlError('<feed><title>a\uFFFEb</title></feed>')).toBeDefined();
		expect(xmlError('<feed><title>ok &amp; fine</title></feed>')).toBeUndefined();
	});
});

describe('every CSV', () => {
	const csvs = files(DIST, /\.csv$/);
	it('reads back, and no cell starts with a formula character', () => {
		expect(csvs.length).toBeGreaterThan(10);
		for (const csv of csvs) {
			const rows = parseCsv(readFileSync(csv, 'utf8'), { relaxQuotes: false, bom: false }) as string[][];
			expect(rows.length, relative(DIST, csv)).toBeGreaterThan(0);
			for (const row of rows)
				for (const cell of row)
					expect(FORMULA_START.test(cell), `${relative(DIST, csv)}: ${cell.slice(0, 40)}`).toBe(false);
		}
	});
});
