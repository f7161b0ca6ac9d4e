/**
 * One search, as the page shows it: the results in display order, the count beside every facet
 * value, and the results per kind. Several Pagefind queries make one search (see below); all of
 * them run in Pagefind's worker on an index that is already in memory.
 */
import { nameKey, pinResults } from '../../lib/search-results.ts';
import { effectiveSort, FACETS, isActive, KIND_VALUES, pagefindFilters, pagefindSort, type SearchState } from '../../lib/search-state.ts';
import { searchNamesUrl } from '../../lib/urls.ts';
import { loadPagefind, type FacetCounts, type Pagefind, type Result } from './pagefind.ts';

export interface Outcome {
	/** The results in display order; undefined when there is nothing to search for. */
	results: Result[] | undefined;
	/** Per facet and value: how many results choosing that value gives. */
	counts: FacetCounts;
	/** The results per kind (`Entries`, `Entities`). */
	byKind: Record<string, number>;
}

const files = new Map<string, Promise<unknown>>();

/** A small JSON file the build writes next to the search page, fetched once; `{}` if it cannot be read. */
export function jsonFile<T>(url: string): Promise<T> {
	if (!files.has(url)) files.set(url, fetch(url).then((r) => (r.ok ? r.json() : {})).catch(() => ({})));
	return files.get(url) as Promise<T>;
}

/**
 * Relevance order, except that when the query is exactly a name or alias of an entity, that
 * entity's page comes first, then the entries that concern it (Pagefind alone would rank, say,
 * "Spacety Luxembourg" above the company whose alias is "Spacety").
 */
async function pinned(pagefind: Pagefind, term: string, results: Result[]): Promise<Result[]> {
	const names = (await jsonFile<Record<string, string[]>>(searchNamesUrl()))[nameKey(term)];
	if (!names?.length) return results;
	const entity = { any: names };
	const [own, all] = await Promise.all([
		pagefind.search(term, { filters: { entity, kind: { any: [KIND_VALUES.entity] } } }),
		pagefind.search(term, { filters: { entity } }),
	]);
	const ids = (r: Result[]) => new Set(r.map((x) => x.id));
	return pinResults(results, ids(own.results), ids(all.results));
}

/** Run a search; rejects if Pagefind cannot load. */
export async function runSearch(state: SearchState): Promise<Outcome> {
	const pagefind = await loadPagefind();
	if (!isActive(state)) return { results: undefined, counts: await pagefind.filters(), byKind: {} };
	const term = state.q.trim() || null;
	const sort = effectiveSort(state);
	const search = await pagefind.search(term, { filters: pagefindFilters(state), sort: pagefindSort(sort) });
	const counts = { ...search.filters };
	// A facet with a selection counts what each of its values would give with the other facets
	// (values of one facet are alternatives), so it needs a query without its own selection.
	const chosen = FACETS.filter((f) => state.filters[f.key]?.length);
	const others = await Promise.all(chosen.map((f) => pagefind.search(term, { filters: pagefindFilters(state, f.key) })));
	chosen.forEach((f, i) => (counts[f.key] = others[i]!.filters[f.key] ?? {}));
	const results = term && sort === 'relevance' ? await pinned(pagefind, term, search.results) : search.results;
	return { results, counts, byKind: search.filters['kind'] ?? {} };
}
