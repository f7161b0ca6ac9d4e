/**
 * The /asks/ pages at scale: the requests a filter selects (from the build-wide ask index, never
 * by scanning every ask per page), split into pages of whole letters so that no page grows
 * without bound (at 10,000 entries there are thousands of requests).
 */
import type { AskIndex, AskOutcome, AskStatus } from './asks.ts';
import { memoize } from './memo.ts';
import { pageSize } from './pagination.ts';
import type { Entry } from './schema.ts';

/** About this many requests a page (a letter is never split, so a page may hold a few more). */
export const ASKS_PER_PAGE = pageSize(40);

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

/** `pageAsks` once per selection (the index's arrays are stable), shared by all its pages. */
export const askPages = memoize((outcomes: readonly AskOutcome[]): AskPage[] => pageAsks(outcomes));

/** `getStaticPaths` params for pages 2..N of a selection. */
export function askPageParams(outcomes: readonly AskOutcome[]): { n: string }[] {
	return askPages(outcomes)
		.slice(1)
		.map((p) => ({ n: String(p.n) }));
}
