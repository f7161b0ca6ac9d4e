import { describe, expect, it } from 'vitest';
import { entry } from '../../../tests/helpers/factory.ts';
import { ENTRY_TYPES } from '../model/schema.ts';
import { buildViews } from './filtered-views.ts';

describe('buildViews', () => {
	const entries = [
		entry('a', { date: '2019-05-16', type: 'entity-list-rule' }),
		entry('b', { date: '2020-08-17', type: 'entity-list-rule' }),
		entry('c', { date: '2019-12-01', type: 'hearing' }),
	];
	const v = buildViews(entries);
	it('has every type, empty ones included, and puts each entry under exactly one type and one year', () => {
		expect([...v.byType.keys()]).toEqual([...ENTRY_TYPES]);
		expect(v.byType.get('entity-list-rule')!.map((e) => e.id)).toEqual(['2019-05-16-a', '2020-08-17-b']);
		expect(v.byType.get('final-rule')).toEqual([]);
		const total = (m: Map<unknown, unknown[]>) => [...m.values()].reduce((n, l) => n + l.length, 0);
		expect(total(v.byType)).toBe(entries.length);
		expect(total(v.byYear)).toBe(entries.length);
	});
	it('orders years oldest first', () => {
		expect([...v.byYear.keys()]).toEqual([2019, 2020]);
		expect(v.byYear.get(2019)!.map((e) => e.id)).toEqual(['2019-05-16-a', '2019-12-01-c']);
	});
});
