/**
 * The view models of the timeline pages: the timeline in either order (`/`, `/oldest/`), one
 * entry type's or one year's timeline (`/types/<type>/`, `/years/<year>/`) and an entry's
 * related entries (`/entries/<id>/related/`). Each function returns every page of its list at
 * once, so a route's `getStaticPaths` sorts and splits a list once, however many pages it has;
 * each page carries only its own rows and the names they show.
 */
import type { Corpus } from '../derive/corpus.ts';
import type { Views } from '../derive/filtered-views.ts';
import { countByYear, type Order, type YearCount, type YearGroup } from '../derive/timeline.ts';
import type { AskOutcome } from '../derive/asks.ts';
import type { DatePrecision, Entry, EntryType } from '../model/schema.ts';
import { typeLabel } from '../model/vocab.ts';
import { entryUrl, timelineYearUrl } from '../site/urls.ts';
import type { FilterPage } from './filter-page.ts';
import { homeLead, type HomeLead } from './home-lead.ts';
import { namesOf, rowSubjects, type Names } from './names.ts';
import { paginate, yearPages } from './pagination.ts';

/** One row of a timeline: what `EntryRow` shows. */
export interface RowView {
	id: string;
	title: string;
	summary: string;
	date: string;
	datePrecision: DatePrecision;
	type: EntryType;
	actors: string[];
	/** Subjects, designated entities and asks' subjects, once each. */
	about: string[];
}

/** A year heading and its rows. */
export interface RowGroup {
	year: number;
	rows: RowView[];
}

/** The rows of one page of a timeline, with the names they show. */
export interface Rows {
	groups: RowGroup[];
	names: Names;
}

/** A timeline row of an entry. */
export function rowView(e: Entry): RowView {
	const d = e.data;
	return {
		id: e.id,
		title: d.title,
		summary: d.summary,
		date: d.date,
		datePrecision: d.datePrecision,
		type: d.type,
		actors: [...d.actors],
		about: rowSubjects(e),
	};
}

/** Year groups of entries as rows, with the names of every entity they link. */
export function rows(groups: readonly YearGroup[], corpus: Pick<Corpus, 'entityById'>): Rows {
	const out = groups.map((g) => ({ year: g.year, rows: g.entries.map(rowView) }));
	return {
		groups: out,
		names: namesOf(
			corpus,
			out.flatMap((g) => g.rows.flatMap((r) => [...r.actors, ...r.about])),
		),
	};
}

/** "Filter by type / year": every type with entries and every year, with their counts. */
export interface FiltersView {
	types: { type: EntryType; label: string; count: number }[];
	/** Newest first. */
	years: { year: number; count: number }[];
}

/** The filter links of the timeline pages. */
export function filtersView(views: Views): FiltersView {
	return {
		types: [...views.byType]
			.filter(([, list]) => list.length > 0)
			.map(([type, list]) => ({ type, label: typeLabel(type), count: list.length })),
		years: [...views.byYear].reverse().map(([year, list]) => ({ year, count: list.length })),
	};
}

/** The chart of a timeline's first page: counts per year, and where each year links. */
export interface ChartView {
	counts: YearCount[];
	/** Year → the page (and anchor) of that year, for years with entries. */
	hrefs: Record<string, string>;
}

/** One page of the timeline (`/`, `/oldest/`). */
export interface TimelinePageView extends Rows {
	order: Order;
	page: number;
	total: number;
	/** Entries in the record. */
	count: number;
	/** Page 1: the asks' scorecard and the latest entry. */
	lead?: HomeLead;
	/** The year links: each year and the first page it is on. */
	years: { year: number; page: number }[];
	filters: FiltersView;
	/** Page 1, when there are entries. */
	chart?: ChartView;
}

/** What the timeline pages are computed from. */
export interface TimelineInput {
	corpus: Pick<Corpus, 'entries' | 'entityById'>;
	asks: readonly Pick<AskOutcome, 'status'>[];
	/** The record's last review ("as of" of the scorecard). */
	asOf: string;
	views: Views;
}

/** Every page of the timeline in one order. */
export function timelinePages(input: TimelineInput, order: Order): TimelinePageView[] {
	const { corpus } = input;
	const pages = paginate(corpus.entries, order);
	const first = yearPages(pages);
	const years = [...first].map(([year, page]) => ({ year, page }));
	const filters = filtersView(input.views);
	const count = corpus.entries.length;
	return pages.map((p): TimelinePageView => {
		const v: TimelinePageView = {
			order,
			page: p.n,
			total: p.total,
			count,
			...rows(p.groups, corpus),
			years,
			filters,
		};
		if (p.n === 1) {
			v.lead = homeLead(input.asks, corpus.entries, input.asOf);
			if (count > 0) {
				const counts = countByYear(corpus.entries);
				v.chart = {
					counts: order === 'newest' ? counts.reverse() : counts,
					hrefs: Object.fromEntries(years.map(({ year, page }) => [year, timelineYearUrl(order, page, year)])),
				};
			}
		}
		return v;
	});
}

/** One page of a filtered timeline: one entry type, or one year. */
export interface FilteredPageView extends Rows {
	/** What it filters on (the filter links mark it; the pager's links follow it). */
	current: { type: EntryType } | { year: number };
	title: string;
	heading: string;
	lede: string;
	/** Entries of the whole view (the CSV's count). */
	count: number;
	page: number;
	total: number;
	csv: string;
	feed?: { title: string; href: string } | undefined;
	filters: FiltersView;
}

/** Every page of one filtered view, newest first. */
export function filteredPages(
	head: FilterPage,
	current: FilteredPageView['current'],
	entries: readonly Entry[],
	views: Views,
	corpus: Pick<Corpus, 'entityById'>,
): FilteredPageView[] {
	const filters = filtersView(views);
	return paginate(entries, 'newest').map((p) => ({
		current,
		title: head.title,
		heading: head.heading,
		lede: head.lede,
		count: entries.length,
		page: p.n,
		total: p.total,
		csv: head.csv,
		feed: head.feed,
		filters,
		...rows(p.groups, corpus),
	}));
}

/** One page of an entry's related entries, newest first. */
export interface RelatedPageView extends Rows {
	/** The entry whose related entries these are. */
	id: string;
	title: string;
	heading: string;
	lede: string;
	back: string;
	page: number;
	total: number;
}

/** Every page of the related entries of `entry`. */
export function relatedPageViews(
	entry: Entry,
	related: readonly Entry[],
	corpus: Pick<Corpus, 'entityById'>,
): RelatedPageView[] {
	const lede = `${related.length.toLocaleString('en-US')} entries name this one as related, or are named by it; newest first.`;
	return paginate(related, 'newest').map((p) => ({
		id: entry.id,
		title: `Related to: ${entry.data.title}${p.n > 1 ? `, page ${p.n}` : ''}`,
		heading: `Every entry related to “${entry.data.title}”`,
		lede,
		back: entryUrl(entry.id),
		page: p.n,
		total: p.total,
		...rows(p.groups, corpus),
	}));
}
