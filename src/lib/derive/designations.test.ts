import { describe, expect, it } from 'vitest';
import { entity, entry } from '../../../tests/helpers/factory.ts';
import { buildCorpus } from './corpus.ts';
import { currentListings, deriveDesignations, relevantLists, statusSentence } from './designations.ts';

const entities = [
	entity('parent-co', { name: 'Parent Co' }),
	entity('cloud-unit', { name: 'Cloud Unit', parent: 'parent-co' }),
	entity('other-co', { name: 'Other Co' }),
	entity('entity-list', { kind: 'list', name: 'Entity List' }),
	entity('sdn-list', { kind: 'list', name: 'SDN list' }),
];
const setup = (...entries: ReturnType<typeof entry>[]) => {
	const corpus = buildCorpus(entries, entities);
	return { corpus, d: deriveDesignations(corpus) };
};

describe('designations per entity', () => {
	it('derives the lists an entity is on, since when, by which entry', () => {
		const { d } = setup(
			entry('add', { date: '2019-05-16', designations: [{ entity: 'parent-co', list: 'entity-list' }] }),
		);
		const [st] = currentListings(d, 'parent-co');
		expect(st).toMatchObject({ list: 'entity-list', current: true, added: { date: '2019-05-16' } });
	});

	it('says plainly when only the parent is listed', () => {
		const { corpus, d } = setup(
			entry('add', { date: '2019-05-16', designations: [{ entity: 'parent-co', list: 'entity-list' }] }),
		);
		expect(statusSentence(corpus, d, 'cloud-unit', 'entity-list')).toBe(
			'Cloud Unit is not itself on the Entity List; its parent Parent Co is on the Entity List since May 16, 2019.',
		);
		expect(relevantLists(corpus, d, 'cloud-unit')).toEqual(['entity-list']);
		expect(statusSentence(corpus, d, 'other-co', 'entity-list')).toBe(
			'Other Co is not on the Entity List in the tracked record.',
		);
	});

	it('names both when the entity and its parent are listed on different dates', () => {
		const { corpus, d } = setup(
			entry('p', { date: '2019-05-16', designations: [{ entity: 'parent-co', list: 'entity-list' }] }),
			entry('c', { date: '2020-08-17', designations: [{ entity: 'cloud-unit', list: 'entity-list' }] }),
		);
		expect(statusSentence(corpus, d, 'cloud-unit', 'entity-list')).toBe(
			'Cloud Unit is on the Entity List since Aug. 17, 2020; its parent Parent Co is on the Entity List since May 16, 2019.',
		);
		expect(statusSentence(corpus, d, 'parent-co', 'entity-list')).toBe(
			'Parent Co is on the Entity List since May 16, 2019; its subsidiary Cloud Unit is on the Entity List since Aug. 17, 2020.',
		);
	});

	it('records a removal, and a later re-listing', () => {
		const add = entry('add', { date: '2019-01-01', designations: [{ entity: 'other-co', list: 'sdn-list' }] });
		const del = entry('del', {
			date: '2021-01-01',
			designations: [{ entity: 'other-co', list: 'sdn-list', action: 'removed' }],
		});
		let { corpus, d } = setup(add, del);
		expect(currentListings(d, 'other-co')).toEqual([]);
		expect(statusSentence(corpus, d, 'other-co', 'sdn-list')).toBe(
			'Other Co was removed from the SDN list on Jan. 1, 2021.',
		);
		({ corpus, d } = setup(
			add,
			del,
			entry('again', { date: '2022-03-01', designations: [{ entity: 'other-co', list: 'sdn-list' }] }),
		));
		expect(statusSentence(corpus, d, 'other-co', 'sdn-list')).toBe('Other Co is on the SDN list since March 1, 2022.');
	});

	it('keeps a revision without changing the standing', () => {
		const { d } = setup(
			entry('add', { date: '2020-08-17', designations: [{ entity: 'cloud-unit', list: 'entity-list' }] }),
			entry('rev', {
				date: '2022-02-14',
				designations: [{ entity: 'cloud-unit', list: 'entity-list', action: 'revised' }],
			}),
		);
		const st = d.byEntity.get('cloud-unit')!.get('entity-list')!;
		expect(st.current).toBe(true);
		expect(st.added!.date).toBe('2020-08-17');
		expect(st.events).toHaveLength(2);
		expect(d.byList.get('entity-list')!.map((e) => e.date)).toEqual(['2020-08-17', '2022-02-14']);
	});
});
