/**
 * The /asks/ pages at scale: the requests a filter selects (from the build-wide ask index, never
 * by scanning every ask per page), split into pages of whole letters so that no page grows
 * without bound (at 10,000 entries there are thousands of requests).
 */
import {
	awaitingAction,
	INFERENCE_RULES,
	STATUS_LABELS,
	type AskIndex,
	type AskOutcome,
	type AskStatus,
	type OtherListing,
} from '../derive/asks.ts';
import { daysBetween, formatApDate } from '../model/dates.ts';
import { pageSize } from './pagination.ts';
import { asOfSentence, staleNotice, type RecordFreshness } from '../model/review.ts';
import type { Entry } from '../model/schema.ts';
import { askAnchor, asksUrl, entryUrl } from '../site/urls.ts';
import type { Corpus } from '../derive/corpus.ts';
import { statusHistory, type StatusStep } from '../derive/status-history.ts';
import type { Ask } from '../model/schema.ts';
import { bounded, DEVELOPMENTS_ON_CARD, RESPONSES_ON_CARD, type Bounded } from './bounded-lists.ts';
import { namesOf, type Names } from './names.ts';
import { ASK_ACTION_LABELS, RESPONSE_LABELS } from '../model/vocab.ts';

/** About this many requests a page (a letter is never split, so a page may hold a few more). */
export const ASKS_PER_PAGE = pageSize(25);

/** Requests shown in full on an entity's page (the latest); the rest are a link away. */
export const ASKS_ON_ENTITY_PAGE = 5;
/** Requests listed in an entity's status panel (the latest). */
export const ASKS_IN_STATUS_PANEL = 10;

/** One letter's requests on a page. */
export interface LetterAsks {
	letter: Entry;
	outcomes: AskOutcome[];
}

export interface AskPage {
	/** 1-based page number. */
	n: number;
	total: number;
	letters: LetterAsks[];
	/** Requests on this page. */
	count: number;
}

export interface AskSelection {
	status?: AskStatus | undefined;
	addressee?: string | undefined;
	/** An entity id: requests about it. */
	about?: string | undefined;
}

/** The outcomes one filter selects, in letter order; the same array for every page of it. */
export function selectAsks(all: readonly AskOutcome[], index: AskIndex, filter: AskSelection): readonly AskOutcome[] {
	if (filter.status) return index.byStatus.get(filter.status) ?? [];
	if (filter.addressee) return index.byAddressee.get(filter.addressee) ?? [];
	if (filter.about) return index.bySubject.get(filter.about) ?? [];
	return all;
}

/**
 * Group outcomes (in letter order) by letter and fill pages of about `size` requests, never
 * splitting a letter; always at least one page.
 * @example pageAsks(outcomes, 40).map((p) => p.count) // [40, 41, 12]
 */
export function pageAsks(outcomes: readonly AskOutcome[], size: number = ASKS_PER_PAGE): AskPage[] {
	const letters: LetterAsks[] = [];
	for (const o of outcomes) {
		const last = letters[letters.length - 1];
		if (last && last.letter.id === o.letter.id) last.outcomes.push(o);
		else letters.push({ letter: o.letter, outcomes: [o] });
	}
	const pages: AskPage[] = [];
	let current: AskPage = { n: 1, total: 0, letters: [], count: 0 };
	for (const l of letters) {
		if (current.count > 0 && current.count + l.outcomes.length > size) {
			pages.push(current);
			current = { n: pages.length + 1, total: 0, letters: [], count: 0 };
		}
		current.letters.push(l);
		current.count += l.outcomes.length;
	}
	pages.push(current);
	for (const p of pages) p.total = pages.length;
	return pages;
}

/* ------------------------------------------------------------------------------------------ */
/* View models: what the ask components render, computed here (pure, unit-tested).            */
/* ------------------------------------------------------------------------------------------ */

/** Names for ids, as pages show them. */
export type NameOf = (id: string) => string;

/** A link to an entry with its date, as cards and tables show it. */
export interface EntryLink {
	id: string;
	href: string;
	title: string;
	/** AP-style date at the entry's precision. */
	date: string;
	/** `YYYY-MM-DD`, for `<time datetime>`. */
	iso: string;
}

const entryLink = (e: Entry): EntryLink => ({
	id: e.id,
	href: entryUrl(e.id),
	title: e.data.title,
	date: formatApDate(e.data.date, e.data.datePrecision),
	iso: e.data.date,
});

/** One listing on another list, in words: what it is, and that it does not meet the request. */
export interface OtherListingView {
	entry: EntryLink;
	/** E.g. "Baidu, Inc. (the parent of Baidu Cloud) was added to the 1260H list." */
	what: string;
	/** E.g. "This is not the Entity List the request names: it does not meet the request." */
	whatNot: string;
}

export interface DevelopmentView {
	entry: EntryLink;
	note: string;
	/** Set when the entry bears on the request beyond its named subjects. */
	beyond: string | undefined;
}

/** The "nothing done yet" line of a card; undefined when an action is recorded. */
export function noActionSentence(o: AskOutcome): string | undefined {
	if (!awaitingAction(o)) return undefined;
	const when = `as of ${formatApDate(o.asOf)}, the record’s last review, ${o.daysOpen.toLocaleString('en-US')} day${o.daysOpen === 1 ? '' : 's'} after the letter`;
	return o.status === 'acknowledged'
		? `Acknowledged, but no action on it is recorded ${when}.`
		: `No response and no action recorded ${when}.`;
}

/** A listing on another list as two sentences: what it is, what it is not. */
export function otherListingView(l: OtherListing, o: AskOutcome, name: NameOf): OtherListingView {
	const who = l.via === 'subject' ? name(l.entity) : `${name(l.entity)} (the parent of ${name(l.subject)})`;
	const target = o.targetList ? name(o.targetList) : 'the list the request names';
	const requested =
		o.ask.action === 'sanction' && !o.ask.list ? `a sanction (the ${target})` : `the ${target} the request names`;
	const self = l.via === 'subject' ? '' : `, and ${name(l.subject)} itself is not listed by it`;
	return {
		entry: entryLink(l.entry),
		what: `${who} was added to the ${name(l.list)}.`,
		whatNot: `That is a different list from ${requested}${self}: it does not meet the request.`,
	};
}

/** Everything an ask card shows. */
export interface AskCardView {
	ref: string;
	status: AskStatus;
	statusLabel: string;
	action: string;
	noAction: string | undefined;
	responses: { entry: EntryLink; label: string; note: string | undefined; rule: string | undefined }[];
	developments: DevelopmentView[];
	otherListings: OtherListingView[];
}

/** The card of one request. */
export function askCardView(o: AskOutcome, name: NameOf): AskCardView {
	const subjects = o.ask.subjects.map(name).join(', ');
	return {
		ref: o.ref,
		status: o.status,
		statusLabel: STATUS_LABELS[o.status],
		action: ASK_ACTION_LABELS[o.ask.action],
		noAction: noActionSentence(o),
		responses: o.responses.map((r) => ({
			entry: entryLink(r.entry),
			label: RESPONSE_LABELS[r.response],
			note: r.note,
			rule: r.rule ? INFERENCE_RULES[r.rule] : undefined,
		})),
		developments: o.developments.map((d) => ({
			entry: entryLink(d.entry),
			note: d.note,
			beyond: d.beyondSubjects
				? `It concerns none of the request’s named subjects (${subjects}): it is recorded here for the reason given.`
				: undefined,
		})),
		otherListings: o.otherListings.map((l) => otherListingView(l, o, name)),
	};
}

/** Everything `AskCard` renders, as plain data: the card's view, bounded, and what it links. */
export interface AskCardData {
	ref: string;
	status: AskStatus;
	statusLabel: string;
	action: string;
	noAction: string | undefined;
	/** The card's anchor on the letter's own page. */
	anchor: string;
	ask: Pick<Ask, 'id' | 'request' | 'quoted' | 'subjects' | 'addressees'>;
	/** The list the request names, when the record knows it. */
	list?: { id: string; name: string };
	letter: { id: string; title: string; date: string };
	/** The source the request is quoted in or reported by. */
	source?: { url: string; publisher: string };
	/** The latest `RESPONSES_ON_CARD`; every one is in the asks data files. */
	responses: Bounded<AskCardView['responses'][number]>;
	/** The latest `DEVELOPMENTS_ON_CARD`. */
	developments: Bounded<DevelopmentView>;
	otherListings: OtherListingView[];
	history: StatusStep[];
	/** Names of the subjects and addressees. */
	names: Names;
}

/** The card of one request, with the names it links. */
export function askCard(o: AskOutcome, corpus: Pick<Corpus, 'entityById'>): AskCardData {
	const name: NameOf = (x) => corpus.entityById.get(x)?.data.name ?? x;
	const v = askCardView(o, name);
	const source = o.letter.data.sources.find((s) => s.key === o.ask.source);
	const list = o.ask.list ? corpus.entityById.get(o.ask.list) : undefined;
	const card: AskCardData = {
		ref: v.ref,
		status: v.status,
		statusLabel: v.statusLabel,
		action: v.action,
		noAction: v.noAction,
		anchor: askAnchor(o.ask.id),
		ask: {
			id: o.ask.id,
			request: o.ask.request,
			quoted: o.ask.quoted,
			subjects: [...o.ask.subjects],
			addressees: [...o.ask.addressees],
		},
		letter: { id: o.letter.id, title: o.letter.data.title, date: o.letter.data.date },
		responses: bounded(v.responses, RESPONSES_ON_CARD),
		developments: bounded(v.developments, DEVELOPMENTS_ON_CARD),
		otherListings: v.otherListings,
		history: statusHistory(o),
		names: namesOf(corpus, [...o.ask.subjects, ...o.ask.addressees]),
	};
	if (list) card.list = { id: list.id, name: list.data.name };
	if (source) card.source = { url: source.url, publisher: source.publisher };
	return card;
}

/** One row of the summary table at the top of the asks pages. */
export interface AskSummaryRow {
	ref: string;
	/** The card's anchor on this page. */
	href: string;
	request: string;
	askedOf: string;
	status: AskStatus;
	statusLabel: string;
	/** "1,316" for a request awaiting action; "closed" text for one acted on or declined. */
	daysOpen: string;
	latest: EntryLink | undefined;
}

/** The anchor of a card on an asks listing page (ask ids are unique only within a letter). */
export const askCardAnchor = (ref: string): string => `r-${ref.replace('#', '--')}`;

/** The most recent entry that answers or bears on a request, or lists a subject elsewhere. */
export function latestDevelopment(o: AskOutcome): Entry | undefined {
	const all = [
		...o.responses.map((r) => r.entry),
		...o.developments.map((d) => d.entry),
		...o.otherListings.map((l) => l.entry),
	];
	return all.reduce<Entry | undefined>(
		(m, e) => (!m || e.data.date > m.data.date || (e.data.date === m.data.date && e.id > m.id) ? e : m),
		undefined,
	);
}

/** The summary row of a request. */
export function askSummaryRow(o: AskOutcome, name: NameOf): AskSummaryRow {
	const first = o.responses.find((r) => r.response !== 'acknowledged');
	const latest = latestDevelopment(o);
	const text = `${ASK_ACTION_LABELS[o.ask.action]}: ${o.ask.subjects.map(name).join(', ')}${o.ask.list ? ` → ${name(o.ask.list)}` : ''}`;
	return {
		ref: o.ref,
		href: `#${askCardAnchor(o.ref)}`,
		request: text,
		askedOf: o.ask.addressees.map(name).join(', '),
		status: o.status,
		statusLabel: STATUS_LABELS[o.status],
		daysOpen:
			awaitingAction(o) || !first
				? o.daysOpen.toLocaleString('en-US')
				: `${RESPONSE_LABELS[first.response].toLowerCase()} after ${daysBetween(o.letter.data.date, first.entry.data.date).toLocaleString('en-US')}`,
		latest: latest && entryLink(latest),
	};
}

/** A filter link of the asks pages. */
export interface FilterLink {
	label: string;
	href: string;
	current: boolean;
}

/** Everything an asks listing page shows. */
export interface AsksPageView {
	filterStatus: FilterLink[];
	filterAddressee: FilterLink[];
	/** "Showing 4 of 4 requests …" */
	showing: string;
	/** "Statuses as of …, the record's last review (…). Built on …." */
	asOf: string;
	/** Set when the build runs more than 45 days after the review. */
	stale: string | undefined;
	/** Summary table caption (short, so it fits a phone). */
	caption: string;
	/** The note above the table: as of when, and how days are counted. */
	tableNote: string;
	rows: AskSummaryRow[];
	letters: { letter: EntryLink; from: string[]; cards: AskCardData[] }[];
	/** Names of the letters' senders. */
	names: Names;
	page: number;
	total: number;
	filter: AskSelection;
	empty: boolean;
}

/** What an asks listing page needs from the build. */
export interface AsksPageInput {
	all: readonly AskOutcome[];
	index: AskIndex;
	/** For names. */
	corpus: Pick<Corpus, 'entityById'>;
	freshness: RecordFreshness;
}

/** The view of one asks listing page (a filter, a page number). */
export function asksPageView(input: AsksPageInput, filter: AskSelection = {}, page = 1): AsksPageView {
	const shown = selectAsks(input.all, input.index, filter);
	const pages = pageAsks(shown);
	return pageView(input, filter, shown, pages[page - 1] ?? pages[0]!);
}

/** Every page of one selection: its requests are split into pages once. */
export function asksPageViews(input: AsksPageInput, filter: AskSelection = {}): AsksPageView[] {
	const shown = selectAsks(input.all, input.index, filter);
	return pageAsks(shown).map((p) => pageView(input, filter, shown, p));
}

function pageView(
	input: AsksPageInput,
	filter: AskSelection,
	shown: readonly AskOutcome[],
	current: AskPage,
): AsksPageView {
	const { all, index, corpus, freshness } = input;
	const name: NameOf = (id) => corpus.entityById.get(id)?.data.name ?? id;
	const { status, addressee, about } = filter;
	const filtered = Boolean(status || addressee || about);
	const count = (s: AskStatus) => index.byStatus.get(s)?.length ?? 0;
	const statuses = (Object.keys(STATUS_LABELS) as AskStatus[]).filter(count);
	const outcomes = current.letters.flatMap((l) => l.outcomes);
	const what = `${status ? ` with status ${STATUS_LABELS[status].toLowerCase()}` : ''}${addressee ? ` asked of ${name(addressee)}` : ''}${about ? ` about ${name(about)}` : ''}`;
	return {
		filterStatus: [
			{ label: `all (${all.length})`, href: asksUrl(), current: !filtered },
			...statuses.map((s) => ({
				label: `${STATUS_LABELS[s]} (${count(s)})`,
				href: asksUrl({ status: s }),
				current: s === status,
			})),
		],
		filterAddressee: index.addressees.map((a) => ({
			label: name(a),
			href: asksUrl({ addressee: a }),
			current: a === addressee,
		})),
		showing: `Showing ${shown.length} of ${all.length} requests${what}${current.total > 1 ? `, page ${current.n} of ${current.total}` : ''}.`,
		asOf: asOfSentence(freshness),
		stale: staleNotice(freshness),
		caption: `The ${outcomes.length === 1 ? 'request' : `${outcomes.length.toLocaleString('en-US')} requests`}${what}${current.total > 1 ? ` on this page` : ''} at a glance`,
		tableNote: `Days open are counted from the letter to ${formatApDate(freshness.asOf)}, the record’s last review. Each request’s details follow the table.`,
		rows: outcomes.map((o) => askSummaryRow(o, name)),
		letters: current.letters.map((l) => ({
			letter: entryLink(l.letter),
			from: [...l.letter.data.actors],
			cards: l.outcomes.map((o) => askCard(o, corpus)),
		})),
		names: namesOf(
			corpus,
			current.letters.flatMap((l) => l.letter.data.actors),
		),
		page: current.n,
		total: current.total,
		filter,
		empty: shown.length === 0,
	};
}
