import { describe, expect, it } from 'vitest';
import { datetimeAttr, daysBetween, formatApDate, isRealIsoDay, precisionFits, todayIso } from './dates.ts';
import { isoDay } from './schema.ts';

describe('dates (run under TZ=America/Los_Angeles)', () => {
	it('runs in a US time zone, so an off-by-one day would show', () => {
		expect(new Date('2020-08-17T00:00:00Z').getDate()).toBe(16);
	});

	it('formats AP style with the year, in UTC', () => {
		expect(formatApDate('2020-08-17')).toBe('Aug. 17, 2020');
		expect(formatApDate('2021-09-14')).toBe('Sept. 14, 2021');
		expect(formatApDate('2019-05-16')).toBe('May 16, 2019');
		expect(formatApDate('2023-03-01')).toBe('March 1, 2023');
		expect(formatApDate('2023-01-01')).toBe('Jan. 1, 2023');
		expect(formatApDate('2023-12-31')).toBe('Dec. 31, 2023');
	});

	it('shows coarse dates at their precision, never as the 1st', () => {
		expect(formatApDate('2021-12-01', 'month')).toBe('December 2021');
		expect(formatApDate('2017-01-01', 'year')).toBe('2017');
		expect(datetimeAttr('2021-12-01', 'month')).toBe('2021-12');
		expect(datetimeAttr('2017-01-01', 'year')).toBe('2017');
		expect(datetimeAttr('2017-03-04')).toBe('2017-03-04');
	});

	it('reads YAML dates (UTC midnight Date objects) as the same calendar day', () => {
		expect(isoDay.parse(new Date(Date.UTC(2020, 7, 17)))).toBe('2020-08-17');
		expect(isoDay.parse('2020-08-17')).toBe('2020-08-17');
	});

	it('rejects impossible days and other shapes', () => {
		expect(isRealIsoDay('2021-02-29')).toBe(false);
		expect(isRealIsoDay('2024-02-29')).toBe(true);
		expect(isRealIsoDay('2020-13-01')).toBe(false);
		expect(isoDay.safeParse('2020-02-30').success).toBe(false);
		expect(isoDay.safeParse('Aug. 17, 2020').success).toBe(false);
		expect(isoDay.safeParse(20200817).success).toBe(false);
	});

	it('counts whole days across DST changes', () => {
		expect(daysBetween('2023-04-25', '2023-04-26')).toBe(1);
		expect(daysBetween('2023-03-11', '2023-03-13')).toBe(2);
		expect(daysBetween('2023-04-25', '2026-11-26')).toBe(1311);
	});

	it('checks that a date fits its precision', () => {
		expect(precisionFits('2021-12-01', 'month')).toBe(true);
		expect(precisionFits('2021-12-14', 'month')).toBe(false);
		expect(precisionFits('2017-01-01', 'year')).toBe(true);
		expect(precisionFits('2017-06-01', 'year')).toBe(false);
	});

	it('takes today in UTC, not local time', () => {
		// 11 p.m. in Los Angeles on Nov. 25 is Nov. 26 in UTC.
		expect(todayIso(new Date('2026-11-26T07:00:00Z'))).toBe('2026-11-26');
	});
});
