/**
 * Entity names as a page's props carry them: only the ids the page names, as plain data, so a
 * component that links an entity gets its name from its props (never from the build-wide
 * corpus), and a page's cache key changes when a name it shows changes, and only then.
 */
import type { Corpus } from '../derive/corpus.ts';
import type { Entry } from '../model/schema.ts';

/** An entity's name, and its short name where it has one. */
export interface EntityName {
	name: string;
	short?: string;
}

/** The names a page shows, by entity id. */
export type Names = Record<string, EntityName>;

/**
 * The names of `ids` (an id the corpus does not know is left out: components show the id).
 * @example namesOf(corpus, ['bis']) // { bis: { name: 'Bureau of Industry and Security', short: 'BIS' } }
 */
export function namesOf(corpus: Pick<Corpus, 'entityById'>, ids: Iterable<string>): Names {
	const out: Names = {};
	for (const id of ids) {
		if (id in out) continue;
		const e = corpus.entityById.get(id);
		if (!e) continue;
		out[id] = e.data.shortName ? { name: e.data.name, short: e.data.shortName } : { name: e.data.name };
	}
	return out;
}

/** An entity's full name, or its id. */
export const nameOf = (names: Names, id: string): string => names[id]?.name ?? id;

/** An entity's short name (for links in a sentence), or its name, or its id. */
export const labelOf = (names: Names, id: string): string => names[id]?.short ?? names[id]?.name ?? id;

/** The entities a timeline row names: who acted, and whom it is about (subjects, designated entities, asks' subjects). */
export function rowSubjects(e: Entry): string[] {
	const d = e.data;
	return [...new Set([...d.subjects, ...d.designations.map((g) => g.entity), ...d.asks.flatMap((a) => a.subjects)])];
}
