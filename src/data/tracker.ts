/**
 * The one place pages get data: loads both collections once per build, derives the corpus,
 * list standings and asks once, and shares them with every page.
 */
import { getCollection } from 'astro:content';
import { deriveAsks, indexAsks, type AskIndex, type AskOutcome } from '../lib/asks.ts';
import { buildCorpus, type Corpus } from '../lib/corpus.ts';
import { todayIso } from '../lib/dates.ts';
import { deriveDesignations, type Designations } from '../lib/designations.ts';
import type { Entity, Entry } from '../lib/schema.ts';

export interface Tracker {
	corpus: Corpus;
	designations: Designations;
	asks: AskOutcome[];
	askIndex: AskIndex;
	/** The build date, `YYYY-MM-DD` (UTC): "as of" in every derived statement. */
	buildDate: string;
}

let cached: Promise<Tracker> | undefined;

async function load(): Promise<Tracker> {
	const [entries, entities] = await Promise.all([getCollection('entries'), getCollection('entities')]);
	const corpus = buildCorpus(
		entries.map((e): Entry => ({ id: e.id, data: e.data, body: e.body ?? '' })),
		entities.map((e): Entity => ({ id: e.id, data: e.data })),
	);
	const buildDate = todayIso();
	const asks = deriveAsks(corpus, buildDate);
	return { corpus, designations: deriveDesignations(corpus), asks, askIndex: indexAsks(asks), buildDate };
}

/** The tracker's data, computed once and shared by every page of the build. */
export function tracker(): Promise<Tracker> {
	cached ??= load();
	return cached;
}
