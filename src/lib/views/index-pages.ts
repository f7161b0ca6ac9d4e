/**
 * The view models of the index pages: the entities by kind (`/entities/`), the tracked lists
 * with the matrix of companies against lists (`/lists/`), and the entry types (`/types/`).
 */
import type { Corpus } from '../derive/corpus.ts';
import type { Designations } from '../derive/designations.ts';
import type { Views } from '../derive/filtered-views.ts';
import { entityStrip, listMatrix, type ListMatrix, type StandingCell } from '../derive/list-status.ts';
import { ENTITY_KINDS, type EntityKind, type EntryType } from '../model/schema.ts';
import { FORCE_LABELS, forceOf, KIND_LABELS, typeLabel } from '../model/vocab.ts';

/** One card of the index of entities. */
export interface EntityCard {
	id: string;
	name: string;
	/** Its first Chinese-script alias, if any. */
	zh?: string;
	/** Entries that concern it. */
	count: number;
	strip?: StandingCell[];
}

export interface EntitiesIndexView {
	total: number;
	/** Each kind's cards; `count` is how many entities of the kind there are (more than the cards when cut). */
	groups: { kind: EntityKind; label: string; entities: EntityCard[]; count: number }[];
}

/** The most cards `/entities/` shows of one kind: those with the most entries, in the index's order. */
export const ENTITIES_PER_KIND_ON_PAGE = 100;

/**
 * `/entities/`: the entities by kind, with their counts and (companies) their list standings;
 * a kind with more than `ENTITIES_PER_KIND_ON_PAGE` shows those with the most entries, so the page
 * does not grow with the record (every entity is in the entities CSV and JSON, and in search).
 */
export function entitiesIndex(
	corpus: Corpus,
	designations: Designations,
	asOf: string,
	perKind: number = ENTITIES_PER_KIND_ON_PAGE,
): EntitiesIndexView {
	const busiest = <T extends { count: number }>(all: T[]): T[] => {
		if (all.length <= perKind) return all;
		const keep = new Set([...all].sort((a, b) => b.count - a.count).slice(0, perKind));
		return all.filter((c) => keep.has(c));
	};
	return {
		total: corpus.entities.length,
		groups: ENTITY_KINDS.map((kind) => {
			const ofKind = corpus.entities.filter((e) => e.data.kind === kind);
			const counted = ofKind.map((e) => ({ e, count: corpus.byEntity.get(e.id)?.length ?? 0 }));
			return {
				kind,
				label: KIND_LABELS[kind],
				count: ofKind.length,
				entities: busiest(counted).map(({ e }): EntityCard => {
					const card: EntityCard = { id: e.id, name: e.data.name, count: corpus.byEntity.get(e.id)?.length ?? 0 };
					const zh = e.data.aliases.find((a) => a.lang.startsWith('zh-Han'));
					if (zh) card.zh = zh.name;
					const strip = entityStrip(corpus, designations, e.id, asOf);
					if (strip) card.strip = strip;
					return card;
				}),
			};
		}).filter((g) => g.entities.length),
	};
}

export interface ListsIndexView {
	lists: { id: string; name: string; keptBy?: string; count: number; description: string }[];
	/** The matrix as the page shows it: whole groups up to `MATRIX_ROWS_ON_PAGE` rows. */
	matrix: ListMatrix;
	/** Rows shown, and rows in the whole matrix (all of them in /lists/matrix.csv). */
	rows: { shown: number; total: number };
}

/** The most company rows `/lists/` shows of its matrix; the CSV beside it has every row. */
export const MATRIX_ROWS_ON_PAGE = 100;

/**
 * The matrix cut so the page does not grow with the record: whole groups, in the matrix's
 * order, while they fit in `max` rows (a first group larger than that is cut itself).
 */
export function boundMatrix(
	m: ListMatrix,
	max: number = MATRIX_ROWS_ON_PAGE,
): { matrix: ListMatrix; rows: { shown: number; total: number } } {
	const total = m.groups.reduce((n, g) => n + g.rows.length, 0);
	const groups: ListMatrix['groups'] = [];
	let shown = 0;
	for (const g of m.groups) {
		if (shown + g.rows.length > max) {
			if (!groups.length) {
				groups.push({ ...g, rows: g.rows.slice(0, max) });
				shown = max;
			}
			break;
		}
		groups.push(g);
		shown += g.rows.length;
	}
	return { matrix: { ...m, groups }, rows: { shown, total } };
}

/** `/lists/`: every tracked list, and every company against every list. */
export function listsIndex(corpus: Corpus, designations: Designations, asOf: string): ListsIndexView {
	return {
		lists: corpus.entities
			.filter((e) => e.data.kind === 'list')
			.map((l) => {
				const keptBy = l.data.parent ? corpus.entityById.get(l.data.parent)?.data.name : undefined;
				const row = {
					id: l.id,
					name: l.data.name,
					count: designations.byList.get(l.id)?.length ?? 0,
					description: l.data.description,
				};
				return keptBy ? { ...row, keptBy } : row;
			}),
		...boundMatrix(listMatrix(corpus, designations, asOf)),
	};
}

export interface TypesIndexView {
	types: { type: EntryType; label: string; force: string; count: number }[];
}

/** `/types/`: every entry type, with its force and count. */
export function typesIndex(views: Views): TypesIndexView {
	return {
		types: [...views.byType].map(([type, list]) => ({
			type,
			label: typeLabel(type),
			force: FORCE_LABELS[forceOf(type)],
			count: list.length,
		})),
	};
}
