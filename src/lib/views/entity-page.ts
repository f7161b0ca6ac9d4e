/**
 * The view model of an entity's pages (`/entities/<id>/`, its timeline's pages 2..N) and of a
 * list's roster pages (`/lists/<id>/`): header, status panel, standings, the latest requests
 * about it, the list roster, and its own timeline, each bounded. `entityPages` returns every
 * page of one entity at once (its entries are split once); page 1 carries the panels, later
 * pages only their rows.
 */
import { awaitingAction, STATUS_LABELS, type AskIndex, type AskStatus } from '../derive/asks.ts';
import { ancestors, type Corpus, type Role } from '../derive/corpus.ts';
import { relevantLists, statusSentence, type Designations, type ListingEvent } from '../derive/designations.ts';
import { entityStrip, type StandingCell } from '../derive/list-status.ts';
import { standingHistory, type StandingHistory } from '../derive/status-history.ts';
import { countByYear } from '../derive/timeline.ts';
import { formatApDate } from '../model/dates.ts';
import { staleNotice, type RecordFreshness } from '../model/review.ts';
import type { DatePrecision, Designation, Entity } from '../model/schema.ts';
import { ASK_ACTION_LABELS } from '../model/vocab.ts';
import { entitySearchData, type SearchData } from '../search/index-terms.ts';
import { absolute, askUrl, embedUrl, entityYearUrl, entryUrl } from '../site/urls.ts';
import { ASKS_IN_STATUS_PANEL, ASKS_ON_ENTITY_PAGE, askCard, type AskCardData } from './ask-pages.ts';
import { bounded, CHILDREN_ON_PAGE, type Bounded } from './bounded-lists.ts';
import { namesOf } from './names.ts';
import { paginate, pageSlice, ROSTER_ON_LIST_PAGE, ROSTER_PAGE_SIZE, yearPages } from './pagination.ts';
import { rows, type ChartView, type Rows } from './timeline-pages.ts';

/** What the entity pages are computed from. */
export interface EntityInput {
	corpus: Corpus;
	designations: Designations;
	askIndex: Pick<AskIndex, 'bySubject'>;
	freshness: RecordFreshness;
	/** The site's origin, for the embed snippet. */
	origin: string;
	/** The site's name, for the embed snippet's title. */
	siteName: string;
}

/** An entity's header. */
export interface EntityHeaderView {
	entity: Entity;
	parents: { id: string; name: string }[];
	/** Subsidiaries or members, at most `CHILDREN_ON_PAGE`. */
	kids: Bounded<{ id: string; name: string }>;
	/** Its standing on each tracked list (page 1). */
	standings?: StandingCell[] | undefined;
}

/** The status panel of an entity's first page. */
export interface StatusPanelView {
	asOf: { asOf: string; reviewedBy: string };
	stale: string | undefined;
	/** One sentence per relevant list, with the entry that made the standing. */
	lists: { text: string; by?: { href: string; label: string } }[];
	asks: number;
	pending: number;
	/** The latest `ASKS_IN_STATUS_PANEL` requests. */
	listed: { status: AskStatus; statusLabel: string; href: string; action: string; date: string }[];
	latest?: { href: string; title: string; date: string; precision: DatePrecision };
}

/** One row of a list's roster. */
export interface RosterRow {
	date: string;
	precision: DatePrecision;
	entity: string;
	name: string;
	note?: string | undefined;
	action: Designation['action'];
	entry: string;
	/** The designating entry's official citation, or its title. */
	by: string;
}

/** The roster on a list's own entity page: the latest designations. */
export interface ListRosterView {
	id: string;
	name: string;
	total: number;
	latest: RosterRow[];
}

/** One page of an entity. */
export interface EntityPageView extends Rows {
	id: string;
	page: number;
	total: number;
	header: EntityHeaderView;
	/** Entries that concern it, and how many in each role. */
	count: number;
	counts: Record<Role, number>;
	/** Page 1 only, from here on. */
	search?: SearchData;
	status?: StatusPanelView;
	standingHistory?: StandingHistory;
	roster?: ListRosterView;
	asks?: { total: number; cards: AskCardData[] };
	chart?: ChartView;
	embed?: { src: string; title: string; snippet: string };
}

/** Roster rows of designation events. */
export function rosterRows(events: readonly ListingEvent[], corpus: Pick<Corpus, 'entityById'>): RosterRow[] {
	const names = namesOf(
		corpus,
		events.map((e) => e.entity),
	);
	return events.map((ev) => ({
		date: ev.date,
		precision: ev.entry.data.datePrecision,
		entity: ev.entity,
		name: names[ev.entity]?.name ?? ev.entity,
		note: ev.note,
		action: ev.action,
		entry: ev.entry.id,
		by: ev.entry.data.citation[0] ?? ev.entry.data.title,
	}));
}

/** The status panel, or undefined where the page shows none (lists; nothing to say). */
export function statusPanel(input: EntityInput, entity: Entity): StatusPanelView | undefined {
	const { corpus, designations, freshness } = input;
	const lists = relevantLists(corpus, designations, entity.id);
	const standing = designations.byEntity.get(entity.id);
	const asks = input.askIndex.bySubject.get(entity.id) ?? [];
	const items = corpus.byEntity.get(entity.id) ?? [];
	const latest = items[items.length - 1]?.entry;
	if (entity.data.kind === 'list' || !(lists.length > 0 || asks.length > 0 || latest)) return undefined;
	const v: StatusPanelView = {
		asOf: { asOf: freshness.asOf, reviewedBy: freshness.reviewedBy },
		stale: staleNotice(freshness),
		lists: lists.map((l) => {
			const st = standing?.get(l);
			const by = st?.current ? st.added : st?.removed;
			const text = statusSentence(corpus, designations, entity.id, l);
			return by ? { text, by: { href: entryUrl(by.entry.id), label: by.entry.data.citation[0] ?? 'Entry' } } : { text };
		}),
		asks: asks.length,
		pending: asks.filter(awaitingAction).length,
		listed: asks.slice(-ASKS_IN_STATUS_PANEL).map((o) => ({
			status: o.status,
			statusLabel: STATUS_LABELS[o.status],
			href: askUrl(o.letter.id, o.ask.id),
			action: ASK_ACTION_LABELS[o.ask.action],
			date: formatApDate(o.letter.data.date),
		})),
	};
	if (latest)
		v.latest = {
			href: entryUrl(latest.id),
			title: latest.data.title,
			date: latest.data.date,
			precision: latest.data.datePrecision,
		};
	return v;
}

/** Every page of one entity, newest first. */
export function entityPages(input: EntityInput, entity: Entity): EntityPageView[] {
	const { corpus, designations } = input;
	const items = corpus.byEntity.get(entity.id) ?? [];
	const counts: Record<Role, number> = { actor: 0, subject: 0, addressee: 0, list: 0 };
	for (const i of items) for (const r of i.roles) counts[r]++;
	const entries = items.map((i) => i.entry);
	const pages = paginate(entries, 'newest');
	const header = (page: number): EntityHeaderView => {
		const h: EntityHeaderView = {
			entity: { id: entity.id, data: entity.data },
			parents: ancestors(corpus, entity.id).map((p) => ({ id: p.id, name: p.data.name })),
			kids: bounded(
				(corpus.children.get(entity.id) ?? []).map((k) => ({ id: k.id, name: k.data.name })),
				CHILDREN_ON_PAGE,
			),
		};
		if (page === 1) h.standings = entityStrip(corpus, designations, entity.id, input.freshness.asOf);
		return h;
	};
	return pages.map((p): EntityPageView => {
		const v: EntityPageView = {
			id: entity.id,
			page: p.n,
			total: p.total,
			header: header(p.n),
			count: items.length,
			counts,
			...rows(p.groups, corpus),
		};
		if (p.n > 1) return v;
		v.search = entitySearchData(corpus, entity);
		const status = statusPanel(input, entity);
		if (status) v.status = status;
		v.standingHistory = standingHistory(corpus, designations, entity.id);
		if (entity.data.kind === 'list') {
			const events = designations.byList.get(entity.id) ?? [];
			v.roster = {
				id: entity.id,
				name: entity.data.name,
				total: events.length,
				latest: rosterRows(events.slice(-ROSTER_ON_LIST_PAGE), corpus),
			};
		}
		const asks = input.askIndex.bySubject.get(entity.id) ?? [];
		if (asks.length > 0)
			v.asks = { total: asks.length, cards: asks.slice(-ASKS_ON_ENTITY_PAGE).map((o) => askCard(o, corpus)) };
		if (items.length > 0) {
			const first = yearPages(pages);
			const years = countByYear(entries).reverse();
			v.chart = {
				counts: years,
				hrefs: Object.fromEntries(
					years
						.filter((c) => c.total > 0)
						.map((c) => [c.year, entityYearUrl(entity.id, first.get(c.year) ?? 1, c.year)]),
				),
			};
			const src = absolute(embedUrl(entity.id), input.origin);
			const title = `${entity.data.name}: timeline from the ${input.siteName}`;
			v.embed = {
				src,
				title,
				snippet: `<iframe src="${src}" title="${title.replace(/"/g, '&quot;')}" width="100%" height="480" loading="lazy"></iframe>`,
			};
		}
		return v;
	});
}

/** One page of a list's full roster of tracked designations. */
export interface RosterPageView {
	id: string;
	name: string;
	page: number;
	total: number;
	/** Designations in all. */
	count: number;
	rows: RosterRow[];
}

/** Every page of a list's roster, oldest first. */
export function rosterPages(
	list: Entity,
	designations: Designations,
	corpus: Pick<Corpus, 'entityById'>,
): RosterPageView[] {
	const events = designations.byList.get(list.id) ?? [];
	const total = Math.max(1, Math.ceil(events.length / ROSTER_PAGE_SIZE));
	return Array.from({ length: total }, (_, i) => ({
		id: list.id,
		name: list.data.name,
		page: i + 1,
		total,
		count: events.length,
		rows: rosterRows(pageSlice(events, i + 1, ROSTER_PAGE_SIZE), corpus),
	}));
}
