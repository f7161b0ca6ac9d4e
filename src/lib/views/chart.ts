/**
 * Geometry and words for the "actions per year by force" chart (YearChart.astro): one
 * horizontal bar per year, stacked by force, in SVG user units. Pure, so a test can check that
 * bar lengths are proportional, empty years have no bar and no link, and labels state counts.
 */
import type { YearCount } from '../derive/timeline.ts';
import { FORCES, FORCE_LABELS, type Force } from '../model/vocab.ts';

/** The fixed layout, in SVG user units (the SVG scales to its box; text scales with it). */
export const CHART = {
	/** viewBox width. */
	width: 300,
	/**
	 * Height of one year's row, the link's target: on a 320 px phone the chart is 288 px wide
	 * (0.96 px a unit), so 26 units keep each row above the 24 px of WCAG 2.5.8.
	 */
	row: 26,
	/** Thickness of a bar inside its row. */
	bar: 15,
	/** Where bars start (the year labels sit to the left of it, right-aligned). */
	barX: 44,
	/** The longest bar; room for the count label is left after it. */
	barMax: 220,
} as const;

export interface ChartSegment {
	force: Force;
	count: number;
	x: number;
	width: number;
}

export interface ChartRow {
	year: number;
	total: number;
	/** Top of the row. */
	y: number;
	/** Non-empty forces only, in FORCES order, laid end to end from `CHART.barX`. */
	segments: ChartSegment[];
	/** Where the bar ends (the count label goes just after). */
	end: number;
	/** Where the row links: its year on a timeline; undefined for a year with no entries. */
	href?: string;
	/** The row in words, e.g. "2020: 3 actions (2 binding actions, 1 press report)". */
	label: string;
}

export interface ChartLayout {
	width: number;
	height: number;
	/** The largest yearly total: the longest bar is this many actions. */
	max: number;
	rows: ChartRow[];
	/** Forces that occur at all, in FORCES order: the legend. */
	forces: Force[];
}

/** "1 binding action", "3 press reports". */
export function forceCount(force: Force, n: number): string {
	const noun = FORCE_LABELS[force].toLowerCase();
	return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** A year's counts in words. @example yearLabel(row) // '2020: 3 actions (2 binding actions, 1 press report)' */
export function yearLabel(c: YearCount): string {
	if (c.total === 0) return `${c.year}: no actions`;
	const parts = FORCES.filter((f) => c.byForce[f] > 0).map((f) => forceCount(f, c.byForce[f]));
	return `${c.year}: ${c.total} ${c.total === 1 ? 'action' : 'actions'} (${parts.join(', ')})`;
}

/**
 * Lay out rows for `counts` in the order given (newest first on a newest-first page).
 * `href(year)` says where a year links; it is not called for years without entries, which
 * have no anchor to link to.
 */
export function chartLayout(counts: readonly YearCount[], href: (year: number) => string | undefined): ChartLayout {
	const max = Math.max(0, ...counts.map((c) => c.total));
	const scale = max > 0 ? CHART.barMax / max : 0;
	const rows = counts.map((c, i): ChartRow => {
		let x: number = CHART.barX;
		const segments: ChartSegment[] = [];
		for (const force of FORCES) {
			const count = c.byForce[force];
			if (!count) continue;
			const width = round(count * scale);
			segments.push({ force, count, x: round(x), width });
			x += width;
		}
		const row: ChartRow = {
			year: c.year,
			total: c.total,
			y: i * CHART.row,
			segments,
			end: round(x),
			label: yearLabel(c),
		};
		const link = c.total > 0 ? href(c.year) : undefined;
		if (link !== undefined) row.href = link;
		return row;
	});
	const forces = FORCES.filter((f) => counts.some((c) => c.byForce[f] > 0));
	return { width: CHART.width, height: counts.length * CHART.row, max, rows, forces };
}

/** Two decimals are plenty for SVG coordinates and keep the markup short. */
const round = (n: number): number => Math.round(n * 100) / 100;
