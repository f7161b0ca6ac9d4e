/**
 * Calendar days, formatted in UTC and AP style.
 *
 * Entries store days as `YYYY-MM-DD` strings; every formatter here reads them in UTC with
 * `UTCDate`, so the server's or the reader's time zone can never move a date by a day.
 */
import { UTCDate } from '@date-fns/utc';
// Per-function imports: the date-fns barrel takes seconds to load in Node (npm run check).
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { format } from 'date-fns/format';
import { AP_MONTHS } from './ap-date.ts';
import type { DatePrecision } from './schema.ts';

/** Whether `s` is a `YYYY-MM-DD` day that exists (no Feb. 30). */
export function isRealIsoDay(s: string): boolean {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
	if (!m) return false;
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	// setUTCFullYear, because Date.UTC and the Date constructor read years 0–99 as 1900–1999.
	const t = new Date(0);
	t.setUTCFullYear(y, mo - 1, d);
	return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** The `UTCDate` at midnight of an ISO day. */
export function utcDay(iso: string): UTCDate {
	return new UTCDate(`${iso}T00:00:00Z`);
}

/** Today's UTC calendar day, `YYYY-MM-DD` (the build date). */
export function todayIso(now: Date = new Date()): string {
	return now.toISOString().slice(0, 10);
}

/**
 * An ISO day in AP style with the year, at the given precision.
 * @example formatApDate('2021-09-14') // 'Sept. 14, 2021'
 * @example formatApDate('2021-12-01', 'month') // 'December 2021'
 */
export function formatApDate(iso: string, precision: DatePrecision = 'day'): string {
	const d = utcDay(iso);
	if (precision === 'year') return String(d.getFullYear());
	if (precision === 'month') return format(d, 'MMMM yyyy');
	return `${AP_MONTHS[d.getMonth()]} ${d.getDate()}, ${d.getFullYear()}`;
}

/**
 * The `datetime` attribute for `<time>` at the given precision (`2021-12` for a month).
 * @example datetimeAttr('2021-12-01', 'month') // '2021-12'
 */
export function datetimeAttr(iso: string, precision: DatePrecision = 'day'): string {
	return precision === 'year' ? iso.slice(0, 4) : precision === 'month' ? iso.slice(0, 7) : iso;
}

/** The year of an ISO day, as a number. */
export function yearOf(iso: string): number {
	return Number(iso.slice(0, 4));
}

/** Whole days from `from` to `to` (both ISO days); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
	return differenceInCalendarDays(utcDay(to), utcDay(from));
}

/** Whether a date agrees with its precision: month precision on the 1st, year precision on Jan. 1. */
export function precisionFits(iso: string, precision: DatePrecision): boolean {
	if (precision === 'month') return iso.endsWith('-01');
	if (precision === 'year') return iso.endsWith('-01-01');
	return true;
}

/** An RFC 3339 timestamp at UTC midnight of an ISO day, for feeds and JSON-LD. */
export function rfc3339(iso: string): string {
	return `${iso}T00:00:00Z`;
}
