/**
 * What each result page tells Pagefind, beyond its visible text: the facets it belongs to
 * (filters), what a result shows (meta), and the names it should be found by.
 *
 * Names and aliases come from the entity files, so an alias an editor adds is searchable at
 * the next build. Pages are `lang="en"`, so Pagefind builds one index and splits words on
 * whitespace only: a run of Han characters such as 天算星座 is one word. Pagefind matches
 * query words as prefixes, so 天算 finds 天算星座; to find a Han name by any part of it
 * (研究院 in 长沙天仪空间科技研究院有限公司), every suffix of a Han run is indexed too.
 */
import { actingBodies } from '../derive/agencies.ts';
import { entityRoles, type Corpus } from '../derive/corpus.ts';
import { datetimeAttr } from '../model/dates.ts';
import { hanVariants } from './han.ts';
import { latinForms, nameKey } from './names.ts';
import { KIND_VALUES } from './state.ts';
import type { Entity, Entry } from '../model/schema.ts';
import { FORCE_LABELS, forceOf, KIND_LABELS, typeLabel } from '../model/vocab.ts';

/**
 * What a result page adds to the index: `[facet, value]` pairs and meta fields. No Pagefind sort
 * keys: Pagefind loads every sort's page order with its page list, for every query (about 12 KB
 * gzip per sort at 10,000 entries); the date orders are a file of their own
 * (`/search/date-order.json`, from each page's `datetime` meta; see `scripts/search-ids.mjs`),
 * fetched only when results are sorted by date.
 */
export interface SearchData {
	filters: [string, string][];
	meta: Record<string, string>;
}

const HAN = /\p{Script=Han}/u;

/**
 * The longest suffix indexed, in characters: a query of up to this many characters still finds
 * a Han name by any part of it (Pagefind matches prefixes), and a long name costs a length
 * times this, not its length squared.
 */
export const MAX_SUFFIX_CHARS = 12;
/** The most characters of names one page carries for the index (whole names first, then suffixes). */
export const MAX_NAMES_CHARS = 12_000;

/**
 * Every proper suffix of a word that starts with a Han character, cut to `MAX_SUFFIX_CHARS`, so
 * that a prefix search finds the word by any part of it.
 * @example hanSuffixes('天算星座') // ['算星座', '星座', '座']
 * @example hanSuffixes('Tiansuan') // []
 */
export function hanSuffixes(word: string): string[] {
	const chars = [...word];
	const out: string[] = [];
	for (let i = 1; i < chars.length; i++)
		if (HAN.test(chars[i]!)) out.push(chars.slice(i, i + MAX_SUFFIX_CHARS).join(''));
	return out;
}

/** Every name of an entity as written: name, short name, aliases. */
const ownNames = (e: Entity): string[] =>
	[e.data.name, e.data.shortName, ...e.data.aliases.map((a) => a.name)].filter((n): n is string => !!n);

/**
 * Every form a name is typed in: as written, in the other Chinese script (华为云 ↔ 華為雲),
 * without tone marks, and run together (`huaweiyun`). Bounded: at most a few forms per name.
 */
export function nameForms(name: string): string[] {
	return [...new Set([name, ...hanVariants(name), ...latinForms(name)])];
}

/**
 * The words that should find these entities: names, short names, aliases in every script, their
 * other-script and Latin forms (`nameForms`), and the Han suffixes of each, once each,
 * separated by spaces; at most `MAX_NAMES_CHARS` characters, names as written first, then
 * their other forms, then suffixes, so no entity (nor an entry about many) makes a page heavy.
 * Each name costs at most 4 forms times (its length + `MAX_SUFFIX_CHARS` per Han character):
 * the index grows with the names, never with their square.
 */
export function searchNames(entities: readonly Entity[]): string {
	const written = [...new Set(entities.flatMap(ownNames))];
	const names = [...new Set([...written, ...written.flatMap(nameForms)])];
	let budget = MAX_NAMES_CHARS;
	const wholeNames = new Set<string>();
	for (const name of names) if ((budget -= name.length + 1) >= 0) wholeNames.add(name);
	const words = new Set<string>();
	for (const name of wholeNames) {
		words.add(name);
		for (const word of name.split(/\s+/))
			for (const suffix of hanSuffixes(word)) {
				if (words.has(suffix) || wholeNames.has(suffix)) continue;
				if ((budget -= suffix.length + 1) < 0) break;
				words.add(suffix);
			}
	}
	return [...words].join(' ');
}

/** The name keys of an entity (every form of every name, reduced by `nameKey`), once each. */
export function entityNameKeys(entity: Entity): string[] {
	return [...new Set(ownNames(entity).flatMap(nameForms).map(nameKey).filter(Boolean))];
}

/** A short label for an entity in a result: its short name, or its name. */
const label = (e: Entity): string => e.data.shortName ?? e.data.name;
/** Entities as `[id, label]` pairs, JSON-encoded for one meta field. */
const pairs = (list: Entity[]): string => JSON.stringify(list.map((e) => [e.id, label(e)]));

/** The search data of an entry page. */
export function entrySearchData(corpus: Corpus, entry: Entry): SearchData {
	const d = entry.data;
	const lookup = (ids: Iterable<string>): Entity[] => [...ids].flatMap((id) => corpus.entityById.get(id) ?? []);
	const concerned = lookup(entityRoles(entry).keys());
	const about = lookup(
		new Set([...d.subjects, ...d.designations.map((g) => g.entity), ...d.asks.flatMap((a) => a.subjects)]),
	);
	const force = forceOf(d.type);
	return {
		// No `kind` filter: only entity pages carry one, so its data is as small as the list of
		// entities (an entry is a result that is not an entity page; see `pagefindFilters`).
		filters: [
			['type', typeLabel(d.type)],
			['force', FORCE_LABELS[force]],
			['year', d.date.slice(0, 4)],
			...actingBodies(corpus.entityById, entry).map((b): [string, string] => ['agency', b]),
			...concerned.map((e): [string, string] => ['entity', e.data.name]),
		],
		// Pagefind indexes every word of every meta field, so nothing is here that the result can
		// have another way (`resultView` in results.ts): not the id or the kind (the address has
		// them), the type or force (the facets), the date as shown (the `datetime` value).
		meta: {
			datetime: datetimeAttr(d.date, d.datePrecision),
			by: pairs(lookup(d.actors)),
			about: pairs(about),
			names: searchNames(concerned),
			concerns: concerned.map((e) => e.id).join(' '),
			// The header's facts (date, who, citation) are left out of the indexed text, where
			// Pagefind would run labels and values together ("Official citation85 FR 51596").
			...(d.citation.length ? { citation: d.citation.join(' · ') } : {}),
		},
	};
}

/** The search data of an entity's first page. */
export function entitySearchData(corpus: Corpus, entity: Entity): SearchData {
	const items = corpus.byEntity.get(entity.id) ?? [];
	const latest = items[items.length - 1]?.entry.data;
	const parent = corpus.entityById.get(entity.data.parent ?? '');
	const meta: Record<string, string> = {
		type: KIND_LABELS[entity.data.kind],
		count: `${items.length} ${items.length === 1 ? 'entry' : 'entries'}`,
		// [name, lang] pairs, each name once (the first language given for it).
		aliases: JSON.stringify(
			entity.data.aliases
				.filter((a, i, all) => all.findIndex((b) => b.name === a.name) === i)
				.map((a) => [a.name, a.lang]),
		),
		about: pairs(parent ? [parent] : []),
		// Its own names weigh more than an entry's names of all it concerns (see pagefind.ts).
		ownnames: searchNames([entity]),
		eid: entity.id,
		keys: entityNameKeys(entity).join(' '),
	};
	if (latest) meta.datetime = datetimeAttr(latest.date, latest.datePrecision);
	return {
		filters: [
			['kind', KIND_VALUES.entity],
			['entity', entity.data.name],
		],
		meta,
	};
}
