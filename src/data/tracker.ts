/**
 * The one place pages get data: loads the collections once per build, derives the corpus,
 * list standings and asks once, and shares them with every page.
 */
import { getCollection, getEntry } from 'astro:content';
import { createHash } from 'node:crypto';
import type { AsksPageInput } from '../lib/views/ask-pages.ts';
import { deriveAsks, indexAsks, type AskIndex, type AskOutcome } from '../lib/derive/asks.ts';
import { buildCorpus, type Corpus } from '../lib/derive/corpus.ts';
import { deriveDesignations, type Designations } from '../lib/derive/designations.ts';
import { freshness, trackerToday, type RecordFreshness } from '../lib/model/review.ts';
import type { Entity, Entry } from '../lib/model/schema.ts';

export interface Tracker {
	corpus: Corpus;
	designations: Designations;
	asks: AskOutcome[];
	askIndex: AskIndex;
	/** The build date, `YYYY-MM-DD` (UTC; TRACKER_TODAY in tests): "built on", never "as of". */
	buildDate: string;
	/** The record's last review (content/review.yaml): "as of" in every status the site states. */
	freshness: RecordFreshness;
	/**
	 * A digest of every content file as loaded (each entry's and entity's id and store digest, which
	 * covers its text and, for an entry, the code that renders its body, and the review stamp's):
	 * changes whenever any of them does, the same in any two builds of the same content.
	 */
	contentDigest: string;
}

/** An entry's plain text as the entries loader stored it (a store without it is refused, naming the fix). */
function plainTextOf(e: { id: string; rendered?: { metadata?: Record<string, unknown> } | undefined }): string {
	const text = e.rendered?.metadata?.plainText;
	if (typeof text !== 'string')
		throw new Error(
			`entry ${e.id}: the content store holds no plain text for it (written by an older loader?): run npm run build -- --force.`,
		);
	return text;
}

let cached: Promise<Tracker> | undefined;

async function load(): Promise<Tracker> {
	const [entries, entities, stamp] = await Promise.all([
		getCollection('entries'),
		getCollection('entities'),
		getEntry('review', 'current'),
	]);
	if (!stamp) throw new Error('content/review.yaml: the review stamp did not load (run npm run check).');
	const corpus = buildCorpus(
		// The store keeps each body's HTML and plain text, not its MDX (src/lib/site/entries-loader.ts).
		entries.map((e): Entry => ({ id: e.id, data: e.data, body: e.body ?? '', text: plainTextOf(e) })),
		entities.map((e): Entity => ({ id: e.id, data: e.data })),
	);
	const buildDate = trackerToday();
	const fresh = freshness(stamp.data, buildDate);
	const asks = deriveAsks(corpus, fresh.asOf);
	const hash = createHash('sha256');
	for (const [name, list] of [
		['entries', entries],
		['entities', entities],
		['review', [stamp]],
	] as const)
		for (const e of list) hash.update(`${name}\u0000${e.id}\u0000${e.digest ?? JSON.stringify(e.data)}\n`);
	return {
		corpus,
		designations: deriveDesignations(corpus),
		asks,
		askIndex: indexAsks(asks),
		buildDate,
		freshness: fresh,
		contentDigest: hash.digest('base64url'),
	};
}

/** The tracker's data, computed once and shared by every page of the build. */
export function tracker(): Promise<Tracker> {
	cached ??= load();
	return cached;
}

/** What the asks listing pages need (src/lib/views/ask-pages.ts `asksPageView`). */
export function asksPageInput(t: Tracker): AsksPageInput {
	return {
		all: t.asks,
		index: t.askIndex,
		corpus: t.corpus,
		freshness: t.freshness,
	};
}
