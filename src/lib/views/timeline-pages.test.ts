import { describe, expect, it } from 'vitest';
import { entity, entry } from '../../../tests/helpers/factory.ts';
import { buildCorpus } from '../derive/corpus.ts';
import { buildViews } from '../derive/filtered-views.ts';
import { cacheKey } from '../site/cache-key.ts';
import { typeProps, yearProps } from './filter-page.ts';
import { PAGE_SIZE } from './pagination.ts';
import { filteredPages, filtersView, relatedPageViews, rowView, timelinePages } from './timeline-pages.ts';

// Two and a bit pages of entries over ten years, one of them related to many others.
const many = Array.from({ length: PAGE_SIZE * 2 + 3 }, (_, i) =>
	entry(`e${String(i).padStart(3, '0')}`, {
		date: `${2011 + (i % 10)}-0${1 + (i % 9)}-1${i % 10}`,
		type: i % 4 ? 'official-statement' : 'entity-list-rule',
		actors: i % 2 ? ['bis'] : ['treasury'],
		subjects: ['huawei'],
		related: i > 0 && i % 2 === 0 ? ['2011-01-10-e000'] : [],
	}),
);
const ents = [
	entity('bis', { name: 'Bureau of Industry and Security', shortName: 'BIS', kind: 'government-agency' }),
	entity('treasury', { name: 'Treasury', kind: 'government-agency' }),
	entity('huawei', { name: 'Huawei' }),
	entity('unused', { name: 'Never named' }),
];
const corpus = buildCorpus(many, ents);
const views = buildViews(corpus.entries);
const asks = [{ status: 'open' as const }, { status: 'acted-on' as const }];
const input = { corpus, asks, asOf: '2026-12-01', views };

describe('the timeline pages', () => {
	const newest = timelinePages(input, 'newest');
	const oldest = timelinePages(input, 'oldest');
	const ids = (pages: typeof newest) => pages.flatMap((p) => p.groups.flatMap((g) => g.rows.map((r) => r.id)));

	it('split the whole record into pages of PAGE_SIZE, in each order', () => {
		expect(newest).toHaveLength(3);
		expect(newest.map((p) => [p.page, p.total])).toEqual([
			[1, 3],
			[2, 3],
			[3, 3],
		]);
		expect(ids(oldest)).toEqual(corpus.entries.map((e) => e.id));
		expect(ids(newest)).toEqual([...corpus.entries].reverse().map((e) => e.id));
		expect(newest.map((p) => p.groups.reduce((n, g) => n + g.rows.length, 0))).toEqual([PAGE_SIZE, PAGE_SIZE, 3]);
		expect(newest.every((p) => p.count === many.length)).toBe(true);
	});

	it('give page 1 the lead and the chart, and no other page', () => {
		expect(newest[0]!.lead?.scorecard?.total).toBe(2);
		expect(newest[0]!.lead?.latest?.title).toBe(corpus.entries.at(-1)!.data.title);
		expect(newest[1]!.lead).toBeUndefined();
		expect(newest[1]!.chart).toBeUndefined();
		const years = newest[0]!.chart!.counts.map((c) => c.year);
		expect(years).toEqual([...years].sort().reverse());
		expect(oldest[0]!.chart!.counts[0]!.year).toBe(2011);
	});

	it('link each year to the first page it is on', () => {
		for (const { year, page } of newest[0]!.years) {
			const first = newest.find((p) => p.groups.some((g) => g.year === year))!;
			expect(page).toBe(first.page);
			expect(newest[0]!.chart!.hrefs[year]).toBe(`/${page > 1 ? `page/${page}/` : ''}#y${year}`);
		}
	});

	it('carry the names of what their rows link, and nothing else', () => {
		expect(newest[0]!.names).toEqual({
			bis: { name: 'Bureau of Industry and Security', short: 'BIS' },
			treasury: { name: 'Treasury' },
			huawei: { name: 'Huawei' },
		});
	});

	it('key page 3 apart from an edit to an entry shown on page 1 only', () => {
		const edited = many.map((e) =>
			e.id === corpus.entries.at(-1)!.id ? { ...e, data: { ...e.data, title: 'A new title' } } : e,
		);
		const c2 = buildCorpus(edited, ents);
		const again = timelinePages({ ...input, corpus: c2, views: buildViews(c2.entries) }, 'newest');
		expect(cacheKey(again[2])).toBe(cacheKey(newest[2]));
		expect(cacheKey(again[0])).not.toBe(cacheKey(newest[0]));
		// Page 2 names the latest entry nowhere (the lead is on page 1 only).
		expect(cacheKey(again[1])).toBe(cacheKey(newest[1]));
	});

	it('have one empty page for an empty record', () => {
		const empty = buildCorpus([], []);
		const [only, ...rest] = timelinePages(
			{ corpus: empty, asks: [], asOf: '2026-12-01', views: buildViews([]) },
			'newest',
		);
		expect(rest).toEqual([]);
		expect(only).toMatchObject({ page: 1, total: 1, count: 0, groups: [], years: [] });
		expect(only!.chart).toBeUndefined();
	});
});

describe('rows and filters', () => {
	it('a row holds what EntryRow shows: subjects, designated entities and asks subjects once', () => {
		const e = entry('x', {
			subjects: ['huawei'],
			designations: [
				{ entity: 'huawei', list: 'entity-list' },
				{ entity: 'alibaba', list: 'entity-list' },
			],
		});
		expect(rowView(e)).toEqual({
			id: e.id,
			title: 'Entry x',
			summary: 'Summary of x.',
			date: '2020-01-01',
			datePrecision: 'day',
			type: 'official-statement',
			actors: ['agency'],
			about: ['huawei', 'alibaba'],
		});
	});

	it('filters list every type with entries and every year, newest first, with counts', () => {
		const f = filtersView(views);
		expect(f.types.map((t) => [t.type, t.count])).toEqual([
			['entity-list-rule', 51],
			['official-statement', 152],
		]);
		expect(f.years[0]).toEqual({ year: 2020, count: views.byYear.get(2020)!.length });
		expect(f.years.at(-1)!.year).toBe(2011);
	});
});

describe('filtered and related pages', () => {
	it('a type has its pages, newest first, with its head on each', () => {
		const list = views.byType.get('official-statement')!;
		const pages = filteredPages(
			typeProps('official-statement', list),
			{ type: 'official-statement' },
			list,
			views,
			corpus,
		);
		expect(pages).toHaveLength(2);
		expect(pages[1]).toMatchObject({ page: 2, total: 2, count: list.length, title: 'Official statement: every entry' });
		expect(pages.flatMap((p) => p.groups.flatMap((g) => g.rows.map((r) => r.id)))).toEqual(
			[...list].reverse().map((e) => e.id),
		);
		expect(pages[0]!.feed?.href).toBe('/feeds/types/official-statement.xml');
	});

	it('a year with no entry of a type has one empty page', () => {
		const pages = filteredPages(yearProps(1999, []), { year: 1999 }, [], views, corpus);
		expect(pages).toEqual([expect.objectContaining({ page: 1, total: 1, count: 0, groups: [], names: {} })]);
	});

	it('an entry many name as related has its pages of them', () => {
		const first = corpus.entryById.get('2011-01-10-e000')!;
		const related = corpus.related.get(first.id)!;
		const pages = relatedPageViews(first, related, corpus);
		expect(related.length).toBe(PAGE_SIZE + 1);
		expect(pages.map((p) => p.title)).toEqual(['Related to: Entry e000', 'Related to: Entry e000, page 2']);
		expect(pages[0]!.lede).toBe('101 entries name this one as related, or are named by it; newest first.');
		expect(pages[1]!.back).toBe('/entries/2011-01-10-e000/');
	});
});
