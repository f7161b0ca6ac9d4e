import { describe, expect, it } from 'vitest';
import { entity, entry } from '../../../tests/helpers/factory.ts';
import { actingBodies, bodiesOf } from './agencies.ts';

const all = [
	entity('commerce', { name: 'U.S. Department of Commerce', shortName: 'Commerce', kind: 'government-agency' }),
	entity('bis', {
		name: 'Bureau of Industry and Security',
		shortName: 'BIS',
		kind: 'government-agency',
		parent: 'commerce',
	}),
	entity('raimondo', { name: 'Gina Raimondo', kind: 'official', parent: 'commerce' }),
	entity('senate', { name: 'United States Senate', kind: 'government-agency' }),
	entity('approps', { name: 'Senate Committee on Appropriations', kind: 'government-agency', parent: 'senate' }),
	entity('hagerty', { name: 'Bill Hagerty', kind: 'legislator', parent: 'senate' }),
	entity('loner', { name: 'An Independent', kind: 'legislator' }),
	entity('post', { name: 'The Washington Post', kind: 'media-outlet' }),
	entity('cloud', { name: 'Huawei Cloud', kind: 'company', parent: 'huawei' }),
	entity('huawei', { name: 'Huawei', kind: 'company' }),
];
const byId = new Map(all.map((e) => [e.id, e]));

describe('the body an actor acts for', () => {
	it('gives a sub-agency under its department, and the department alone', () => {
		expect(bodiesOf(byId, 'bis')).toEqual(['U.S. Department of Commerce', 'U.S. Department of Commerce › BIS']);
		expect(bodiesOf(byId, 'commerce')).toEqual(['U.S. Department of Commerce']);
	});
	it('gives a legislator their chamber, an official their department', () => {
		expect(bodiesOf(byId, 'hagerty')).toEqual(['United States Senate']);
		expect(bodiesOf(byId, 'raimondo')).toEqual(['U.S. Department of Commerce']);
		expect(bodiesOf(byId, 'approps')).toEqual([
			'United States Senate',
			'United States Senate › Senate Committee on Appropriations',
		]);
	});
	it('lets a person with no agency above them, and anyone outside government, act for themselves', () => {
		expect(bodiesOf(byId, 'loner')).toEqual(['An Independent']);
		expect(bodiesOf(byId, 'post')).toEqual(['The Washington Post']);
		// A company acts for itself, not for its parent: the subsidiary is who acted.
		expect(bodiesOf(byId, 'cloud')).toEqual(['Huawei Cloud']);
		expect(bodiesOf(byId, 'nobody')).toEqual([]);
	});
	it('combines the actors of an entry without repeats', () => {
		const hearing = entry('hearing', { type: 'hearing', actors: ['raimondo', 'hagerty', 'approps', 'bis'] });
		expect(actingBodies(byId, hearing)).toEqual([
			'U.S. Department of Commerce',
			'United States Senate',
			'United States Senate › Senate Committee on Appropriations',
			'U.S. Department of Commerce › BIS',
		]);
	});
	it('stops at a loop in the parent chain instead of running forever', () => {
		const loop = new Map([
			['a', entity('a', { kind: 'government-agency', parent: 'b' })],
			['b', entity('b', { kind: 'government-agency', parent: 'a' })],
		]);
		expect(bodiesOf(loop, 'a')).toHaveLength(2);
	});
});
