import { describe, expect, it } from 'vitest';
import { FORCES } from '../model/vocab.ts';
import { searchPageView, screenPageView } from './page-view.ts';
import { MAX_NAMES, SCREEN_DATA_URL } from './screen-match.ts';
import { FACETS, SORTS } from './state.ts';

describe('the search page view', () => {
	const view = searchPageView('abc');
	it('has every facet in order, only "Show" open, with the vocabulary order where there is one', () => {
		expect(view.facets.map((f) => f.key)).toEqual(FACETS.map((f) => f.key));
		expect(view.facets.filter((f) => f.open).map((f) => f.key)).toEqual(['kind']);
		expect(view.facets.find((f) => f.key === 'kind')!.order).toEqual(['Entries', 'Entities']);
		expect(view.facets.find((f) => f.key === 'force')!.order).toHaveLength(FORCES.length);
		expect(view.facets.find((f) => f.key === 'year')!.order).toEqual([]);
		expect(view.facets.find((f) => f.key === 'force')!.forceHelpUrl).toMatch(/#force$/);
	});
	it('carries the build stamp, the form action, the sorts and the browse links', () => {
		expect(view.build).toBe('abc');
		expect(view.action).toBe('/search/');
		expect(view.sorts.map((s) => s.key)).toEqual(SORTS.map((s) => s.key));
		expect(Object.values(view.browse).every((u) => u.startsWith('/'))).toBe(true);
	});
});

describe('the name check page view', () => {
	it('says how many names, and links the one data file', () => {
		const view = screenPageView();
		expect(view.maxNames).toBe(MAX_NAMES.toLocaleString('en-US'));
		expect(view.dataFile).toBe(SCREEN_DATA_URL);
	});
});
