import { describe, expect, it } from 'vitest';
import { entry } from '../../../tests/helpers/factory.ts';
import { buildCorpus, compareEntries } from './corpus.ts';
import { pageParams, pageSlice, paginate, yearPages } from '../views/pagination.ts';
import { countByYear, groupByYear, sortEntries } from './timeline.ts';

const a = entry('a', { date: '2020-08-17' });
const b = entry('b', { date: '2020-08-17' });
const c = entry('c', { date: '2019-05-16' });
const d = entry('d', { date: '2023-04-25', type: 'congressional-letter' });

describe('ordering', () => {
	it('sorts by date, then id, so equal dates keep a stable order', () => {
		expect(sortEntries([d, b, a, c]).map((e) => e.id)).toEqual([c.id, a.id, b.id, d.id]);
		expect(sortEntries([d, b, a, c], 'newest').map((e) => e.id)).toEqual([d.id, b.id, a.id, c.id]);
		expect(compareEntries(a, a)).toBe(0);
	});
});

describe('grouping by year', () => {
	it('groups newest first by default, years and entries descending', () => {
		const g = groupByYear([a, b, c, d]);
		expect(g.map((x) => x.year)).toEqual([2023, 2020, 2019]);
		expect(g[1]!.entries.map((e) => e.id)).toEqual([b.id, a.id]);
	});
	it('groups oldest first on request', () => {
		expect(groupByYear([a, b, c, d], 'oldest').map((x) => x.year)).toEqual([2019, 2020, 2023]);
	});
	it('groups by the UTC year even for Jan. 1 (no time zone shift)', () => {
		expect(groupByYear([entry('ny', { date: '2021-01-01' })])[0]!.year).toBe(2021);
	});
	it('counts per year and force, empty years included', () => {
		const counts = countByYear([a, b, c, d]);
		expect(counts.map((r) => r.year)).toEqual([2019, 2020, 2021, 2022, 2023]);
		expect(counts[1]!.total).toBe(2);
		expect(counts[2]!.total).toBe(0);
		expect(counts[4]!.byForce['congressional-request']).toBe(1);
	});
});

describe('pagination', () => {
	const many = Array.from({ length: 250 }, (_, i) =>
		entry(`e${i}`, { date: `${2000 + Math.floor(i / 20)}-01-0${1 + (i % 9)}` }),
	);
	it('splits into pages that together hold every entry once', () => {
		const pages = paginate(many, 'newest', 100);
		expect(pages.map((p) => p.entries.length)).toEqual([100, 100, 50]);
		expect(new Set(pages.flatMap((p) => p.entries.map((e) => e.id))).size).toBe(250);
		expect(pages.every((p) => p.total === 3)).toBe(true);
	});
	it('knows the first page of each year', () => {
		const pages = paginate(many, 'oldest', 100);
		const yp = yearPages(pages);
		expect(yp.get(2000)).toBe(1);
		expect(yp.get(2012)).toBe(3);
	});
	it('slices pages that together hold every item once, in order', () => {
		const items = Array.from({ length: 237 }, (_, i) => i);
		for (const size of [1, 50, 100, 237, 500]) {
			const total = 1 + pageParams(items.length, size).length;
			const pages = Array.from({ length: total }, (_, i) => pageSlice(items, i + 1, size));
			expect(pages.flat()).toEqual(items);
			expect(pages.every((p) => p.length > 0 && p.length <= size)).toBe(true);
		}
		expect(pageSlice([], 1, 10)).toEqual([]);
	});
	it('gives params for pages 2..N only', () => {
		expect(pageParams(250, 100)).toEqual([{ params: { n: '2' } }, { params: { n: '3' } }]);
		expect(pageParams(100, 100)).toEqual([]);
		expect(pageParams(0, 100)).toEqual([]);
	});
});

describe('corpus', () => {
	it('links related entries in both directions', () => {
		const x = entry('x', { date: '2021-01-01', related: [c.id] });
		const corpus = buildCorpus([x, c], []);
		expect(corpus.related.get(c.id)!.map((e) => e.id)).toEqual([x.id]);
		expect(corpus.related.get(x.id)!.map((e) => e.id)).toEqual([c.id]);
	});
	it('files each entry under every entity it concerns, with roles', () => {
		const x = entry('x', {
			actors: ['bis'],
			subjects: ['huawei'],
			designations: [{ entity: 'huawei-cloud', list: 'entity-list' }],
		});
		const corpus = buildCorpus([x], []);
		expect(corpus.byEntity.get('bis')![0]!.roles).toEqual(['actor']);
		expect(corpus.byEntity.get('huawei-cloud')![0]!.roles).toEqual(['subject']);
		expect(corpus.byEntity.get('entity-list')![0]!.roles).toEqual(['list']);
	});
});
