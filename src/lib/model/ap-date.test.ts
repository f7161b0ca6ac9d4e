import { describe, expect, it } from 'vitest';
import { apDateOfDatetime } from './ap-date.ts';
import { datetimeAttr, formatApDate } from './dates.ts';
import type { DatePrecision } from './schema.ts';

describe('apDateOfDatetime', () => {
	it('gives the text formatApDate gives, at every precision, for every month', () => {
		const precisions: DatePrecision[] = ['day', 'month', 'year'];
		let n = 0;
		for (const year of [1999, 2019, 2020, 2024, 2026])
			for (let month = 1; month <= 12; month++)
				for (const day of [1, 9, 10, 28]) {
					const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
					for (const p of precisions) {
						const attr = datetimeAttr(iso, p);
						// The day an entry of this precision stores: the 1st of the month, or Jan. 1.
						const stored = p === 'day' ? iso : p === 'month' ? `${attr}-01` : `${attr}-01-01`;
						expect(apDateOfDatetime(attr), `${iso} (${p})`).toBe(formatApDate(stored, p));
						n++;
					}
				}
		expect(n).toBe(5 * 12 * 4 * 3);
	});

	it('refuses what is not a datetime value', () => {
		for (const bad of ['', '20', '2021-13', '2021-00-01', 'Sept. 14, 2021', '2021-09-14T00:00', ' 2021'])
			expect(apDateOfDatetime(bad), JSON.stringify(bad)).toBeUndefined();
	});
});
