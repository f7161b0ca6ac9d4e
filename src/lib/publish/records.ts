/**
 * The records of the data files, built from the corpus once per build: one per entry, entity
 * and request, in a stable order (entries by date then id, entities by id, requests by letter
 * then position). Feeds, CSVs, JSON files and the browser's CSV download all read these.
 */
import { STATUS_LABELS, type AskOutcome } from '../derive/asks.ts';
import { citationMap } from './citations.ts';
import { entityRoles, type Corpus } from '../derive/corpus.ts';
import type { Designations } from '../derive/designations.ts';
import type { AskRecord, EntityRecord, EntryRecord } from './data-schemas.ts';
import { DATA_LICENSE } from './field-docs.ts';
import type { FileDates } from '../node/entry-history.ts';
import type { RecordFreshness } from '../model/review.ts';

/** What the data files say of the record's last review. */
export type ReviewAsOf = Pick<RecordFreshness, 'asOf' | 'reviewedBy'>;
import { bodyToPlainText } from './plain-text.ts';
import { sealed } from '../site/cache-key.ts';
import { statusHistoryRecords } from '../derive/status-history.ts';
import type { Entity, Entry } from '../model/schema.ts';
import {
	absolute,
	askUrl,
	dataFileUrl,
	entityFeedUrl,
	entityUrl,
	entryUrl,
	homeUrl,
	schemaUrl,
	type Dataset,
} from '../site/urls.ts';
import { forceOf, KIND_LABELS, typeLabel } from '../model/vocab.ts';
import { SITE } from '../site/config.ts';

export interface ExportContext {
	corpus: Corpus;
	designations: Designations;
	asks: readonly AskOutcome[];
	/** Build date, `YYYY-MM-DD`: the data files' `generated`, never "as of". */
	buildDate: string;
	/** The record's last review (content/review.yaml): the data files' `asOf` and `reviewedBy`. */
	review: ReviewAsOf;
	/** Site origin for absolute URLs. */
	origin: string;
	/** Git dates by file path relative to the project (`content/entries/<id>.mdx`). */
	history: ReadonlyMap<string, FileDates>;
}

/** The content file of an entry, relative to the project root. */
export const entryFile = (id: string): string => `content/entries/${id}.mdx`;
/** The content file of an entity. */
export const entityFile = (id: string): string => `content/entities/${id}.yaml`;

/** One entry's record: every frontmatter field as written, plus derived fields. */
export function entryRecord(entry: Entry, ctx: ExportContext): EntryRecord {
	const d = entry.data;
	const cites = citationMap(d.sources);
	return {
		id: entry.id,
		url: absolute(entryUrl(entry.id), ctx.origin),
		...d,
		typeLabel: typeLabel(d.type),
		force: forceOf(d.type),
		entities: [...entityRoles(entry)].map(([id, roles]) => ({ id, roles })),
		text: entry.text ?? bodyToPlainText(entry.body, (k) => cites.get(k)?.n),
		lastUpdated: ctx.history.get(entryFile(entry.id))?.updated ?? null,
	};
}

/** One entity's record, with the entries that concern it and its list standings. */
export function entityRecord(entity: Entity, ctx: ExportContext): EntityRecord {
	const d = entity.data;
	const items = ctx.corpus.byEntity.get(entity.id) ?? [];
	const standings = [...(ctx.designations.byEntity.get(entity.id)?.values() ?? [])];
	return {
		id: entity.id,
		url: absolute(entityUrl(entity.id), ctx.origin),
		...d,
		kindLabel: KIND_LABELS[d.kind],
		entryCount: items.length,
		entries: items.map((i) => ({ id: i.entry.id, roles: i.roles })),
		lists: standings.map((s) => ({
			list: s.list,
			current: s.current,
			added: s.added?.date ?? null,
			addedBy: s.added?.entry.id ?? null,
			removed: s.removed?.date ?? null,
			removedBy: s.removed?.entry.id ?? null,
		})),
		feed: absolute(entityFeedUrl(entity.id), ctx.origin),
	};
}

/** One request's record, with its derived status. */
export function askRecord(o: AskOutcome, ctx: ExportContext): AskRecord {
	const source = o.letter.data.sources.find((s) => s.key === o.ask.source) ?? o.letter.data.sources[0]!;
	return {
		ref: o.ref,
		url: absolute(askUrl(o.letter.id, o.ask.id), ctx.origin),
		letter: o.letter.id,
		letterTitle: o.letter.data.title,
		letterDate: o.letter.data.date,
		...o.ask,
		sourceUrl: source.url,
		status: o.status,
		statusLabel: STATUS_LABELS[o.status],
		asOf: o.asOf,
		daysSinceLetter: o.daysOpen,
		responses: o.responses.map((r) => ({
			entry: r.entry.id,
			date: r.entry.data.date,
			response: r.response,
			note: r.note ?? null,
			inferredBy: r.rule ?? null,
			covered: r.covered ?? [],
		})),
		developments: o.developments.map((x) => ({ entry: x.entry.id, date: x.entry.data.date, note: x.note })),
		statusHistory: statusHistoryRecords(o),
	};
}

export interface Records {
	entries: EntryRecord[];
	entities: EntityRecord[];
	asks: AskRecord[];
	entryById: Map<string, EntryRecord>;
	entityById: Map<string, EntityRecord>;
}

/**
 * Every record, once, each sealed (deep-frozen and keyed by its digest, `sealed` in
 * site/cache-key.ts): a record is listed by many files (its CSVs, feeds and data files), and
 * each of their cache keys then digests it once instead of serializing it again.
 */
export function buildRecords(ctx: ExportContext): Records {
	const entries = ctx.corpus.entries.map((e) => sealed(entryRecord(e, ctx)));
	const entities = [...ctx.corpus.entities]
		.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
		.map((e) => sealed(entityRecord(e, ctx)));
	const asks = ctx.asks.map((o) => sealed(askRecord(o, ctx)));
	return {
		entries,
		entities,
		asks,
		entryById: new Map(entries.map((r) => [r.id, r])),
		entityById: new Map(entities.map((r) => [r.id, r])),
	};
}

const TITLES: Record<Dataset, string> = {
	entries: 'US policy actions on Chinese cloud companies: entries',
	entities: 'US policy actions on Chinese cloud companies: entities',
	asks: 'US policy actions on Chinese cloud companies: letters\u2019 requests and their outcomes',
};

/** A data file: the records with what they are, their licence and their date. */
export function dataFile<R>(
	dataset: Dataset,
	records: R[],
	ctx: Pick<ExportContext, 'origin' | 'buildDate' | 'review'>,
) {
	return {
		dataset,
		title: TITLES[dataset],
		publisher: SITE.publisher,
		source: absolute(homeUrl(), ctx.origin),
		schema: absolute(schemaUrl(dataset, 'json'), ctx.origin),
		license: DATA_LICENSE.id,
		licenseUrl: DATA_LICENSE.url,
		generated: ctx.buildDate,
		asOf: ctx.review.asOf,
		reviewedBy: ctx.review.reviewedBy,
		count: records.length,
		records,
	};
}

/** The address of a data file, absolute. */
export const dataFileAbsolute = (dataset: Dataset, format: 'json' | 'csv', origin: string): string =>
	absolute(dataFileUrl(dataset, format), origin);
