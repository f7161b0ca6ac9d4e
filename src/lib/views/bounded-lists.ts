/**
 * Bounds on the lists a page shows, so that no page grows with the record (issue 17): an entry
 * that hundreds of later entries name as related, or a request that many entries answer, shows
 * the latest few and links to where the full list is.
 */
import { PAGE_SIZE } from './pagination.ts';
import type { Entry } from '../model/schema.ts';
import { entryUrl } from '../site/urls.ts';

/** Related entries shown on an entry page; all of them are at `relatedUrl(id)`. */
export const RELATED_ON_PAGE = 20;
/** Responses to one request shown on its card; all are in /data/asks.json and .csv. */
export const RESPONSES_ON_CARD = 10;
/** Related developments shown on a request's card; all are in /data/asks.json and .csv. */
export const DEVELOPMENTS_ON_CARD = 10;

/** Subsidiaries (or members) named in an entity's header; all are in the index of entities. */
export const CHILDREN_ON_PAGE = 60;

/** What a bounded list shows, and how many it leaves out. */
export interface Bounded<T> {
	shown: T[];
	/** How many items are not shown (0 when the list is whole). */
	more: number;
	total: number;
}

/**
 * The last `limit` items of a list (the latest, for a list oldest first), in their order.
 * @example bounded([1, 2, 3], 2) // { shown: [2, 3], more: 1, total: 3 }
 */
export function bounded<T>(items: readonly T[], limit: number): Bounded<T> {
	const shown = items.length > limit ? items.slice(items.length - limit) : [...items];
	return { shown, more: items.length - shown.length, total: items.length };
}

/** The page with every related entry of an entry (pages 2.. at `relatedUrl(id, n)`). */
export const relatedUrl = (id: string, page = 1): string => `${entryUrl(id)}related/${page > 1 ? `page/${page}/` : ''}`;

/** Entries that have more related entries than their page shows (they get a related page). */
export function entriesWithMoreRelated(related: ReadonlyMap<string, readonly Entry[]>): string[] {
	return [...related].filter(([, list]) => list.length > RELATED_ON_PAGE).map(([id]) => id);
}

/** Pages of the full related list: PAGE_SIZE entries a page, as the timeline. */
export const relatedPages = (count: number): number => Math.max(1, Math.ceil(count / PAGE_SIZE));
