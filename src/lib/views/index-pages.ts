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
	groups: { kind: EntityKind; label: string; entities: EntityCard[] }[];
}

/** `/entities/`: every entity, by kind, with its count and (companies) its list standings. */
export function entitiesIndex(corpus: Corpus, designations: Designations, asOf: string): EntitiesIndexView {
	return {
		total: corpus.entities.length,
		groups: ENTITY_KINDS.map((kind) => ({
			kind,
			label: KIND_LABELS[kind],
			entities: corpus.entities
				.filter((e) => e.data.kind === kind)
				.map((e): EntityCard => {
					const card: EntityCard = { id: e.id, name: e.data.name, count: corpus.byEntity.get(e.id)?.length ?? 0 };
					const zh = e.data.aliases.find((a) => a.lang.startsWith('zh-Han'));
					if (zh) card.zh = zh.name;
					const strip = entityStrip(corpus, designations, e.id, asOf);
					if (strip) card.strip = strip;
					return card;
				}),
		})).filter((g) => g.entities.length),
	};
}

export interface ListsIndexView {
	lists: { id: string; name: string; keptBy?: string; count: number; description: string }[];
	matrix: ListMatrix;
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
		matrix: listMatrix(corpus, designations, asOf),
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
