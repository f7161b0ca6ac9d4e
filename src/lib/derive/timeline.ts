/**
 * The timeline: entries grouped by year, in either order, with counts for the chart.
 */
import { compareEntries } from './corpus.ts';
import { yearOf } from '../model/dates.ts';
import type { Entry } from '../model/schema.ts';
import { FORCES, forceOf, type Force } from '../model/vocab.ts';

export type Order = 'newest' | 'oldest';

export interface YearGroup {
	year: number;
	entries: Entry[];
}

/** Sort entries by date then id; newest first reverses that order exactly. */
export function sortEntries(entries: readonly Entry[], order: Order = 'oldest'): Entry[] {
	const sorted = [...entries].sort(compareEntries);
	return order === 'newest' ? sorted.reverse() : sorted;
}

/**
 * Group entries by year, years and entries in the given order.
 * @example groupByYear(entries, 'newest')[0].year // the latest year with an entry
 */
export function groupByYear(entries: readonly Entry[], order: Order = 'newest'): YearGroup[] {
	const groups: YearGroup[] = [];
	for (const entry of sortEntries(entries, order)) {
		const year = yearOf(entry.data.date);
		const last = groups[groups.length - 1];
		if (last && last.year === year) last.entries.push(entry);
		else groups.push({ year, entries: [entry] });
	}
	return groups;
}

/** Per year, how many entries of each force: the data of the chart. */
export interface YearCount {
	year: number;
	total: number;
	byForce: Record<Force, number>;
}

/** Count entries per year and force, every year from the first to the last (empty years included). */
export function countByYear(entries: readonly Entry[]): YearCount[] {
	if (!entries.length) return [];
	const years = entries.map((e) => yearOf(e.data.date));
	const [min, max] = [Math.min(...years), Math.max(...years)];
	const out: YearCount[] = [];
	for (let y = min; y <= max; y++) {
		out.push({ year: y, total: 0, byForce: Object.fromEntries(FORCES.map((f) => [f, 0])) as Record<Force, number> });
	}
	for (const e of entries) {
		const row = out[yearOf(e.data.date) - min]!;
		row.total++;
		row.byForce[forceOf(e.data.type)]++;
	}
	return out;
}
