/**
 * The view model of an entry's page (`/entries/<id>/`): key facts, the names it links, its
 * asks and answers, its latest related entries, its history and corrections, and "Cite this
 * entry". The narrative is the MDX body, rendered by the route; everything else is here, so an
 * entry page's props hold this entry and what it links, never the corpus.
 */
import type { AskIndex } from '../derive/asks.ts';
import type { Corpus } from '../derive/corpus.ts';
import type { RecordVersion } from '../node/version.ts';
import type { DatePrecision, Entry } from '../model/schema.ts';
import { RESPONSE_LABELS } from '../model/vocab.ts';
import type { CiteInput } from '../publish/cite.ts';
import type { EntryRecord } from '../publish/data-schemas.ts';
import { entryFile } from '../publish/records.ts';
import type { GitHistory } from '../node/entry-history.ts';
import { entrySearchData, type SearchData } from '../search/index-terms.ts';
import { askUrl, repoFileUrl, repoHistoryUrl } from '../site/urls.ts';
import { askCard, type AskCardData } from './ask-pages.ts';
import { bounded, RELATED_ON_PAGE, type Bounded } from './bounded-lists.ts';
import { entryFacts, type EntryFacts } from './entry-facts.ts';
import { namesOf, type Names } from './names.ts';

/** A link to a request, with the words the entry says about it. */
export interface AskLink {
	href: string;
	title: string;
	/** "Acted on", "Acknowledged", … (answers only). */
	label?: string;
	note?: string | undefined;
}

/** "Corrections and updates". */
export interface EntryHistoryView {
	/** The file's last change (git), `YYYY-MM-DD`. */
	updated?: string | undefined;
	/** Why there is no date, when there is none. */
	why: string;
	historyUrl?: string | undefined;
	corrections: { date: string; text: string }[];
}

/** "Cite this entry". */
export interface CiteView {
	input: CiteInput;
	lastUpdated?: string | undefined;
	buildDate: string;
	/** The record's version, when the build knows it. */
	version?: { commit: string; dirty: boolean; reviewedThrough?: string | undefined };
	/** The entry's file at that commit, when a repository is configured. */
	fileUrl?: string | undefined;
}

export interface EntryPageView {
	id: string;
	facts: EntryFacts;
	/** Names of the subjects, designated entities and lists the page links. */
	names: Names;
	search: SearchData;
	/** A letter's own requests (cards with anchors). */
	asks: AskCardData[];
	answers: AskLink[];
	/** Requests this entry's designations act on (inferred). */
	inferred: AskLink[];
	bearsOn: AskLink[];
	related: Bounded<{ id: string; title: string; date: string; precision: DatePrecision }>;
	history: EntryHistoryView;
	cite: CiteView;
}

/** What an entry page is computed from, besides the entry. */
export interface EntryInput {
	corpus: Corpus;
	askIndex: Pick<AskIndex, 'byLetter' | 'byRef' | 'inferredByEntry'>;
	/** Its published record (url, type label, last update). */
	record: EntryRecord;
	/** The content files' git history. */
	history: GitHistory;
	historyUrlTemplate: string | undefined;
	origin: string;
	buildDate: string;
	version: RecordVersion;
	repositoryUrl: string | undefined;
}

/** The page of one entry. */
export function entryPage(entry: Entry, input: EntryInput): EntryPageView {
	const { corpus, askIndex, record } = input;
	const d = entry.data;
	const title = (ref: string) => {
		const o = askIndex.byRef.get(ref);
		return o ? `${o.letter.data.title}: ${o.ask.request.slice(0, 90)}${o.ask.request.length > 90 ? '…' : ''}` : ref;
	};
	const href = (ref: string) => {
		const [e, a] = ref.split('#') as [string, string];
		return askUrl(e, a);
	};
	const file = entryFile(entry.id);
	const updated = input.history.files.get(file)?.updated;
	const citeInput: CiteInput = {
		id: record.id,
		title: record.title,
		url: record.url,
		updated: record.lastUpdated ?? undefined,
		accessed: input.buildDate,
	};
	const v = input.version;
	const cite: CiteView = { input: citeInput, lastUpdated: record.lastUpdated ?? undefined, buildDate: input.buildDate };
	if (v.commit) {
		cite.version = { commit: v.commit, dirty: v.dirty, reviewedThrough: v.reviewedThrough };
		if (input.repositoryUrl) cite.fileUrl = repoFileUrl(file, v.commit, input.repositoryUrl);
	}
	return {
		id: entry.id,
		facts: entryFacts(entry, corpus, input.origin),
		names: namesOf(corpus, [...d.subjects, ...d.designations.flatMap((g) => [g.entity, g.list])]),
		search: entrySearchData(corpus, entry),
		asks: (askIndex.byLetter.get(entry.id) ?? []).map((o) => askCard(o, corpus)),
		answers: d.answers.map((a) => ({
			href: href(a.ask),
			title: title(a.ask),
			label: RESPONSE_LABELS[a.response],
			note: a.note,
		})),
		inferred: (askIndex.inferredByEntry.get(entry.id) ?? []).map(({ outcome, response }) => ({
			href: href(outcome.ref),
			title: title(outcome.ref),
			label: RESPONSE_LABELS[response.response],
		})),
		bearsOn: d.bearsOn.map((b) => ({ href: href(b.ask), title: title(b.ask), note: b.note })),
		related: bounded(
			(corpus.related.get(entry.id) ?? []).map((r) => ({
				id: r.id,
				title: r.data.title,
				date: r.data.date,
				precision: r.data.datePrecision,
			})),
			RELATED_ON_PAGE,
		),
		history: {
			updated,
			why: input.history.available ? 'this file is not yet in the repository history' : input.history.reason,
			historyUrl: repoHistoryUrl(file, input.historyUrlTemplate),
			corrections: [...d.corrections]
				.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
				.map((c) => ({ date: c.date, text: c.text })),
		},
		cite,
	};
}
