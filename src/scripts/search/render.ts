/**
 * DOM for search results and facet options. Everything that came from a search (the query,
 * excerpts, names) is written as text nodes: no HTML string is ever parsed.
 */
import { excerptParts, resultView, type ResultView } from '../../lib/search/results.ts';
import { FACETS, facetOptions, type FacetKey, type FacetOption, type SearchState } from '../../lib/search/state.ts';
import { entityUrl } from '../../lib/site/urls.ts';
import type { FacetCounts, ResultData } from './pagefind.ts';

/** Create an element with a class and children (strings become text nodes). */
export function el<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	cls: string | null,
	...children: (Node | string | null)[]
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (cls) node.className = cls;
	for (const c of children) if (c !== null) node.append(c);
	return node;
}

function time(view: ResultView): HTMLTimeElement | null {
	if (!view.date) return null;
	const t = el('time', null, view.date);
	if (view.datetime) t.dateTime = view.datetime;
	return t;
}

/** Entity links from `[id, label]` pairs, separated by commas. */
function entityLinks(pairs: readonly [string, string][]): Node[] {
	const out: Node[] = [];
	pairs.forEach(([id, label], i) => {
		if (i > 0) out.push(document.createTextNode(', '));
		const a = el('a', null, label);
		a.href = entityUrl(id);
		out.push(a);
	});
	return out;
}

/** Highlighted excerpt: text nodes and `<mark>`s. */
function excerpt(html: string): HTMLParagraphElement {
	const p = el('p', 'excerpt');
	for (const part of excerptParts(html)) p.append(part.mark ? el('mark', null, part.text) : part.text);
	return p;
}

/** One result: kind or type, date, title, excerpt, and the entities it concerns. */
export function resultItem(data: ResultData): HTMLLIElement {
	const view = resultView(data);
	const isEntity = view.kind === 'entity';
	const title = el('a', null, view.title);
	title.href = view.url;
	const type = el(
		'span',
		isEntity ? 'type' : `type force-${view.force ?? ''}`,
		isEntity ? `Entity · ${view.type}` : view.type,
	);
	const when = time(view);
	const head = el('p', 'result-meta', type);
	if (isEntity) head.append(' ', el('span', null, view.count ?? '', when ? ', latest ' : '', when));
	else {
		if (when) head.append(' ', when);
		if (view.citation) head.append(' ', el('span', 'citation', view.citation));
	}

	const who = el('p', 'who');
	if (isEntity) {
		if (view.aliases.length) {
			who.append('Also known as ');
			view.aliases.forEach(([name, lang], i) => {
				const span = el('span', null, name);
				span.lang = lang;
				who.append(...(i > 0 ? [' · '] : []), span);
			});
		}
		const parent = entityLinks(view.about);
		if (parent.length) who.append(view.aliases.length ? '. Part of ' : 'Part of ', ...parent);
	} else {
		const by = entityLinks(view.by);
		const about = entityLinks(view.about);
		if (by.length) who.append('By ', ...by);
		if (about.length) who.append(by.length ? ' · About ' : 'About ', ...about);
	}
	const li = el(
		'li',
		`result result-${isEntity ? 'entity' : 'entry'}`,
		head,
		el('h3', null, title),
		excerpt(data.excerpt),
	);
	if (who.childNodes.length) li.append(who);
	return li;
}

/**
 * The options of one facet as checkboxes in labels (a label's name includes the count). Long
 * lists show their first `limit` options and the selected ones, with a button for the rest.
 */
export function facetList(facet: FacetKey, options: FacetOption[], expanded: boolean, limit = 8): Node[] {
	const visible = expanded ? options : options.filter((o, i) => i < limit || o.selected);
	const ul = el('ul', 'facet-options');
	for (const o of visible) {
		const box = el('input', null);
		box.type = 'checkbox';
		box.name = facet;
		box.value = o.value;
		box.checked = o.selected;
		ul.append(
			el(
				'li',
				null,
				el('label', null, box, ' ', el('span', 'facet-value', o.value, ' ', el('span', 'count', `(${o.count})`))),
			),
		);
	}
	if (options.length <= limit) return [ul];
	const more = el('button', 'facet-more', expanded ? 'Show fewer' : `Show all ${options.length}`);
	more.type = 'button';
	more.dataset.facet = facet;
	more.setAttribute('aria-expanded', String(expanded));
	return [ul, more];
}

/**
 * Fill each facet's fieldset with its options, hiding facets with none. The checkbox that had
 * focus is replaced by a new one: focus moves to it, so keyboard users keep their place.
 */
export function renderFacets(
	root: Element,
	counts: FacetCounts,
	state: SearchState,
	expanded: ReadonlySet<string>,
	loaded: (key: FacetKey) => boolean,
): void {
	const focused =
		document.activeElement instanceof HTMLInputElement && document.activeElement.type === 'checkbox'
			? document.activeElement
			: null;
	for (const { key } of FACETS) {
		const set = root.querySelector<HTMLFieldSetElement>(`fieldset[data-facet="${key}"]`);
		if (!set) continue;
		const order: string[] = JSON.parse(set.dataset.order ?? '[]');
		const options = facetOptions(key, counts[key] ?? {}, state.filters[key] ?? [], order);
		const box = set.closest<HTMLDetailsElement>('details[data-facet-box]');
		// A facet whose data is not loaded yet shows its panel, closed; loaded and empty, it hides.
		if (box) box.hidden = loaded(key) && options.length === 0;
		else set.hidden = loaded(key) && options.length === 0;
		// A facet with a chosen value shows its panel open.
		if (box && state.filters[key]?.length) box.open = true;
		set
			.querySelector('.facet-body')!
			.replaceChildren(
				...(loaded(key) || options.length
					? facetList(key, options, expanded.has(key))
					: [el('p', 'small facet-loading', 'Loading…')]),
			);
	}
	if (focused && !focused.isConnected) {
		const again = [...root.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="${focused.name}"]`)].find(
			(b) => b.value === focused.value,
		);
		again?.focus();
	}
}
