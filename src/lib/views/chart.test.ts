import { describe, expect, it } from 'vitest';
import { entry } from '../../../tests/helpers/factory.ts';
import { CHART, chartLayout, forceCount, yearLabel } from './chart.ts';
import { paginate, yearPages } from './pagination.ts';
import { countByYear } from '../derive/timeline.ts';
import { entityYearUrl, timelineYearUrl } from '../site/urls.ts';
import { FORCES } from '../model/vocab.ts';

// 2016: 1 binding; 2017, 2018: none; 2019: 2 binding + 1 press report; 2020: 4 letters.
const entries = [
	entry('a', { date: '2016-03-01', type: 'entity-list-rule' }),
	entry('b', { date: '2019-05-16', type: 'entity-list-rule' }),
	entry('c', { date: '2019-08-19', type: 'final-rule' }),
	entry('d', { date: '2019-12-01', type: 'press-report' }),
	...['e', 'f', 'g', 'h'].map((s, i) => entry(s, { date: `2020-0${i + 1}-10`, type: 'congressional-letter' })),
];
const counts = countByYear(entries);
const href = (y: number) => `/#y${y}`;
const layout = chartLayout(counts, href);
const length = (row: (typeof layout.rows)[number]) => row.segments.reduce((n, s) => n + s.width, 0);

describe('chart layout', () => {
	it('has one row per year from the first to the last, in the order given', () => {
		expect(layout.rows.map((r) => r.year)).toEqual([2016, 2017, 2018, 2019, 2020]);
		expect(chartLayout([...counts].reverse(), href).rows.map((r) => r.year)).toEqual([2020, 2019, 2018, 2017, 2016]);
		expect(layout.rows.map((r) => r.y)).toEqual([0, 1, 2, 3, 4].map((i) => i * CHART.row));
		expect(layout.height).toBe(5 * CHART.row);
	});

	it('makes bar lengths proportional to the yearly totals, the largest at full length', () => {
		expect(layout.max).toBe(4);
		for (const row of layout.rows) {
			expect(length(row)).toBeCloseTo((row.total / layout.max) * CHART.barMax, 1);
			expect(row.end).toBeCloseTo(CHART.barX + length(row), 1);
			for (const s of row.segments) expect(s.width).toBeCloseTo((s.count / layout.max) * CHART.barMax, 1);
		}
		expect(Math.max(...layout.rows.map(length))).toBeCloseTo(CHART.barMax, 1);
		expect(CHART.barX + CHART.barMax).toBeLessThan(CHART.width);
	});

	it('stacks a year’s forces end to end in vocabulary order, leaving out forces with no entries', () => {
		const row = layout.rows.find((r) => r.year === 2019)!;
		expect(row.segments.map((s) => [s.force, s.count])).toEqual([
			['binding', 2],
			['press-report', 1],
		]);
		expect(row.segments[0]!.x).toBe(CHART.barX);
		expect(row.segments[1]!.x).toBeCloseTo(row.segments[0]!.x + row.segments[0]!.width, 1);
		expect(layout.forces).toEqual(
			FORCES.filter((f) => ['binding', 'press-report', 'congressional-request'].includes(f)),
		);
	});

	it('gives empty years no bar and no link, and every other year its link', () => {
		const asked: number[] = [];
		const l = chartLayout(counts, (y) => (asked.push(y), href(y)));
		for (const row of l.rows) {
			if (row.total === 0) {
				expect(row.segments).toEqual([]);
				expect(row.href).toBeUndefined();
			} else expect(row.href).toBe(href(row.year));
		}
		expect(asked).toEqual([2016, 2019, 2020]);
	});

	it('states each year’s counts in words', () => {
		expect(yearLabel(counts[3]!)).toBe('2019: 3 actions (2 binding actions, 1 press report)');
		expect(yearLabel(counts[0]!)).toBe('2016: 1 action (1 binding action)');
		expect(yearLabel(counts[1]!)).toBe('2017: no actions');
		expect(forceCount('congressional-request', 4)).toBe('4 congressional requests');
		expect(layout.rows.map((r) => r.label)).toEqual(counts.map(yearLabel));
	});

	it('lays out nothing for no entries', () => {
		expect(chartLayout([], href)).toMatchObject({ rows: [], forces: [], height: 0, max: 0 });
	});
});

describe('year links', () => {
	it('points each year at the page of the timeline where it starts', () => {
		const pages = paginate(entries, 'newest', 3);
		const first = yearPages(pages);
		// newest first, 3 a page: [2020 ×3], [2020, 2019 ×2], [2019, 2016]
		expect(timelineYearUrl('newest', first.get(2020)!, 2020)).toBe('/#y2020');
		expect(timelineYearUrl('newest', first.get(2019)!, 2019)).toBe('/page/2/#y2019');
		expect(timelineYearUrl('newest', first.get(2016)!, 2016)).toBe('/page/3/#y2016');
		expect(timelineYearUrl('oldest', 1, 2016)).toBe('/oldest/#y2016');
		expect(entityYearUrl('huawei', first.get(2019)!, 2019)).toBe('/entities/huawei/page/2/#e-y2019');
	});
});
