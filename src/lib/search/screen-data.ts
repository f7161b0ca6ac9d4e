/**
 * The name check's data file (`/screen/entities.json`), computed once at build time: every
 * entity with the keys it is matched by (every form of every name: both Chinese scripts, pinyin
 * without tone marks or spaces), its parent chain and its standing on each tracked list, derived
 * from designations as of the build. A minimal equivalent of the list-status logic (own listing,
 * removal, listing through a parent), so the browser computes nothing but the match.
 */
import { ancestors, type Corpus } from '../derive/corpus.ts';
import { formatApDate } from '../model/dates.ts';
import type { Designations } from '../derive/designations.ts';
import type { Entity } from '../model/schema.ts';
import { bareKey, type ScreenData, type ScreenEntity } from './screen-match.ts';
import { nameForms } from './index-terms.ts';
import { nameKey } from './names.ts';
import { entityUrl } from '../site/urls.ts';
import { KIND_LABELS } from '../model/vocab.ts';

/** The standing of one entity on one list, in a few words. */
export function standingText(corpus: Corpus, d: Designations, entity: Entity, listId: string): string {
	const own = d.byEntity.get(entity.id)?.get(listId);
	if (own?.current && own.added) return `listed since ${formatApDate(own.added.date)}`;
	for (const p of ancestors(corpus, entity.id)) {
		const st = d.byEntity.get(p.id)?.get(listId);
		if (st?.current && st.added)
			return `through parent ${p.data.name} (listed since ${formatApDate(st.added.date)})${own?.removed ? `; itself removed ${formatApDate(own.removed.date)}` : ''}`;
	}
	if (own?.removed) return `removed ${formatApDate(own.removed.date)}`;
	return 'not listed';
}

/** Every entity for the name check, with its keys, parents and standings. */
export function screenData(corpus: Corpus, d: Designations, asOf: string): ScreenData {
	const lists = corpus.entities
		.filter((e) => e.data.kind === 'list')
		.sort((a, b) => a.data.name.localeCompare(b.data.name, 'en'));
	const entities = corpus.entities.map((e): ScreenEntity => {
		const keys = new Map<string, ['n' | 'a', string]>();
		for (const form of nameForms(e.data.name)) keys.set(nameKey(form), ['n', e.data.name]);
		for (const alias of [e.data.shortName, ...e.data.aliases.map((a) => a.name)]) {
			if (!alias) continue;
			for (const form of nameForms(alias)) if (!keys.has(nameKey(form))) keys.set(nameKey(form), ['a', alias]);
		}
		keys.delete('');
		const bare = new Set(
			[...keys.keys()].length
				? [e.data.name, ...e.data.aliases.map((a) => a.name), ...(e.data.shortName ? [e.data.shortName] : [])]
						.flatMap(nameForms)
						.map(bareKey)
						.filter((k) => k.length >= 2)
				: [],
		);
		return {
			id: e.id,
			name: e.data.name,
			kind: KIND_LABELS[e.data.kind],
			url: entityUrl(e.id),
			parents: ancestors(corpus, e.id).map((p) => p.data.name),
			keys: [...keys].map(([key, [how, written]]) => [key, how, written]),
			bare: [...bare],
			standings: lists.map((l) => standingText(corpus, d, e, l.id)),
		};
	});
	return { asOf, lists: lists.map((l) => l.data.name), entities };
}
