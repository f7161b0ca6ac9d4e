/**
 * Pagefind's browser API (`/pagefind/pagefind.js`, written by the build), typed for what the
 * search module uses, and loaded once, on demand.
 */
import type { PagefindFilter } from '../../lib/search/state.ts';
import { pagefindUrl } from '../../lib/site/urls.ts';

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
	filters?: Record<string, PagefindFilter> | undefined;
	sort?: Record<string, 'asc' | 'desc'> | undefined;
}

export interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(term: string | null, options?: SearchOptions): Promise<Search>;
	/** Fetch the index chunks a search would need, without searching (Pagefind 1.x). */
	preload(term: string | null, options?: SearchOptions): Promise<void>;
	/** Counts per facet value over the whole index; also loads every facet's data, so later searches report counts. */
	filters(): Promise<FacetCounts>;
}

let loading: Promise<Pagefind> | undefined;

/**
 * Pagefind, initialised, and nothing more loaded: no facet data (see `run.ts`). Ranking: a
 * query word among an entity page's own names (`ownnames` meta, traditional and simplified
 * forms, pinyin run together, Han suffixes) counts most, so the entity comes first; among the
 * names of the entities an entry concerns (`names`), nearly as much, so its entries come next,
 * before entries that only mention it in their text; display-only
 * fields do not add to the score. `metaCacheTag` is the build's stamp (the page's
 * `data-build`), so the browser may cache Pagefind's entry file within a build. No web worker
 * (`noWorker`): see below.
 */
export function loadPagefind(): Promise<Pagefind> {
	loading ??= (async () => {
		const url = pagefindUrl();
		const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
		const build = document.querySelector<HTMLElement>('tracker-search')?.dataset.build;
		await pagefind.options({
			// Search on the page's own thread: Pagefind's worker is one more script to fetch (about
			// 12 KB gzip) and one more round trip before the first query, for a search that takes
			// milliseconds at 10,000 entries.
			noWorker: true,
			excerptLength: 24,
			...(build ? { metaCacheTag: build } : {}),
			ranking: {
				metaWeights: {
					title: 5,
					ownnames: 20,
					names: 14,
					keys: 0,
					eid: 0,
					concerns: 0,
					by: 0,
					about: 0,
					aliases: 0,
					id: 0,
					date: 0,
					datetime: 0,
					count: 0,
					force: 0,
					kind: 0,
					type: 0.5,
					citation: 3,
				},
			},
		});
		await pagefind.init();
		return pagefind;
	})();
	loading.catch(() => (loading = undefined));
	return loading;
}
