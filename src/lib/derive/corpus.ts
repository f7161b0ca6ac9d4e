/**
 * The corpus index: every derived lookup the pages need, computed once per build in linear
 * time and shared by every page (never re-scanned per page).
 */
import type { Entity, Entry } from '../model/schema.ts';

/** How an entity figures in an entry. */
export type Role = 'actor' | 'subject' | 'addressee' | 'list';

export const ROLE_LABELS: Record<Role, string> = {
	actor: 'Acted',
	subject: 'Subject',
	addressee: 'Addressed',
	list: 'List',
};

/** An entry seen from one entity. */
export interface EntityEntry {
	entry: Entry;
	roles: Role[];
}

export interface Corpus {
	/** Entries by date, then id (oldest first): a stable order. */
	entries: Entry[];
	/** Entities by name. */
	entities: Entity[];
	entryById: Map<string, Entry>;
	entityById: Map<string, Entity>;
	/** For each entity id, the entries that concern it, oldest first, with its roles. */
	byEntity: Map<string, EntityEntry[]>;
	/** For each entity id, its direct subsidiaries or sub-bodies. */
	children: Map<string, Entity[]>;
	/** For each entry id, related entries in both directions, oldest first. */
	related: Map<string, Entry[]>;
}

/** Compare entries by date, then id. */
export function compareEntries(a: Entry, b: Entry): number {
	return a.data.date < b.data.date ? -1 : a.data.date > b.data.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Each entity an entry concerns, with its roles, in a stable order (actors first). */
export function entityRoles(entry: Entry): Map<string, Role[]> {
	const roles = new Map<string, Role[]>();
	const add = (id: string, role: Role): void => {
		const r = roles.get(id);
		if (!r) roles.set(id, [role]);
		else if (!r.includes(role)) r.push(role);
	};
	const d = entry.data;
	d.actors.forEach((id) => add(id, 'actor'));
	d.subjects.forEach((id) => add(id, 'subject'));
	for (const g of d.designations) {
		add(g.entity, 'subject');
		add(g.list, 'list');
	}
	for (const a of d.asks) {
		a.subjects.forEach((id) => add(id, 'subject'));
		a.addressees.forEach((id) => add(id, 'addressee'));
		if (a.list) add(a.list, 'list');
	}
	return roles;
}

/** Build the index. Assumes the corpus passed the integrity check. */
export function buildCorpus(entriesIn: readonly Entry[], entitiesIn: readonly Entity[]): Corpus {
	const entries = [...entriesIn].sort(compareEntries);
	const entities = [...entitiesIn].sort(
		(a, b) => a.data.name.localeCompare(b.data.name, 'en') || a.id.localeCompare(b.id),
	);
	const entryById = new Map(entries.map((e) => [e.id, e]));
	const entityById = new Map(entities.map((e) => [e.id, e]));

	const byEntity = new Map<string, EntityEntry[]>();
	for (const entry of entries) {
		for (const [id, roles] of entityRoles(entry)) {
			const list = byEntity.get(id) ?? [];
			list.push({ entry, roles });
			byEntity.set(id, list);
		}
	}

	const children = new Map<string, Entity[]>();
	for (const e of entities) {
		if (!e.data.parent) continue;
		const list = children.get(e.data.parent) ?? [];
		list.push(e);
		children.set(e.data.parent, list);
	}

	const relatedSets = new Map<string, Set<string>>();
	const link = (a: string, b: string): void => {
		const s = relatedSets.get(a) ?? new Set<string>();
		s.add(b);
		relatedSets.set(a, s);
	};
	for (const e of entries) {
		for (const r of e.data.related) {
			if (!entryById.has(r)) continue;
			link(e.id, r);
			link(r, e.id);
		}
	}
	const related = new Map<string, Entry[]>();
	for (const [id, set] of relatedSets) related.set(id, [...set].map((r) => entryById.get(r)!).sort(compareEntries));

	return { entries, entities, entryById, entityById, byEntity, children, related };
}

/** The chain of parents of an entity, nearest first. */
export function ancestors(corpus: Corpus, id: string): Entity[] {
	const out: Entity[] = [];
	const seen = new Set([id]);
	for (let p = corpus.entityById.get(id)?.data.parent; p && !seen.has(p); p = corpus.entityById.get(p)?.data.parent) {
		seen.add(p);
		const e = corpus.entityById.get(p);
		if (!e) break;
		out.push(e);
	}
	return out;
}

/** Every descendant of an entity (subsidiaries of subsidiaries), depth first. */
export function descendants(corpus: Corpus, id: string): Entity[] {
	const out: Entity[] = [];
	const seen = new Set([id]);
	const walk = (pid: string): void => {
		for (const c of corpus.children.get(pid) ?? []) {
			if (seen.has(c.id)) continue;
			seen.add(c.id);
			out.push(c);
			walk(c.id);
		}
	};
	walk(id);
	return out;
}
