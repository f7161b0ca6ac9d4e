/**
 * The state of a search (query, facet selections, sort) and its URL, `/search/?q=…&type=…&sort=…`,
 * so a search can be shared, bookmarked and walked back with the back button. Pure functions,
 * shared by the search page (server) and the search module (browser); no imports that would
 * pull the content schemas into the browser bundle.
 */

/**
 * The facets, in the order the page shows them. `key` is the Pagefind filter and the URL
 * parameter; `order` how its options are listed: in a fixed order the page supplies (the
 * vocabulary's), alphabetically (so a department sits above its sub-agencies), by count, or
 * newest first.
 */
export const FACETS = [
	{ key: 'kind', label: 'Show', order: 'fixed' },
	{ key: 'force', label: 'Force', order: 'fixed' },
	{ key: 'type', label: 'Entry type', order: 'fixed' },
	{ key: 'agency', label: 'Acting agency or body', order: 'alpha' },
	{ key: 'entity', label: 'Entity', order: 'count' },
	{ key: 'year', label: 'Year', order: 'descending' },
] as const;
export type FacetKey = (typeof FACETS)[number]['key'];

/** The values of the result-kind facet (`kind`), for entry pages and entity pages. */
export const KIND_VALUES = { entry: 'Entries', entity: 'Entities' } as const;
const FACET_KEYS: readonly string[] = FACETS.map((f) => f.key);

/** Sort orders; `relevance` needs a query, so without one results come newest first. */
export const SORTS = [
	{ key: 'relevance', label: 'Relevance' },
	{ key: 'newest', label: 'Newest first' },
	{ key: 'oldest', label: 'Oldest first' },
] as const;
export type SortKey = (typeof SORTS)[number]['key'];
const SORT_KEYS: readonly string[] = SORTS.map((s) => s.key);

export interface SearchState {
	/** What the reader typed, as typed. */
	q: string;
	/** Selected values per facet; values of one facet are alternatives (any of), facets combine (all of). */
	filters: Partial<Record<FacetKey, string[]>>;
	/** The sort the reader chose, if any. */
	sort?: SortKey;
}

/**
 * Read a search from a URL's query string. Unknown parameters are ignored, values trimmed,
 * empty and repeated values dropped, an unknown sort ignored.
 * @example parseSearch('?q=huawei&year=2020&year=2019&sort=oldest') // { q: 'huawei', filters: { year: ['2020', '2019'] }, sort: 'oldest' }
 */
export function parseSearch(search: string | URLSearchParams): SearchState {
	const params = typeof search === 'string' ? new URLSearchParams(search) : search;
	const filters: SearchState['filters'] = {};
	for (const key of FACET_KEYS as FacetKey[]) {
		const values = [
			...new Set(
				params
					.getAll(key)
					.map((v) => v.trim())
					.filter(Boolean),
			),
		];
		if (values.length) filters[key] = values;
	}
	const sort = params.get('sort') ?? '';
	return { q: params.get('q') ?? '', filters, ...(SORT_KEYS.includes(sort) ? { sort: sort as SortKey } : {}) };
}

/**
 * The canonical query string of a search (with `?`, or empty): `q` first, facets in page
 * order, then `sort`; nothing for what is empty.
 */
export function searchQueryString(state: SearchState): string {
	const params = new URLSearchParams();
	if (state.q.trim()) params.set('q', state.q);
	for (const { key } of FACETS) for (const v of state.filters[key] ?? []) params.append(key, v);
	if (state.sort) params.set('sort', state.sort);
	const s = params.toString();
	return s ? `?${s}` : '';
}

/** Whether a search asks for anything (a query or a facet value). */
export function isActive(state: SearchState): boolean {
	return state.q.trim() !== '' || Object.values(state.filters).some((v) => v && v.length > 0);
}

/** The sort in effect: the chosen one, except relevance without a query, which falls back to newest. */
export function effectiveSort(state: SearchState): SortKey {
	const hasQuery = state.q.trim() !== '';
	if (!state.sort) return hasQuery ? 'relevance' : 'newest';
	return state.sort === 'relevance' && !hasQuery ? 'newest' : state.sort;
}

/** Pagefind's condition on one filter: any of these values, or none of them. */
export type PagefindFilter = { any: string[] } | { none: string[] };

/**
 * Pagefind's filters for a search: any of the values within a facet, all facets together.
 * `except` leaves one facet out, to count what each of its values would give. Only entity pages
 * carry the `kind` filter (so the filter's data stays as small as the list of entities, and a
 * plain search needs none of it): "Entries" is "none of Entities".
 * @example pagefindFilters({ q: '', filters: { kind: ['Entries'] } }) // { kind: { none: ['Entities'] } }
 */
export function pagefindFilters(state: SearchState, except?: FacetKey): Record<string, PagefindFilter> {
	const out: Record<string, PagefindFilter> = {};
	for (const { key } of FACETS) {
		const values = state.filters[key];
		if (key === except || !values?.length) continue;
		if (key !== 'kind' || !values.includes(KIND_VALUES.entry)) out[key] = { any: values };
		else if (!values.includes(KIND_VALUES.entity)) out[key] = { none: [KIND_VALUES.entity] };
	}
	return out;
}

/**
 * Results per kind, from a search's total and its count of entity pages (only those carry the
 * `kind` filter): every other result is an entry.
 * @example kindCounts(5, { Entities: 2 }) // { Entries: 3, Entities: 2 }
 */
export function kindCounts(total: number, kindFilter: Readonly<Record<string, number>> = {}): Record<string, number> {
	const entities = Math.min(total, kindFilter[KIND_VALUES.entity] ?? 0);
	return { [KIND_VALUES.entry]: total - entities, [KIND_VALUES.entity]: entities };
}

/** The state with one facet value switched on or off. */
export function toggleValue(state: SearchState, facet: FacetKey, value: string): SearchState {
	const current = state.filters[facet] ?? [];
	const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
	const filters = { ...state.filters };
	if (next.length) filters[facet] = next;
	else delete filters[facet];
	return { ...state, filters };
}

export interface FacetOption {
	value: string;
	count: number;
	selected: boolean;
}

/**
 * The options of one facet in reading order (see `FACETS`; values missing from a fixed order go
 * last, alphabetically). Values with no results are left out unless selected, so a selection
 * can always be undone.
 */
export function facetOptions(
	facet: FacetKey,
	counts: Record<string, number>,
	selected: readonly string[],
	fixedOrder: readonly string[] = [],
): FacetOption[] {
	const order = FACETS.find((f) => f.key === facet)!.order;
	const values = new Set([...Object.keys(counts).filter((v) => (counts[v] ?? 0) > 0), ...selected]);
	const rank = (v: string): number => (fixedOrder.includes(v) ? fixedOrder.indexOf(v) : fixedOrder.length);
	const alpha = (a: string, b: string): number => a.localeCompare(b, 'en');
	const compare: Record<typeof order, (a: string, b: string) => number> = {
		fixed: (a, b) => rank(a) - rank(b) || alpha(a, b),
		alpha,
		count: (a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || alpha(a, b),
		descending: (a, b) => alpha(b, a),
	};
	return [...values]
		.sort(compare[order])
		.map((value) => ({ value, count: counts[value] ?? 0, selected: selected.includes(value) }));
}

/** A stamp that changes with every build (base 36 milliseconds): Pagefind's `metaCacheTag`. */
export function searchBuildStamp(now: number = Date.now()): string {
	return now.toString(36);
}
