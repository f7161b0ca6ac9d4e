/**
 * Nothing lost: the number of entries in content/ equals the entry pages built, the entries on
 * the timeline, the entry records in the search index, the rows in every export and the items in
 * the main feed (which is not capped). Each is read from the built output with a real parser.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse as parseCsv } from 'csv-parse/sync';
import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { entryUrl, timelineUrl } from '../src/lib/site/urls.ts';
import { content, DIST, paginated } from './helpers/site.ts';

const { entries } = content();
const ids = entries.map((e) => e.id).sort();
const files = readdirSync(join(DIST, '..', 'content', 'entries')).filter((f) => !f.startsWith('.'));

describe('nothing lost between content/ and every output', () => {
	it('every file in content/entries is a valid entry', () => {
		expect(files.map((f) => f.replace(/\.mdx$/, '')).sort()).toEqual(ids);
	});

	it('entry pages built = entries', () => {
		const built = readdirSync(join(DIST, 'entries')).filter((d) => existsSync(join(DIST, 'entries', d, 'index.html')));
		expect(built.sort()).toEqual(ids);
		for (const id of ids) expect(existsSync(join(DIST, entryUrl(id), 'index.html'))).toBe(true);
	});

	it('timeline rows = entries (every page of both orders)', () => {
		for (const order of ['newest', 'oldest'] as const) {
			const rows = paginated(timelineUrl(order)).flatMap((d) => d.querySelectorAll('li.entry-row').map((r) => r.id));
			expect(rows.sort()).toEqual(ids);
		}
	});

	it('entry records in the search index = entries', () => {
		const dir = join(DIST, 'pagefind', 'fragment');
		const recorded: string[] = [];
		for (const f of readdirSync(dir)) {
			const raw = gunzipSync(readFileSync(join(dir, f))).toString('utf8');
			const json = JSON.parse(raw.slice(raw.indexOf('{')));
			if (json.url?.startsWith('/entries/')) recorded.push(json.url.split('/')[2]);
		}
		expect(recorded.sort()).toEqual(ids);
	});

	it('rows in entries.json and entries.csv = entries', () => {
		const json = JSON.parse(readFileSync(join(DIST, 'data', 'entries.json'), 'utf8'));
		expect(json.count).toBe(ids.length);
		const rows = json.records;
		expect(rows.map((r: { id: string }) => r.id).sort()).toEqual(ids);
		const csv = parseCsv(readFileSync(join(DIST, 'data', 'entries.csv'), 'utf8'), { columns: true }) as {
			id: string;
		}[];
		expect(csv.map((r) => r.id).sort()).toEqual(ids);
	});

	it('items in the main feed = entries (the feed is not capped)', () => {
		const feed = parseFeed(readFileSync(join(DIST, 'feeds', 'entries.xml'), 'utf8'));
		const links = feed.items.map((i) => new URL(i.url!).pathname.split('/')[2]);
		expect(links.sort()).toEqual(ids);
	});

	it('changes.json and changes.csv: every entry once as added, and every correction with its date', () => {
		const json = JSON.parse(readFileSync(join(DIST, 'data', 'changes.json'), 'utf8')) as {
			records: { kind: string; entry: string | null; date: string }[];
		};
		const csv = parseCsv(readFileSync(join(DIST, 'data', 'changes.csv'), 'utf8'), { columns: true }) as {
			kind: string;
			entry: string;
			date: string;
		}[];
		for (const rows of [json.records, csv]) {
			expect(
				rows
					.filter((r) => r.kind === 'entry-added')
					.map((r) => r.entry)
					.sort(),
			).toEqual(ids);
			const corrections = rows
				.filter((r) => r.kind === 'entry-corrected')
				.map((r) => `${r.entry} ${r.date}`)
				.sort();
			expect(corrections).toEqual(entries.flatMap((e) => e.data.corrections.map((c) => `${e.id} ${c.date}`)).sort());
		}
	});
});
