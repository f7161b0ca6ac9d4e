/**
 * One entity's own timeline, as its pages show it: its entries split into pages newest first,
 * how many it has in each role, and the latest. Computed once per entity and shared by all the
 * pages of that entity (page 1 with the status panel, pages 2..N), not re-counted per page.
 */
import type { EntityEntry, Role } from './corpus.ts';
import { memoize } from './memo.ts';
import { paginate, type TimelinePage } from '../views/pagination.ts';
import type { Entry } from '../model/schema.ts';

export interface EntityTimeline {
	/** Newest first, `PAGE_SIZE` entries a page; one empty page when there are none. */
	pages: TimelinePage[];
	/** Entries per role (an entry with two roles counts in both). */
	counts: Record<Role, number>;
	/** The most recent entry, if any. */
	latest: Entry | undefined;
}

/**
 * The timeline of one entity, from its `corpus.byEntity` list (oldest first).
 * @example entityTimeline(corpus.byEntity.get('bis') ?? []).counts.actor
 */
export const entityTimeline = memoize((items: readonly EntityEntry[]): EntityTimeline => {
	const counts: Record<Role, number> = { actor: 0, subject: 0, addressee: 0, list: 0 };
	for (const i of items) for (const r of i.roles) counts[r]++;
	return {
		pages: paginate(
			items.map((i) => i.entry),
			'newest',
		),
		counts,
		latest: items[items.length - 1]?.entry,
	};
});
