/**
 * Reading Pagefind's results safely and describing them in words. Pure functions shared by the
 * browser search module and the tests; nothing here writes HTML.
 */
import { apDateOfDatetime } from '../model/ap-date.ts';
import { forceOfLabel, type Force } from '../model/forces.ts';

/** A run of excerpt text, highlighted or not. */
export interface TextPart {
	text: string;
	mark: boolean;
}

/**
 * Split a Pagefind excerpt into plain and highlighted runs, to be written as text nodes and
 * `<mark>` elements. Pagefind escapes `<` and `>` in page text and wraps matches in
 * `<mark>…</mark>`; nothing else in an excerpt is markup, so nothing else is interpreted.
 * @example excerptParts('a <mark>b</mark> &lt;c&gt;') // [{ text: 'a ', mark: false }, { text: 'b', mark: true }, { text: ' <c>', mark: false }]
 */
export function excerptParts(excerpt: string): TextPart[] {
	const parts: TextPart[] = [];
	const unescape = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
	let mark = false;
	for (const piece of excerpt.split(/(<\/?mark>)/)) {
		if (piece === '<mark>') mark = true;
		else if (piece === '</mark>') mark = false;
		else if (piece) {
			const last = parts[parts.length - 1];
			if (last && last.mark === mark) last.text += unescape(piece);
			else parts.push({ text: unescape(piece), mark });
		}
	}
	return parts;
}

/**
 * `[id, label]` pairs from a meta field written by `index-terms.ts`; an empty list for anything
 * malformed, so a bad field costs a line of a result, not the search.
 */
export function metaPairs(json: string | undefined): [string, string][] {
	if (!json) return [];
	try {
		const value: unknown = JSON.parse(json);
		if (!Array.isArray(value)) return [];
		return value.filter(
			(p): p is [string, string] => Array.isArray(p) && p.length === 2 && p.every((x) => typeof x === 'string'),
		);
	} catch {
		return [];
	}
}

/** A count with its noun: `1 result`, `3 entries`. */
export function plural(n: number, one: string, many: string): string {
	return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/**
 * The results line: how many, for what, and of which kind. The query is quoted as typed; the
 * caller writes the line as text.
 * @example resultsLine(4, { Entries: 3, Entities: 1 }, 'huawei') // '4 results for “huawei”: 3 entries, 1 entity'
 * @example resultsLine(2, { Entries: 2 }) // '2 entries'
 */
export function resultsLine(total: number, byKind: Record<string, number> = {}, query = ''): string {
	const q = query.trim();
	const forQuery = q ? ` for “${q}”` : '';
	if (total === 0) return `No results${forQuery}`;
	const entries = byKind['Entries'] ?? 0;
	const entities = byKind['Entities'] ?? 0;
	if (entries + entities !== total) return plural(total, 'result', 'results') + forQuery;
	if (entries === total) return plural(total, 'entry', 'entries') + forQuery;
	if (entities === total) return plural(total, 'entity', 'entities') + forQuery;
	return `${plural(total, 'result', 'results')}${forQuery}: ${plural(entries, 'entry', 'entries')}, ${plural(entities, 'entity', 'entities')}`;
}

/**
 * The entry ids of results, in their order, through the page-hash → entry-id map the build
 * writes; results that are not entries (entity pages) have no id there and are skipped.
 */
export function entryIdsOf(results: readonly { id: string }[], idByHash: Readonly<Record<string, string>>): string[] {
	return results.flatMap((r) => (Object.hasOwn(idByHash, r.id) ? [idByHash[r.id]!] : []));
}

/** The two kinds of indexed page (pagefind.yml indexes entry pages and entity pages only). */
export type ResultKind = 'entity' | 'entry';

/** Which kind of page a result is, from its address: an entity page, or else an entry page. */
export function resultKind(url: string): ResultKind {
	return url.startsWith('/entities/') ? 'entity' : 'entry';
}

/**
 * What a result shows, from the little its Pagefind fragment carries. The index holds only
 * what cannot be had another way (Pagefind indexes every word of every meta field, so a field
 * that repeats the page's address, its facets or its date in another form makes every query
 * load more): the kind comes from the address, an entry's type and force from its facet
 * values, the date shown from the `datetime` value.
 */
export interface ResultView {
	kind: ResultKind;
	url: string;
	title: string;
	/** An entry's type label, or an entity's kind label. */
	type: string;
	/** An entry's force (its colour); undefined for entities. */
	force: Force | undefined;
	/** The date shown (an entry's; an entity's latest entry's) and its `datetime` value. */
	date: string | undefined;
	datetime: string | undefined;
	citation: string | undefined;
	/** An entity's count of entries (`3 entries`). */
	count: string | undefined;
	/** An entity's aliases, `[name, lang]`. */
	aliases: [string, string][];
	/** `[id, label]` of an entry's actors. */
	by: [string, string][];
	/** `[id, label]` of what an entry is about; an entity's parent. */
	about: [string, string][];
}

export function resultView(data: {
	url: string;
	meta: Readonly<Record<string, string | undefined>>;
	filters?: Readonly<Record<string, readonly string[] | undefined>>;
}): ResultView {
	const { meta } = data;
	const kind = resultKind(data.url);
	const datetime = meta['datetime'] || undefined;
	return {
		kind,
		url: data.url,
		title: meta['title'] || data.url,
		type: (kind === 'entity' ? meta['type'] : data.filters?.['type']?.[0]) ?? '',
		force: kind === 'entry' ? forceOfLabel(data.filters?.['force']?.[0]) : undefined,
		date: datetime ? apDateOfDatetime(datetime) : undefined,
		datetime,
		citation: meta['citation'] || undefined,
		count: meta['count'] || undefined,
		aliases: metaPairs(meta['aliases']),
		by: metaPairs(meta['by']),
		about: metaPairs(meta['about']),
	};
}

export { nameKey } from './names.ts';
import { nameKey } from './names.ts';

/**
 * Results with some moved to the front, each group keeping its order: first those in `first`,
 * then those in `pinned`, then the rest. Used to put an entity, then the entries that concern
 * it, before everything else when the query is exactly one of its names.
 */
export function pinResults<T extends { id: string }>(
	results: readonly T[],
	first: ReadonlySet<string>,
	pinned: ReadonlySet<string>,
): T[] {
	const rank = (r: T): number => (first.has(r.id) ? 0 : pinned.has(r.id) ? 1 : 2);
	return results
		.map((r, i) => ({ r, i }))
		.sort((a, b) => rank(a.r) - rank(b.r) || a.i - b.i)
		.map((x) => x.r);
}

/** What the pinning needs of a loaded result: its id, address and meta. */
export interface PinCandidate {
	id: string;
	url: string;
	meta: Readonly<Record<string, string | undefined>>;
}

/**
 * When the query is exactly one of an entity's names (any alias, any script, any case, spacing
 * or tone marks), that entity's page first, then the entries that concern it, then the rest,
 * each group in relevance order. Works on the results whose data is loaded (the first page):
 * entity pages carry their name keys (`keys` meta, traditional and simplified forms included)
 * and their id (`eid`), entries the ids of all they concern (`concerns`). Nothing is fetched.
 */
export function pinNamed<T extends PinCandidate>(results: readonly T[], term: string): T[] {
	const key = nameKey(term);
	if (!key) return [...results];
	const named = results.filter((r) => resultKind(r.url) === 'entity' && (r.meta.keys ?? '').split(' ').includes(key));
	if (!named.length) return [...results];
	const ids = new Set(named.map((r) => r.meta.eid));
	const concerning = results.filter(
		(r) => resultKind(r.url) === 'entry' && (r.meta.concerns ?? '').split(' ').some((id) => ids.has(id)),
	);
	return pinResults(results, new Set(named.map((r) => r.id)), new Set(concerning.map((r) => r.id)));
}

/**
 * The date orders (`/search/date-order.json`, written by `scripts/search-ids.mjs`): every
 * indexed page's result id, newest first (an entry by its date, an entity by its latest entry;
 * ties by id), then the `undated` entity pages that have no entries.
 */
export interface DateOrder {
	ids: string[];
	undated: number;
}

/** A result id's place in the newest-first order; `Infinity` for an id not in it. */
export type DateRanks = (id: string) => number;

/** Look-up of places in a date order, built once per file. */
export function dateRanks(order: DateOrder): { rank: DateRanks; dated: number } {
	const at = new Map(order.ids.map((id, i) => [id, i]));
	return { rank: (id) => at.get(id) ?? Infinity, dated: order.ids.length - order.undated };
}

/**
 * Results in date order, newest or oldest first; undated pages (and any id the file does not
 * know, a page newer than the file) come last either way, in the file's order.
 * @example orderByDate([{ id: 'b' }, { id: 'u' }, { id: 'a' }], dateRanks({ ids: ['a', 'b', 'u'], undated: 1 }), 'oldest') // [{ id: 'b' }, { id: 'a' }, { id: 'u' }]
 */
export function orderByDate<T extends { id: string }>(
	results: readonly T[],
	{ rank, dated }: { rank: DateRanks; dated: number },
	sort: 'newest' | 'oldest',
): T[] {
	const keyed = results.map((r) => ({ r, k: rank(r.id) }));
	keyed.sort((a, b) => {
		const ua = a.k >= dated;
		const ub = b.k >= dated;
		if (ua !== ub) return ua ? 1 : -1;
		if (ua || sort === 'newest') return a.k === b.k ? 0 : a.k < b.k ? -1 : 1;
		return a.k === b.k ? 0 : a.k > b.k ? -1 : 1;
	});
	return keyed.map((x) => x.r);
}
