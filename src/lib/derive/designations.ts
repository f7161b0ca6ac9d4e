/**
 * List status derived from designation entries: which lists each entity is on, since when and
 * by which entry; removals; each list's roster; and, for an entity that is not itself listed,
 * which parent or subsidiary is, said in plain words.
 */
import { ancestors, descendants, type Corpus } from './corpus.ts';
import { formatApDate } from '../model/dates.ts';
import type { Designation, Entity, Entry } from '../model/schema.ts';

/** One designation, with the entry that made it. */
export interface ListingEvent extends Designation {
	entry: Entry;
	date: string;
}

/** An entity's standing on one list. */
export interface ListStanding {
	list: string;
	/** On the list now (per the tracked record). */
	current: boolean;
	/** The addition that put it there (the latest one, if removed and re-added). */
	added?: ListingEvent;
	/** The removal, if it was taken off. */
	removed?: ListingEvent;
	/** Every event on this list for this entity, oldest first. */
	events: ListingEvent[];
}

export interface Designations {
	/** entity id → list id → standing. */
	byEntity: Map<string, Map<string, ListStanding>>;
	/** list id → events on it, oldest first. */
	byList: Map<string, ListingEvent[]>;
}

/** Derive list standings from the corpus (entries already sorted oldest first). */
export function deriveDesignations(corpus: Corpus): Designations {
	const byEntity = new Map<string, Map<string, ListStanding>>();
	const byList = new Map<string, ListingEvent[]>();
	for (const entry of corpus.entries) {
		for (const g of entry.data.designations) {
			const ev: ListingEvent = { ...g, entry, date: entry.data.date };
			const lists = byEntity.get(g.entity) ?? new Map<string, ListStanding>();
			byEntity.set(g.entity, lists);
			const st = lists.get(g.list) ?? { list: g.list, current: false, events: [] };
			lists.set(g.list, st);
			st.events.push(ev);
			if (g.action === 'added') {
				if (!st.current) {
					st.added = ev;
					delete st.removed;
				}
				st.current = true;
			} else if (g.action === 'removed') {
				st.current = false;
				st.removed = ev;
			}
			const roster = byList.get(g.list) ?? [];
			roster.push(ev);
			byList.set(g.list, roster);
		}
	}
	return { byEntity, byList };
}

/** The lists an entity is on now. */
export function currentListings(d: Designations, entityId: string): ListStanding[] {
	return [...(d.byEntity.get(entityId)?.values() ?? [])].filter((s) => s.current);
}

/** A relative (parent or subsidiary) that stands on a list the entity is not itself on. */
export interface RelativeListing {
	relative: Entity;
	relation: 'parent' | 'subsidiary';
	standing: ListStanding;
}

/** Parents and subsidiaries of an entity that are on a list (whether or not the entity is). */
export function relativesOnList(corpus: Corpus, d: Designations, entityId: string, listId: string): RelativeListing[] {
	const out: RelativeListing[] = [];
	const look = (e: Entity, relation: RelativeListing['relation']): void => {
		const st = d.byEntity.get(e.id)?.get(listId);
		if (st?.current) out.push({ relative: e, relation, standing: st });
	};
	ancestors(corpus, entityId).forEach((e) => look(e, 'parent'));
	descendants(corpus, entityId).forEach((e) => look(e, 'subsidiary'));
	return out;
}

/** The lists that matter for an entity: lists it or any relative was ever put on. */
export function relevantLists(corpus: Corpus, d: Designations, entityId: string): string[] {
	const ids = new Set<string>();
	for (const e of [corpus.entityById.get(entityId), ...ancestors(corpus, entityId), ...descendants(corpus, entityId)]) {
		if (!e) continue;
		for (const list of d.byEntity.get(e.id)?.keys() ?? []) ids.add(list);
	}
	return [...ids];
}

/**
 * One plain sentence on an entity and a list.
 * @example statusSentence(...) // 'Huawei Cloud is not itself on the SDN list.'
 */
export function statusSentence(corpus: Corpus, d: Designations, entityId: string, listId: string): string {
	const name = corpus.entityById.get(entityId)?.data.name ?? entityId;
	const listName = corpus.entityById.get(listId)?.data.name ?? listId;
	const st = d.byEntity.get(entityId)?.get(listId);
	const rel = relativesOnList(corpus, d, entityId, listId);
	const parts = rel.map(
		(r) =>
			`${r.relation === 'parent' ? 'its parent' : 'its subsidiary'} ${r.relative.data.name} is on the ${listName} since ${formatApDate(r.standing.added!.date)}`,
	);
	const tail = parts.length ? `; ${parts.join('; ')}.` : '.';
	if (st?.current && st.added) return `${name} is on the ${listName} since ${formatApDate(st.added.date)}${tail}`;
	if (st?.removed) return `${name} was removed from the ${listName} on ${formatApDate(st.removed.date)}${tail}`;
	if (!parts.length) return `${name} is not on the ${listName} in the tracked record.`;
	return `${name} is not itself on the ${listName}${tail}`;
}
