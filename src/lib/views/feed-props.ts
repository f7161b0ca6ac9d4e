/**
 * What a feed endpoint's props carry besides its records: the feed context as plain data (the
 * origin, the build date, the record's last review, and the names of the entities it names),
 * turned back into the `FeedContext` the feed writers take (src/lib/publish/feeds.ts).
 */
import type { Corpus } from '../derive/corpus.ts';
import type { RecordFreshness } from '../model/review.ts';
import type { FeedContext } from '../publish/feeds.ts';

export interface FeedProps {
	origin: string;
	buildDate: string;
	freshness: Pick<RecordFreshness, 'asOf' | 'reviewedBy' | 'stale' | 'daysSinceReview'>;
	/** Entity id → name, for every entity the feed names. */
	names: Record<string, string>;
}

/** The feed props of a feed that names `ids`. */
export function feedProps(
	base: { origin: string; buildDate: string; freshness: RecordFreshness },
	corpus: Pick<Corpus, 'entityById'>,
	ids: Iterable<string>,
): FeedProps {
	const names: Record<string, string> = {};
	for (const id of ids) {
		const e = corpus.entityById.get(id);
		if (e) names[id] = e.data.name;
	}
	const { asOf, reviewedBy, stale, daysSinceReview } = base.freshness;
	return {
		origin: base.origin,
		buildDate: base.buildDate,
		freshness: { asOf, reviewedBy, stale, daysSinceReview },
		names,
	};
}

/** The `FeedContext` of feed props. */
export function feedContextOf(p: FeedProps): FeedContext {
	return {
		origin: p.origin,
		buildDate: p.buildDate,
		freshness: p.freshness,
		entityName: (id) => p.names[id] ?? id,
	};
}
