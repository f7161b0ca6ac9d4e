/**
 * Pagefind's browser API (`/pagefind/pagefind.js`, written by the build), typed for what the
 * search module uses, and loaded once, on demand.
 */
import { pagefindUrl } from '../../lib/urls.ts';

/** Counts per value, per facet. */
export type FacetCounts = Record<string, Record<string, number>>;

export interface ResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	filters: Record<string, string[]>;
}

export interface Result {
	/** The page's fragment hash: stable within one build. */
	id: string;
	score: number;
	data(): Promise<ResultData>;
}

export interface Search {
	results: Result[];
	/** Counts per facet value among these results (filters applied). */
	filters: FacetCounts;
	timings: { total: number };
}

export interface SearchOptions {
	filters?: Record<string, { any: string[] }> | undefined;
	sort?: Record<string, 'asc' | 'desc'> | undefined;
}

export interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(term: string | null, options?: SearchOptions): Promise<Search>;
	/** Counts per facet value over the whole index; also loads every facet's data, so later searches report counts. */
	filters(): Promise<FacetCounts>;
}

let loading: Promise<Pagefind> | undefined;

/**
 * Pagefind, initialised. Ranking: a query word found among the names and aliases of the
 * entities a page concerns (the `names` meta field) counts like a word in a heading, so an
 * alias finds the entity and its entries first; display-only fields do not add to the score.
 */
export function loadPagefind(): Promise<Pagefind> {
	loading ??= (async () => {
		const url = pagefindUrl();
		const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
		await pagefind.options({
			excerptLength: 24,
			ranking: { metaWeights: { title: 5, names: 3, by: 0, about: 0, aliases: 0, id: 0, date: 0, datetime: 0, count: 0, force: 0, kind: 0, type: 0.5, citation: 3 } },
		});
		await pagefind.init();
		await pagefind.filters();
		return pagefind;
	})();
	loading.catch(() => (loading = undefined));
	return loading;
}
