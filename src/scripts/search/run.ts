/**
 * One search, as the page shows it: the results in relevance or date order, the count beside
 * every value of the facets whose data is loaded, and the results per kind. One Pagefind query
 * makes a search; a facet with a selection adds one more (in memory: values of one facet are
 * alternatives, so its counts are those without its own selection). Facet data loads only when
 * its panel opens or one of its values is chosen; counts come from the main search.
 */
import {
	effectiveSort,
	FACETS,
	isActive,
	kindCounts,
	pagefindFilters,
	type FacetKey,
	type SearchState,
} from '../../lib/search/state.ts';
import { dateRanks, orderByDate, type DateOrder } from '../../lib/search/results.ts';
import { searchDateOrderUrl } from '../../lib/site/urls.ts';
import { loadPagefind, type FacetCounts, type Result, type Search } from './pagefind.ts';

let dateOrder: Promise<ReturnType<typeof dateRanks>> | undefined;
/** The date orders (`/search/date-order.json`), fetched once, the first time results are sorted by date. */
function loadDateOrder(): Promise<ReturnType<typeof dateRanks>> {
	dateOrder ??= fetch(searchDateOrderUrl())
		.then((r) => (r.ok ? (r.json() as Promise<DateOrder>) : Promise.reject(new Error(`HTTP ${r.status}`))))
		.then(dateRanks);
	dateOrder.catch(() => (dateOrder = undefined));
	return dateOrder;
}

export interface Outcome {
	/** The results in display order; undefined when there is nothing to search for. */
	results: Result[] | undefined;
	/** Per facet and value: how many results choosing that value gives (loaded facets only). */
	counts: FacetCounts;
	/** The results per kind (`Entries`, `Entities`). */
	byKind: Record<string, number>;
}

const loadedFacets = new Set<FacetKey>();
const loadingFacets = new Map<FacetKey, Promise<void>>();

/** The facets whose data is in memory (so their counts are known). */
export function facetLoaded(key: FacetKey): boolean {
	return loadedFacets.has(key);
}

/** Load one facet's data (its Pagefind filter chunk), once. */
export function loadFacet(key: FacetKey): Promise<void> {
	let p = loadingFacets.get(key);
	if (!p) {
		p = loadPagefind()
			.then((pf) => pf.preload(null, { filters: { [key]: { any: [] } } }))
			.then(() => void loadedFacets.add(key));
		p.catch(() => loadingFacets.delete(key));
		loadingFacets.set(key, p);
	}
	return p;
}

/**
 * Counts per facet among a search's results, loaded facets only. The kind facet counts from the
 * search's total and its entity pages (only those carry the `kind` filter).
 */
function countsOf(search: Search): FacetCounts {
	const counts: FacetCounts = {};
	for (const [k, v] of Object.entries(search.filters)) if (loadedFacets.has(k as FacetKey)) counts[k] = v;
	if (loadedFacets.has('kind')) counts['kind'] = kindCounts(search.results.length, search.filters['kind']);
	return counts;
}

/**
 * A result whose data (its fragment, fetched and its excerpt made by Pagefind) is got once
 * however often it is asked for: the first page is read for pinning, then for the list.
 */
function once(r: Result): Result {
	let data: ReturnType<Result['data']> | undefined;
	return { id: r.id, score: r.score, data: () => (data ??= r.data()) };
}

/** Run a search; rejects if Pagefind cannot load. */
export async function runSearch(state: SearchState): Promise<Outcome> {
	const pagefind = await loadPagefind();
	// The kind facet (one value, on the few entity pages) loads with the first search: the
	// results line needs it. Other facets load when their panel opens or a value is chosen.
	const chosen = FACETS.filter((f) => state.filters[f.key]?.length);
	await Promise.all([loadFacet('kind'), ...chosen.map((f) => loadFacet(f.key))]);
	if (!isActive(state)) return { results: undefined, counts: {}, byKind: {} };
	const term = state.q.trim() || null;
	const sort = effectiveSort(state);
	// Sorted by date: the order file loads alongside the search (Pagefind ranks, the file orders).
	const order = sort === 'relevance' ? undefined : loadDateOrder();
	const search = await pagefind.search(term, { filters: pagefindFilters(state) });
	const counts = countsOf(search);
	const others = await Promise.all(
		chosen.map((f) => pagefind.search(term, { filters: pagefindFilters(state, f.key) })),
	);
	chosen.forEach((f, i) => (counts[f.key] = countsOf(others[i]!)[f.key] ?? {}));
	const found = search.results.map(once);
	const results = order && sort !== 'relevance' ? orderByDate(found, await order, sort) : found;
	return { results, counts, byKind: kindCounts(search.results.length, search.filters['kind']) };
}
