/**
 * Splitting long lists into pages so no HTML page grows without bound (the timeline and large
 * entity pages at thousands of entries), with links that work without JavaScript.
 */
import { yearOf } from '../model/dates.ts';
import type { Entry } from '../model/schema.ts';
import { groupByYear, sortEntries, type Order, type YearGroup } from '../derive/timeline.ts';

/**
 * A page size as the build uses it: `size`, divided by TRACKER_PAGE_DIVISOR when that is set.
 * Only the tests set it, to build page 2 and beyond of every list from a fixture corpus of a
 * few hundred entries (tests/helpers/build-once.ts); the site is built with the sizes below.
 */
export function pageSize(size: number): number {
	const divisor = typeof process === 'undefined' ? 1 : Number(process.env['TRACKER_PAGE_DIVISOR'] ?? 1) || 1;
	return Math.max(1, Math.ceil(size / divisor));
}

/** Entries per timeline page. */
export const PAGE_SIZE = pageSize(100);
/** Designations per page of a list's roster. */
export const ROSTER_PAGE_SIZE = pageSize(100);
/** Designations shown on a list's own entity page (the latest). */
export const ROSTER_ON_LIST_PAGE = pageSize(50);

/**
 * Page `n` (1-based) of `items`, `size` a page.
 * @example pageSlice(['a', 'b', 'c'], 2, 2) // ['c']
 */
export function pageSlice<T>(items: readonly T[], n: number, size: number): T[] {
	return items.slice((n - 1) * size, n * size);
}

export interface TimelinePage {
	/** 1-based page number. */
	n: number;
	total: number;
	groups: YearGroup[];
	entries: Entry[];
}

/** Split entries into pages of `size`, in the given order, each grouped by year. */
export function paginate(entries: readonly Entry[], order: Order, size: number = PAGE_SIZE): TimelinePage[] {
	const sorted = sortEntries(entries, order);
	const total = Math.max(1, Math.ceil(sorted.length / size));
	const pages: TimelinePage[] = [];
	for (let n = 1; n <= total; n++) {
		const slice = sorted.slice((n - 1) * size, n * size);
		pages.push({ n, total, entries: slice, groups: groupByYear(slice, order) });
	}
	return pages;
}

/** For each year, the first page on which it appears. */
export function yearPages(pages: readonly TimelinePage[]): Map<number, number> {
	const out = new Map<number, number>();
	for (const p of pages)
		for (const e of p.entries) if (!out.has(yearOf(e.data.date))) out.set(yearOf(e.data.date), p.n);
	return out;
}

/** The number of pages of a list of `count` items, `size` a page: at least 1 (an empty list has its page). */
export function pageCount(count: number, size: number = PAGE_SIZE): number {
	return Math.max(1, Math.ceil(count / size));
}

/**
 * `getStaticPaths` params of a list's one `[...page]` route, pages 1..`total`: page 1 at the
 * list's own URL (`page` undefined), page n at `<list>/page/<n>/`, as the URLs have always been.
 * @example restPageParams(2) // [{ page: undefined }, { page: 'page/2' }]
 */
export function restPageParams(total: number): { page: string | undefined }[] {
	return Array.from({ length: Math.max(1, total) }, (_, i) => ({ page: i === 0 ? undefined : `page/${i + 1}` }));
}

/**
 * The page number of a `[...page]` param (see `restPageParams`).
 * @example pageOf(undefined) // 1
 * @example pageOf('page/3') // 3
 */
export function pageOf(param: string | undefined): number {
	if (param === undefined || param === '') return 1;
	const m = /^page\/([1-9]\d*)$/.exec(param);
	if (!m) throw new Error(`not a page of a list: "${param}"`);
	return Number(m[1]);
}

/** `getStaticPaths` params for pages 2..N of a list of `count` items. */
export function pageParams(count: number, size: number = PAGE_SIZE): { params: { n: string } }[] {
	const total = Math.ceil(count / size);
	return Array.from({ length: Math.max(0, total - 1) }, (_, i) => ({ params: { n: String(i + 2) } }));
}
