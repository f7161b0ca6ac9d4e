/**
 * `<tracker-search>`: the search page's behaviour over the markup the page already has (form,
 * sort, facet fieldsets, status, result list). Loaded by `boot.ts` only when a search starts.
 *
 * The URL is the state: every change writes `/search/?q=…&type=…&sort=…` to history (typing
 * replaces the entry it started, so the back button steps through searches, not keystrokes),
 * and going back re-reads it. Each render announces itself on `document` as `tracker:results`
 * with the ids of every matching entry, in display order (the CSV download listens).
 */
import { entryIdsOf, pinNamed, resultsLine } from '../../lib/search/results.ts';
import {
	effectiveSort,
	isActive,
	parseSearch,
	searchQueryString,
	toggleValue,
	type FacetKey,
	type SearchState,
	type SortKey,
} from '../../lib/search/state.ts';
import { searchIdsUrl, searchUrl } from '../../lib/site/urls.ts';
import type { FacetCounts, Result } from './pagefind.ts';
import { renderFacets, resultItem } from './render.ts';
import { facetLoaded, loadFacet, runSearch, type Outcome } from './run.ts';
// The CSV download of the results (exports): it listens for `tracker:results`, so it is loaded
// with this module, before the first search renders, and like it only when a search starts.
import '../search-download.ts';

/**
 * Results shown at first and per "Show more": each costs one fragment fetch (its title,
 * excerpt and meta), so the first screen fetches ten, not more.
 */
const PAGE_SIZE = 10;

/** Result details for the exports: see README, "Search". */
export interface ResultsDetail {
	/** How many entries match (all of them, not only those displayed). */
	entryCount: number;
	/** The ids of all matching entries, in display order: fetches the id map, once, when first called. */
	loadEntryIds: () => Promise<string[]>;
	query: string;
	url: string;
}

let idMap: Promise<Record<string, string>> | undefined;
/** The page-hash → entry-id map (grows with the corpus): fetched only when a download asks for it. */
function entryIdMap(): Promise<Record<string, string>> {
	idMap ??= fetch(searchIdsUrl()).then((r) =>
		r.ok ? (r.json() as Promise<Record<string, string>>) : Promise.reject(new Error(`HTTP ${r.status}`)),
	);
	idMap.catch(() => (idMap = undefined));
	return idMap;
}

class TrackerSearch extends HTMLElement {
	/** The detail of the last `tracker:results` event, for a script that starts listening late. */
	lastResults: ResultsDetail | undefined;
	#state: SearchState = { q: '', filters: {} };
	#run = 0;
	#typingEntry = false;
	#results: Result[] | undefined;
	#shown = 0;
	#expanded = new Set<string>();

	#q = <T extends Element>(sel: string): T => this.querySelector<T>(sel)!;

	connectedCallback(): void {
		const input = this.#q<HTMLInputElement>('input[name="q"]');
		const fromUrl = parseSearch(location.search);
		// A reader who typed before this module arrived keeps what they typed.
		this.#state = isActive(fromUrl) || !input.value.trim() ? fromUrl : { ...fromUrl, q: input.value };
		this.#q<HTMLElement>('.search-layout').hidden = false;
		// On a narrow screen the filters start folded, so the results are not pushed below them.
		if (!matchMedia('(min-width: 50rem)').matches) this.#q<HTMLDetailsElement>('details.facets-box').open = false;
		this.#syncControls();
		if (this.#state !== fromUrl) history.replaceState(null, '', this.#url(this.#state));

		// Every keystroke searches at once (no debounce): a search superseded by the next one is
		// dropped when it returns (`#run`), and Pagefind fetches each index chunk once.
		input.addEventListener('input', () => this.#commit({ ...this.#state, q: input.value }, 'typing'));
		this.#q('form').addEventListener('submit', (e) => {
			e.preventDefault();
			this.#commit({ ...this.#state, q: input.value }, 'typing');
		});
		this.#q<HTMLSelectElement>('select[name="sort"]').addEventListener('change', (e) => {
			this.#commit({ ...this.#state, sort: (e.target as HTMLSelectElement).value as SortKey }, 'push');
		});
		const facets = this.#q<HTMLElement>('.search-facets');
		facets.addEventListener('change', (e) => {
			const box = e.target as HTMLInputElement;
			if (box.type === 'checkbox') this.#commit(toggleValue(this.#state, box.name as FacetKey, box.value), 'push');
		});
		facets.addEventListener('keydown', (e) => {
			const box = e.target as HTMLInputElement;
			// Enter toggles a checkbox too (Space does natively), instead of submitting nothing.
			if (e.key === 'Enter' && box.type === 'checkbox') {
				e.preventDefault();
				box.click();
			}
		});
		// A facet's data loads when its panel opens; the current search then runs again to count it.
		facets.addEventListener(
			'toggle',
			(e) => {
				const box = e.target as HTMLDetailsElement;
				const key = box.dataset.facetBox as FacetKey | undefined;
				if (!key || !box.open || facetLoaded(key)) return;
				void loadFacet(key).then(
					() => this.#render(),
					() => undefined,
				);
			},
			true,
		);
		facets.addEventListener('click', (e) => {
			const more = (e.target as Element).closest<HTMLButtonElement>('button.facet-more[data-facet]');
			if (!more) return;
			const f = more.dataset.facet!;
			if (!this.#expanded.delete(f)) this.#expanded.add(f);
			this.#renderFacets();
			this.querySelector<HTMLButtonElement>(`button.facet-more[data-facet="${f}"]`)?.focus();
		});
		this.#q('button.search-more').addEventListener('click', () => void this.#showMore(true));
		this.addEventListener('click', (e) => {
			if ((e.target as Element).closest('button.search-clear')) this.#commit({ ...this.#state, filters: {} }, 'push');
		});
		window.addEventListener('popstate', () => {
			this.#state = parseSearch(location.search);
			this.#typingEntry = false;
			this.#syncControls();
			void this.#render();
		});
		void this.#render();
	}

	#url(state: SearchState): string {
		return `${searchUrl()}${searchQueryString(state)}`;
	}

	/** Adopt a new state: write it to history, then search. */
	#commit(next: SearchState, how: 'push' | 'typing'): void {
		const url = this.#url(next);
		if (url !== location.pathname + location.search) {
			if (how === 'typing' && this.#typingEntry) history.replaceState(null, '', url);
			else history.pushState(null, '', url);
		}
		this.#typingEntry = how === 'typing';
		this.#state = next;
		this.#syncControls();
		void this.#render();
	}

	/** Put the state into the form controls (after a URL load or the back button). */
	#syncControls(): void {
		const input = this.#q<HTMLInputElement>('input[name="q"]');
		if (input.value !== this.#state.q) input.value = this.#state.q;
		const sort = this.#q<HTMLSelectElement>('select[name="sort"]');
		// Relevance needs words to be relevant to.
		sort.querySelector<HTMLOptionElement>('option[value="relevance"]')!.disabled = !this.#state.q.trim();
		sort.value = effectiveSort(this.#state);
		document.title = `${this.#state.q.trim() ? `Search: ${this.#state.q.trim()}` : 'Search'} · ${document.title.split(' · ').pop()}`;
	}

	#lastCounts: FacetCounts = {};

	async #render(): Promise<void> {
		const run = ++this.#run;
		const state = this.#state;
		const status = this.#q('.search-status');
		this.setAttribute('aria-busy', 'true');
		let outcome: Outcome;
		try {
			outcome = await runSearch(state);
		} catch {
			if (run !== this.#run) return;
			this.#show('error');
			status.textContent = 'Search could not load.';
			this.removeAttribute('aria-busy');
			return;
		}
		if (run !== this.#run) return;
		const { counts, byKind } = outcome;
		let { results } = outcome;
		// An entity named by the query first, then its entries: decided on the first page of
		// results, whose data is fetched for display anyway.
		if (results?.length && state.q.trim() && effectiveSort(state) === 'relevance') {
			const head = results.slice(0, PAGE_SIZE);
			const data = await Promise.all(head.map((r) => r.data()));
			if (run !== this.#run) return;
			const pinned = pinNamed(
				head.map((r, i) => ({ id: r.id, url: data[i]!.url, meta: data[i]!.meta, r })),
				state.q,
			);
			results = [...pinned.map((p) => p.r), ...results.slice(PAGE_SIZE)];
		}
		this.#lastCounts = counts;
		this.#renderFacets();
		this.#results = results;
		this.#shown = 0;
		this.#q('.search-list').replaceChildren();
		if (!results) {
			this.#show('idle');
			status.textContent = '';
		} else if (results.length === 0) {
			this.#show('empty');
			this.#q('.search-empty-query').textContent = state.q.trim();
			this.#q<HTMLElement>('.search-empty-for').hidden = !state.q.trim();
			this.#q<HTMLElement>('.search-empty-filters').hidden = !Object.keys(state.filters).length;
			status.textContent = resultsLine(0, {}, state.q);
		} else {
			await this.#showMore(false);
			if (run !== this.#run) return;
			this.#show('results');
			status.textContent = resultsLine(results.length, byKind, state.q);
		}
		this.removeAttribute('aria-busy');
		const order = results ?? [];
		const detail: ResultsDetail = {
			entryCount: order.length ? (byKind['Entries'] ?? 0) : 0,
			loadEntryIds: async () => entryIdsOf(order, await entryIdMap()),
			query: state.q,
			url: location.href,
		};
		this.lastResults = detail;
		document.dispatchEvent(new CustomEvent('tracker:results', { detail }));
	}

	/** Which of the idle, empty, error and results blocks shows. */
	#show(which: 'idle' | 'empty' | 'error' | 'results'): void {
		for (const block of this.querySelectorAll<HTMLElement>('[data-when]')) block.hidden = block.dataset.when !== which;
	}

	/** Append the next page of results; with `focus`, move focus to the first new one. */
	async #showMore(focus: boolean): Promise<void> {
		const results = this.#results;
		if (!results) return;
		const run = this.#run;
		const next = results.slice(this.#shown, this.#shown + PAGE_SIZE);
		const data = await Promise.all(next.map((r) => r.data()));
		if (run !== this.#run) return;
		const items = data.map(resultItem);
		this.#q('.search-list').append(...items);
		this.#shown += next.length;
		const more = this.#q<HTMLButtonElement>('button.search-more');
		more.hidden = this.#shown >= results.length;
		more.textContent = `Show more results (${this.#shown} of ${results.length} shown)`;
		if (focus) items[0]?.querySelector('a')?.focus();
	}

	#renderFacets(): void {
		const chosen = Object.values(this.#state.filters).reduce((n, v) => n + (v?.length ?? 0), 0);
		this.#q<HTMLElement>('.facets-clear').hidden = chosen === 0;
		this.#q('.facets-chosen').textContent = chosen ? ` (${chosen} chosen)` : '';
		renderFacets(this, this.#lastCounts, this.#state, this.#expanded, facetLoaded);
	}
}

customElements.define('tracker-search', TrackerSearch);
