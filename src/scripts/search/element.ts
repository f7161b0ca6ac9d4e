/**
 * `<tracker-search>`: the search page's behaviour over the markup the page already has (form,
 * sort, facet fieldsets, status, result list). Loaded by `boot.ts` only when a search starts.
 *
 * The URL is the state: every change writes `/search/?q=…&type=…&sort=…` to history (typing
 * replaces the entry it started, so the back button steps through searches, not keystrokes),
 * and going back re-reads it. Each render announces itself on `document` as `tracker:results`
 * with the ids of every matching entry, in display order (the CSV download listens).
 */
import { entryIdsOf, nameKey, pinResults, resultsLine } from '../../lib/search-results.ts';
import { effectiveSort, FACETS, facetOptions, isActive, KIND_VALUES, pagefindFilters, pagefindSort, parseSearch, searchQueryString, toggleValue, type FacetKey, type SearchState, type SortKey } from '../../lib/search-state.ts';
import { searchIdsUrl, searchNamesUrl, searchUrl } from '../../lib/urls.ts';
import { loadPagefind, type FacetCounts, type Pagefind, type Result } from './pagefind.ts';
import { facetList, resultItem } from './render.ts';

const PAGE_SIZE = 20;
const TYPING_DELAY_MS = 180;

/** Result details for the exports: see README, "Search". */
export interface ResultsDetail {
	entryIds: string[];
	query: string;
	url: string;
}

class TrackerSearch extends HTMLElement {
	#state: SearchState = { q: '', filters: {} };
	#run = 0;
	#typingEntry = false;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#results: Result[] | undefined;
	#shown = 0;
	#expanded = new Set<string>();
	#files = new Map<string, Promise<Record<string, string | string[]>>>();

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

		input.addEventListener('input', () => {
			clearTimeout(this.#timer);
			this.#timer = setTimeout(() => this.#commit({ ...this.#state, q: input.value }, 'typing'), TYPING_DELAY_MS);
		});
		this.#q('form').addEventListener('submit', (e) => {
			e.preventDefault();
			clearTimeout(this.#timer);
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
		facets.addEventListener('click', (e) => {
			const more = (e.target as Element).closest<HTMLButtonElement>('button.facet-more');
			if (!more) return;
			const f = more.dataset.facet!;
			if (!this.#expanded.delete(f)) this.#expanded.add(f);
			this.#renderFacets(this.#lastCounts);
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

	/** A small JSON file the build writes next to the search page, fetched once; `{}` if missing. */
	#json<T>(url: string): Promise<T> {
		if (!this.#files.has(url)) this.#files.set(url, fetch(url).then((r) => (r.ok ? r.json() : {})).catch(() => ({})));
		return this.#files.get(url) as Promise<T>;
	}

	/**
	 * Relevance order, except that when the query is exactly a name or alias of an entity, that
	 * entity's page comes first, then the entries that concern it (Pagefind alone would rank, say,
	 * "Spacety Luxembourg" above the company whose alias is "Spacety").
	 */
	async #pinned(pagefind: Pagefind, term: string, results: Result[]): Promise<Result[]> {
		const names = (await this.#json<Record<string, string[]>>(searchNamesUrl()))[nameKey(term)];
		if (!names?.length) return results;
		const entity = { any: names };
		const [own, all] = await Promise.all([
			pagefind.search(term, { filters: { entity, kind: { any: [KIND_VALUES.entity] } } }),
			pagefind.search(term, { filters: { entity } }),
		]);
		const ids = (r: Result[]) => new Set(r.map((x) => x.id));
		return pinResults(results, ids(own.results), ids(all.results));
	}

	async #render(): Promise<void> {
		const run = ++this.#run;
		const state = this.#state;
		const status = this.#q('.search-status');
		this.setAttribute('aria-busy', 'true');
		const idByHash = this.#json<Record<string, string>>(searchIdsUrl());
		let pagefind: Pagefind;
		try {
			pagefind = await loadPagefind();
		} catch {
			if (run !== this.#run) return;
			this.#show('error');
			status.textContent = 'Search could not load.';
			this.removeAttribute('aria-busy');
			return;
		}
		const term = state.q.trim() || null;
		const sort = effectiveSort(state);
		let counts: FacetCounts;
		let results: Result[] | undefined;
		let byKind: Record<string, number> = {};
		if (!isActive(state)) {
			counts = await pagefind.filters();
		} else {
			const search = await pagefind.search(term, { filters: pagefindFilters(state), sort: pagefindSort(sort) });
			counts = { ...search.filters };
			byKind = search.filters['kind'] ?? {};
			// A facet with a selection counts what each of its values would give with the other facets.
			const chosen = FACETS.filter((f) => state.filters[f.key]?.length);
			const others = await Promise.all(chosen.map((f) => pagefind.search(term, { filters: pagefindFilters(state, f.key) })));
			chosen.forEach((f, i) => (counts[f.key] = others[i]!.filters[f.key] ?? {}));
			results = term && sort === 'relevance' ? await this.#pinned(pagefind, term, search.results) : search.results;
		}
		if (run !== this.#run) return;
		this.#renderFacets(counts);
		this.#results = results;
		this.#shown = 0;
		this.#q('.search-list').replaceChildren();
		if (!results) {
			this.#show('idle');
			status.textContent = '';
		} else if (results.length === 0) {
			this.#show('empty');
			this.#q('.search-empty-query').textContent = state.q.trim();
			this.#q<HTMLElement>('.search-empty-for').hidden = !term;
			this.#q<HTMLElement>('.search-empty-filters').hidden = !Object.keys(state.filters).length;
			status.textContent = resultsLine(0, {}, state.q);
		} else {
			await this.#showMore(false);
			if (run !== this.#run) return;
			this.#show('results');
			status.textContent = resultsLine(results.length, byKind, state.q);
		}
		this.removeAttribute('aria-busy');
		const detail: ResultsDetail = { entryIds: entryIdsOf(results ?? [], await idByHash), query: state.q, url: location.href };
		if (run !== this.#run) return;
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

	#renderFacets(counts: FacetCounts): void {
		this.#lastCounts = counts;
		const chosen = Object.values(this.#state.filters).reduce((n, v) => n + (v?.length ?? 0), 0);
		this.#q<HTMLElement>('.facets-clear').hidden = chosen === 0;
		this.#q('.facets-chosen').textContent = chosen ? ` (${chosen} chosen)` : '';
		const focused = document.activeElement instanceof HTMLInputElement && document.activeElement.type === 'checkbox' ? document.activeElement : null;
		for (const { key } of FACETS) {
			const set = this.querySelector<HTMLFieldSetElement>(`fieldset[data-facet="${key}"]`);
			if (!set) continue;
			const order: string[] = JSON.parse(set.dataset.order ?? '[]');
			const options = facetOptions(key, counts[key] ?? {}, this.#state.filters[key] ?? [], order);
			set.hidden = options.length === 0;
			set.querySelector('.facet-body')!.replaceChildren(...facetList(key, options, this.#expanded.has(key)));
		}
		// Re-rendering replaced the checkbox that had focus: give focus to its successor.
		if (focused) {
			const again = [...this.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="${focused.name}"]`)].find((b) => b.value === focused.value);
			again?.focus();
		}
	}
}

customElements.define('tracker-search', TrackerSearch);
