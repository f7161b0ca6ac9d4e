import { describe, expect, it } from 'vitest';
import { entity, entry } from '../../../tests/helpers/factory.ts';
import { deriveAsks, indexAsks } from '../derive/asks.ts';
import { buildCorpus } from '../derive/corpus.ts';
import { deriveDesignations } from '../derive/designations.ts';
import { freshness } from '../model/review.ts';
import { cacheKey } from '../site/cache-key.ts';
import { ASKS_ON_ENTITY_PAGE } from './ask-pages.ts';
import { CHILDREN_ON_PAGE } from './bounded-lists.ts';
import { entityPages, rosterPages, statusPanel } from './entity-page.ts';
import { PAGE_SIZE, ROSTER_ON_LIST_PAGE, ROSTER_PAGE_SIZE } from './pagination.ts';

// An agency acting in most of 2 pages and a bit entries, a company with many subsidiaries,
// letters asking about it, and a list with more designations than its page shows.
const many = Array.from({ length: PAGE_SIZE * 2 + 7 }, (_, i) =>
	entry(`e${i}`, {
		date: `${2001 + (i % 20)}-0${1 + (i % 9)}-1${i % 10}`,
		actors: i % 3 ? ['bis'] : ['treasury'],
		subjects: i % 2 ? ['huawei'] : ['bis'],
	}),
);
const letters = Array.from({ length: ASKS_ON_ENTITY_PAGE + 2 }, (_, i) =>
	entry(`letter-${i}`, {
		date: `2023-0${1 + i}-01`,
		type: 'congressional-letter',
		actors: ['senator'],
		asks: [
			{
				id: 'a',
				request: `Act ${i}.`,
				source: 'src',
				addressees: ['bis'],
				action: 'add-to-list',
				subjects: ['huawei'],
				list: 'entity-list',
			},
		],
	}),
);
const listings = Array.from({ length: ROSTER_ON_LIST_PAGE + 3 }, (_, i) =>
	entry(`listing-${i}`, {
		date: `2024-01-${String(1 + (i % 28)).padStart(2, '0')}`,
		type: 'entity-list-rule',
		actors: ['bis'],
		subjects: [`sub-${i}`],
		citation: [`89 FR ${1000 + i}`],
		designations: [{ entity: `sub-${i}`, list: 'entity-list' }],
	}),
);
const subs = Array.from({ length: CHILDREN_ON_PAGE + 5 }, (_, i) =>
	entity(`sub-${i}`, { name: `Sub ${i}`, parent: 'huawei' }),
);
const ents = [
	entity('bis', { name: 'Bureau of Industry and Security', shortName: 'BIS', kind: 'government-agency' }),
	entity('treasury', { name: 'Treasury', kind: 'government-agency' }),
	entity('senator', { name: 'A Senator', kind: 'legislator' }),
	entity('huawei', { name: 'Huawei' }),
	entity('entity-list', { name: 'Entity List', kind: 'list', parent: 'bis' }),
	entity('quiet', { name: 'Quiet Co' }),
	...subs,
];
const corpus = buildCorpus([...many, ...letters, ...listings], ents);
const designations = deriveDesignations(corpus);
const fresh = freshness({ reviewedThrough: '2026-12-01', reviewedBy: 'Editors' }, '2026-12-02');
const asks = deriveAsks(corpus, fresh.asOf);
const input = {
	corpus,
	designations,
	askIndex: indexAsks(asks),
	freshness: fresh,
	origin: 'https://t.example',
	siteName: 'The Tracker',
};
const byId = (id: string) => corpus.entityById.get(id)!;

describe('the pages of an entity', () => {
	const pages = entityPages(input, byId('bis'));
	const mine = corpus.byEntity.get('bis')!.map((i) => i.entry);

	it('holds every entry once, newest first, PAGE_SIZE a page, each page only its own rows', () => {
		expect(pages.length).toBe(Math.ceil(mine.length / PAGE_SIZE));
		const ids = pages.flatMap((p) => p.groups.flatMap((g) => g.rows.map((r) => r.id)));
		expect(ids).toEqual([...mine].reverse().map((e) => e.id));
		for (const p of pages) {
			expect(p.groups.flatMap((g) => g.rows).length).toBeLessThanOrEqual(PAGE_SIZE);
			expect(p.total).toBe(pages.length);
		}
		expect(pages.map((p) => p.page)).toEqual(pages.map((_, i) => i + 1));
	});

	it('counts roles over all its entries, an entry with two roles in both', () => {
		const acted = mine.filter((e) => e.data.actors.includes('bis')).length;
		const about = mine.filter((e) => e.data.subjects.includes('bis') || e.data.designations.length > 0).length;
		expect(pages[0]!.counts.actor).toBe(acted);
		expect(pages[0]!.count).toBe(mine.length);
		expect(pages[2]!.counts).toEqual(pages[0]!.counts);
		expect(about).toBeGreaterThan(0);
	});

	it('puts the panels, the chart and the embed on page 1 only', () => {
		const [first, second] = pages;
		expect(first!.search).toBeDefined();
		expect(first!.chart?.counts[0]!.year).toBeGreaterThan(first!.chart!.counts.at(-1)!.year);
		// Each year links to the first page it is on.
		for (const [year, href] of Object.entries(first!.chart!.hrefs)) {
			const n = pages.findIndex((p) => p.groups.some((g) => g.year === Number(year))) + 1;
			expect(href).toBe(`/entities/bis/${n > 1 ? `page/${n}/` : ''}#e-y${year}`);
		}
		expect(first!.embed?.src).toBe('https://t.example/embed/entities/bis/');
		expect(first!.embed?.snippet).toContain('title="Bureau of Industry and Security: timeline from the The Tracker"');
		for (const k of ['search', 'status', 'standingHistory', 'roster', 'asks', 'chart', 'embed'] as const)
			expect(second![k]).toBeUndefined();
		expect(second!.header.standings).toBeUndefined();
	});

	it('names only the entities its rows link, by their short names where they have one', () => {
		const linked = new Set(pages[1]!.groups.flatMap((g) => g.rows.flatMap((r) => [...r.actors, ...r.about])));
		expect(new Set(Object.keys(pages[1]!.names))).toEqual(
			new Set([...linked].filter((id) => corpus.entityById.has(id))),
		);
		expect(pages[1]!.names['bis']).toEqual({ name: 'Bureau of Industry and Security', short: 'BIS' });
	});

	it('is plain data that keys by what it shows', () => {
		const key = cacheKey(pages[1]);
		expect(cacheKey(entityPages(input, byId('bis'))[1])).toBe(key);
		// A renamed entity that page 2 links changes its key.
		const renamed = buildCorpus(
			[...many, ...letters, ...listings],
			ents.map((e) => (e.id === 'huawei' ? entity('huawei', { name: 'Huawei Technologies' }) : e)),
		);
		const again = entityPages({ ...input, corpus: renamed, designations: deriveDesignations(renamed) }, byId('bis'));
		expect(cacheKey(again[1])).not.toBe(key);
	});
});

describe('a company with requests, subsidiaries and standings', () => {
	const [page] = entityPages(input, byId('huawei'));

	it('shows the latest requests in full, and how many there are', () => {
		expect(page!.asks?.total).toBe(letters.length);
		expect(page!.asks?.cards.map((c) => c.letter.id)).toEqual(letters.slice(-ASKS_ON_ENTITY_PAGE).map((l) => l.id));
	});

	it('bounds the subsidiaries in its header', () => {
		expect(page!.header.kids.shown).toHaveLength(CHILDREN_ON_PAGE);
		expect(page!.header.kids.more).toBe(5);
		const kids = corpus.children.get('huawei')!.slice(-CHILDREN_ON_PAGE);
		expect(page!.header.kids.shown).toEqual(kids.map((k) => ({ id: k.id, name: k.data.name })));
	});

	it('has a status panel stated as of the review, with the latest requests', () => {
		const s = page!.status!;
		expect(s.asOf).toEqual({ asOf: '2026-12-01', reviewedBy: 'Editors' });
		expect(s.asks).toBe(letters.length);
		expect(s.pending).toBe(letters.length);
		expect(s.listed.at(-1)).toMatchObject({
			status: 'open',
			statusLabel: 'Open',
			href: `/entries/${letters.at(-1)!.id}/#ask-a`,
		});
		expect(s.lists.length).toBeGreaterThan(0);
		expect(page!.header.standings?.length).toBe(1);
	});

	it('has no panel where there is nothing to say, and none for a list', () => {
		expect(statusPanel(input, byId('quiet'))).toBeUndefined();
		expect(statusPanel(input, byId('entity-list'))).toBeUndefined();
		expect(entityPages(input, byId('quiet'))).toHaveLength(1);
		expect(entityPages(input, byId('quiet'))[0]!.chart).toBeUndefined();
	});
});

describe('a list', () => {
	it('shows the latest designations on its page and every one on its roster pages', () => {
		const [page] = entityPages(input, byId('entity-list'));
		expect(page!.roster?.total).toBe(listings.length);
		expect(page!.roster?.latest).toHaveLength(ROSTER_ON_LIST_PAGE);
		expect(page!.roster?.latest.at(-1)).toMatchObject({ action: 'added', by: expect.stringMatching(/^89 FR /) });
		const roster = rosterPages(byId('entity-list'), designations, corpus);
		expect(roster).toHaveLength(Math.ceil(listings.length / ROSTER_PAGE_SIZE));
		expect(roster.flatMap((p) => p.rows.map((r) => r.entity))).toEqual(
			designations.byList.get('entity-list')!.map((e) => e.entity),
		);
		expect(roster[0]!.rows[0]!.name).toMatch(/^Sub /);
	});

	it('has one empty roster page when it has no designation', () => {
		const none = rosterPages(entity('other-list', { kind: 'list' }), designations, corpus);
		expect(none).toEqual([{ id: 'other-list', name: 'other list', page: 1, total: 1, count: 0, rows: [] }]);
	});
});
