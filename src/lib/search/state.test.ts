import { describe, expect, it } from 'vitest';
import {
	effectiveSort,
	FACETS,
	facetOptions,
	isActive,
	kindCounts,
	pagefindFilters,
	parseSearch,
	searchQueryString,
	toggleValue,
	type SearchState,
} from './state.ts';

describe('a search in the URL', () => {
	it('reads the query, repeated facet values and the sort', () => {
		expect(parseSearch('?q=huawei+cloud&year=2020&year=2019&type=Entity+List+rule&sort=oldest')).toEqual({
			q: 'huawei cloud',
			filters: { year: ['2020', '2019'], type: ['Entity List rule'] },
			sort: 'oldest',
		});
	});
	it('ignores unknown parameters, empty and repeated values and an unknown sort', () => {
		expect(parseSearch('?utm_source=x&year=&year=2020&year=2020&sort=best&colour=red')).toEqual({
			q: '',
			filters: { year: ['2020'] },
		});
	});
	it('keeps names with commas, ampersands and non-Latin scripts intact both ways', () => {
		const state: SearchState = {
			q: '华为云 & <b>',
			filters: { entity: ['Huawei Technologies Co., Ltd.'], agency: ['U.S. Department of Commerce › BIS'] },
			sort: 'newest',
		};
		expect(parseSearch(searchQueryString(state))).toEqual(state);
	});
	it('writes a canonical URL: query first, facets in page order, sort last, nothing empty', () => {
		const s = searchQueryString({ q: 'x', sort: 'newest', filters: { year: ['2021'], kind: ['Entries'] } });
		expect(s).toBe('?q=x&kind=Entries&year=2021&sort=newest');
		expect(searchQueryString({ q: '  ', filters: {} })).toBe('');
	});
	it('round-trips whatever it writes, for every facet', () => {
		const filters = Object.fromEntries(FACETS.map((f, i) => [f.key, [`v${i}`, `w ${i}`]]));
		const state: SearchState = { q: 'a b', filters, sort: 'relevance' };
		expect(parseSearch(searchQueryString(state))).toEqual(state);
	});
});

describe('what a search asks Pagefind', () => {
	const state: SearchState = { q: 'cloud', filters: { type: ['A', 'B'], year: ['2020'] } };
	it('combines facets (all of) and the values of a facet (any of)', () => {
		expect(pagefindFilters(state)).toEqual({ type: { any: ['A', 'B'] }, year: { any: ['2020'] } });
	});
	it('leaves one facet out to count its values', () => {
		expect(pagefindFilters(state, 'type')).toEqual({ year: { any: ['2020'] } });
	});
	it('asks for entries as "not an entity page", since only entity pages carry the kind', () => {
		const kind = (values: string[]) => pagefindFilters({ q: '', filters: { kind: values, year: ['2020'] } });
		expect(kind(['Entries'])).toEqual({ kind: { none: ['Entities'] }, year: { any: ['2020'] } });
		expect(kind(['Entities'])).toEqual({ kind: { any: ['Entities'] }, year: { any: ['2020'] } });
		expect(kind(['Entries', 'Entities'])).toEqual({ year: { any: ['2020'] } });
		expect(kind(['Other'])).toEqual({ kind: { any: ['Other'] }, year: { any: ['2020'] } });
	});
	it('counts entries as the results that are not entity pages', () => {
		expect(kindCounts(5, { Entities: 2 })).toEqual({ Entries: 3, Entities: 2 });
		expect(kindCounts(4)).toEqual({ Entries: 4, Entities: 0 });
		expect(kindCounts(0, {})).toEqual({ Entries: 0, Entities: 0 });
	});
	it('sorts by relevance with a query and newest first without, unless told otherwise', () => {
		expect(effectiveSort({ q: 'x', filters: {} })).toBe('relevance');
		expect(effectiveSort({ q: ' ', filters: { year: ['2020'] } })).toBe('newest');
		expect(effectiveSort({ q: '', filters: {}, sort: 'relevance' })).toBe('newest');
		expect(effectiveSort({ q: 'x', filters: {}, sort: 'oldest' })).toBe('oldest');
	});
	it('is active with a query or a facet value, not with a sort alone', () => {
		expect(isActive({ q: '', filters: {}, sort: 'oldest' })).toBe(false);
		expect(isActive({ q: '', filters: { year: ['2020'] } })).toBe(true);
		expect(isActive({ q: 'x', filters: {} })).toBe(true);
	});
	it('switches a value on and off, dropping an emptied facet', () => {
		const on = toggleValue({ q: '', filters: {} }, 'year', '2020');
		expect(on.filters).toEqual({ year: ['2020'] });
		expect(toggleValue(on, 'year', '2020').filters).toEqual({});
	});
});

describe('facet options', () => {
	it('follow a fixed order where the page gives one, unknown values last', () => {
		const o = facetOptions(
			'force',
			{ 'Press report': 3, 'Binding action': 1, Other: 2 },
			[],
			['Binding action', 'Official statement', 'Press report'],
		);
		expect(o.map((x) => x.value)).toEqual(['Binding action', 'Press report', 'Other']);
	});
	it('list years newest first, entities by count then name, agencies alphabetically', () => {
		expect(facetOptions('year', { '2019': 5, '2023': 1, '2020': 2 }, []).map((x) => x.value)).toEqual([
			'2023',
			'2020',
			'2019',
		]);
		expect(facetOptions('entity', { B: 2, A: 2, C: 5 }, []).map((x) => x.value)).toEqual(['C', 'A', 'B']);
		expect(facetOptions('agency', { 'Commerce › BIS': 9, Commerce: 1, Senate: 4 }, []).map((x) => x.value)).toEqual([
			'Commerce',
			'Commerce › BIS',
			'Senate',
		]);
	});
	it('drop values without results, except selected ones, which stay to be unselected', () => {
		const o = facetOptions('year', { '2020': 0, '2021': 3 }, ['2020']);
		expect(o).toEqual([
			{ value: '2021', count: 3, selected: false },
			{ value: '2020', count: 0, selected: true },
		]);
		expect(facetOptions('year', { '2020': 0 }, [])).toEqual([]);
	});
});
