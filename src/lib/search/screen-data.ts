/**
 * The name check's data file (`/screen/entities.json`), computed once at build time: every
 * entity with the keys it is matched by (every form of every name: both Chinese scripts, pinyin
 * without tone marks or spaces), its parent chain and its standing on each tracked list, as of
 * the record's date. The standings are those of the entity pages and `/lists/`
 * (`entityStandings` in `derive/list-status.ts`: own listing, listing through a parent or a
 * subsidiary, removal), so the name check can never disagree with them; the browser computes
 * nothing but the match.
 */
import { ancestors, type Corpus } from '../derive/corpus.ts';
import type { Designations } from '../derive/designations.ts';
import { entityStandings, trackedLists } from '../derive/list-status.ts';
import { bareKey, type ScreenData, type ScreenEntity } from './screen-match.ts';
import { nameForms } from './index-terms.ts';
import { nameKey } from './names.ts';
import { entityUrl } from '../site/urls.ts';
import { KIND_LABELS } from '../model/vocab.ts';

/** Every entity for the name check, with its keys, parents and standings as of `asOf`. */
export function screenData(corpus: Corpus, d: Designations, asOf: string): ScreenData {
	const lists = trackedLists(corpus);
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
			standings: entityStandings(corpus, d, e.id, lists, asOf).map((c) => c.text),
		};
	});
	return { asOf, lists: lists.map((l) => l.name), entities };
}
