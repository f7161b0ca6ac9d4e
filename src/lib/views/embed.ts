/**
 * The view model of an entity's embed (`/embed/entities/<id>/`): its latest entries, newest
 * first, each linked to the tracker by an absolute URL (the embed sits in another site's page).
 */
import type { Corpus } from '../derive/corpus.ts';
import type { DatePrecision, Entity, EntryType } from '../model/schema.ts';
import { absolute, entityUrl, entryUrl } from '../site/urls.ts';

/** Entries an embed shows at most (the newest). */
export const EMBED_LIMIT = 20;

export interface EmbedView {
	name: string;
	description: string;
	/** The entity's page (absolute): the embed's title link and canonical URL. */
	page: string;
	/** The tracker's home page (absolute). */
	home: string;
	shown: { href: string; title: string; date: string; precision: DatePrecision; type: EntryType }[];
	/** Entries of the entity in all. */
	total: number;
}

/** The embed of one entity. */
export function embedView(
	entity: Entity,
	corpus: Pick<Corpus, 'byEntity'>,
	origin: string,
	limit = EMBED_LIMIT,
): EmbedView {
	// corpus.byEntity is already in date-then-id order: the latest are its last items, no re-sort.
	const all = corpus.byEntity.get(entity.id) ?? [];
	return {
		name: entity.data.name,
		description: entity.data.description,
		page: absolute(entityUrl(entity.id), origin),
		home: absolute('/', origin),
		shown: all
			.slice(-limit)
			.reverse()
			.map(({ entry: e }) => ({
				href: absolute(entryUrl(e.id), origin),
				title: e.data.title,
				date: e.data.date,
				precision: e.data.datePrecision,
				type: e.data.type,
			})),
		total: all.length,
	};
}
