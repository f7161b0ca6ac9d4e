/**
 * What keeps pages bounded at scale, checked on the built site: the /asks/ pages and every list's
 * roster pages, followed through their rel="next" links, hold every request and designation
 * exactly once; no HTML page is above the 150 KB budget of issue 7.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ASKS_PER_PAGE } from '../src/lib/views/ask-pages.ts';
import { asksUrl, rosterUrl } from '../src/lib/site/urls.ts';
import { allPages, content, DIST, paginated } from './helpers/site.ts';

const { entries, entities } = content();
const letters = entries.filter((e) => e.data.asks.length > 0);

describe('pages that stay bounded as the record grows', () => {
	it('shows every letter once across the /asks/ pages, with each of its requests', () => {
		const pages = paginated(asksUrl());
		const seen = new Map<string, number>();
		for (const doc of pages) {
			const cards = doc.querySelectorAll('main article.ask').length;
			expect(cards).toBeGreaterThan(0);
			for (const section of doc.querySelectorAll('main section[aria-labelledby^="l-"]')) {
				const id = section.getAttribute('aria-labelledby')!.slice(2);
				expect(seen.has(id), `letter ${id} on two pages`).toBe(false);
				seen.set(id, section.querySelectorAll('article.ask').length);
			}
			// A page holds about ASKS_PER_PAGE requests; more only when one letter alone has more.
			if (cards > ASKS_PER_PAGE) expect(doc.querySelectorAll('main section[aria-labelledby^="l-"]')).toHaveLength(1);
		}
		expect(Object.fromEntries(seen)).toEqual(Object.fromEntries(letters.map((l) => [l.id, l.data.asks.length])));
	});

	it('lists every designation on each list once across its roster pages, in date order', () => {
		for (const list of entities.filter((e) => e.data.kind === 'list')) {
			const expected = entries.flatMap((e) =>
				e.data.designations.filter((g) => g.list === list.id).map((g) => ({ date: e.data.date, entity: g.entity })),
			);
			const rows = paginated(rosterUrl(list.id)).flatMap((doc) => doc.querySelectorAll('main tbody tr'));
			const got = rows.map((r) => r.querySelector('a')!.getAttribute('href'));
			expect(got, list.id).toEqual(
				expected.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)).map((g) => `/entities/${g.entity}/`),
			);
		}
	});

	it('has no HTML page above 150 KB', () => {
		const big = allPages()
			.map((url) => ({ url, bytes: statSync(join(DIST, url, url.endsWith('/') ? 'index.html' : '')).size }))
			.filter((p) => p.bytes > 150 * 1024);
		expect(big).toEqual([]);
	});
});
