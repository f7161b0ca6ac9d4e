import { describe, expect, it } from 'vitest';
import { entity, entry } from '../../../tests/helpers/factory.ts';
import { buildCorpus } from './corpus.ts';
import { deriveDesignations } from './designations.ts';
import { entityStandings, listMatrix, matrixCsv, safeCsvField, standingOn, trackedLists } from './list-status.ts';

const entities = [
	entity('group', { name: 'Group Co' }),
	entity('cloud', { name: 'Cloud Unit', parent: 'group' }),
	entity('sub-cloud', { name: 'Sub Cloud', parent: 'cloud' }),
	entity('other', { name: 'Other Co' }),
	entity('agency', { name: 'Agency', kind: 'government-agency' }),
	entity('entity-list', { kind: 'list', name: 'Entity List' }),
	entity('sdn-list', { kind: 'list', name: 'SDN List', shortName: 'SDN' }),
	entity('new-list', { kind: 'list', name: 'A New List' }),
];
const AS_OF = '2026-12-01';
const setup = (...entries: ReturnType<typeof entry>[]) => {
	const corpus = buildCorpus(entries, entities);
	const d = deriveDesignations(corpus);
	const lists = trackedLists(corpus);
	const on = (id: string, list: string) =>
		standingOn(
			corpus,
			d,
			id,
			lists.find((l) => l.id === list)!,
			AS_OF,
		);
	return { corpus, d, lists, on };
};

describe('tracked lists', () => {
	it('are every entity of kind list, by name, designations or not', () => {
		const { lists } = setup();
		expect(lists.map((l) => l.id)).toEqual(['new-list', 'entity-list', 'sdn-list']);
		expect(lists.find((l) => l.id === 'sdn-list')!.short).toBe('SDN');
	});
});

describe('standing on a list', () => {
	it('says listed since the addition, linked to the entry and its official citation', () => {
		const { on } = setup(
			entry('add', {
				date: '2020-08-17',
				citation: ['85 FR 51596'],
				designations: [{ entity: 'cloud', list: 'entity-list' }],
			}),
		);
		expect(on('cloud', 'entity-list')).toMatchObject({
			state: 'listed',
			date: '2020-08-17',
			text: 'listed since Aug. 17, 2020',
			source: { entryId: '2020-08-17-add', url: '/entries/2020-08-17-add/', citation: '85 FR 51596' },
		});
	});

	it('says not listed as of the record date when nothing applies', () => {
		const { on } = setup();
		expect(on('other', 'sdn-list')).toMatchObject({
			state: 'not-listed',
			text: 'not listed as of Dec. 1, 2026',
			asOf: AS_OF,
		});
		expect(on('other', 'sdn-list').source).toBeUndefined();
	});

	it('says listed through the parent, with the parent and since when', () => {
		const { on } = setup(entry('p', { date: '2019-05-16', designations: [{ entity: 'group', list: 'entity-list' }] }));
		expect(on('cloud', 'entity-list')).toMatchObject({
			state: 'via-parent',
			date: '2019-05-16',
			relative: { id: 'group', name: 'Group Co' },
			text: 'listed through its parent Group Co since May 16, 2019',
		});
		// A grandparent counts as a parent.
		expect(on('sub-cloud', 'entity-list')).toMatchObject({ state: 'via-parent', relative: { id: 'group' } });
	});

	it('says listed through a subsidiary, the earliest first, counting the others', () => {
		const { on } = setup(
			entry('b', { date: '2021-01-01', designations: [{ entity: 'sub-cloud', list: 'sdn-list' }] }),
			entry('a', { date: '2020-01-01', designations: [{ entity: 'cloud', list: 'sdn-list' }] }),
		);
		expect(on('group', 'sdn-list')).toMatchObject({
			state: 'via-subsidiary',
			date: '2020-01-01',
			relative: { id: 'cloud' },
			moreRelatives: 1,
			text: 'listed through its subsidiary Cloud Unit (and 1 more) since Jan. 1, 2020',
		});
	});

	it('prefers its own listing to a relative’s', () => {
		const { on } = setup(
			entry('p', { date: '2019-05-16', designations: [{ entity: 'group', list: 'entity-list' }] }),
			entry('c', { date: '2020-08-17', designations: [{ entity: 'cloud', list: 'entity-list' }] }),
		);
		expect(on('cloud', 'entity-list')).toMatchObject({ state: 'listed', date: '2020-08-17' });
	});

	it('follows additions, removals and re-additions in date order', () => {
		const add = entry('add', { date: '2019-01-01', designations: [{ entity: 'other', list: 'sdn-list' }] });
		const del = entry('del', {
			date: '2021-03-04',
			designations: [{ entity: 'other', list: 'sdn-list', action: 'removed' }],
		});
		expect(setup(add, del).on('other', 'sdn-list')).toMatchObject({
			state: 'removed',
			date: '2021-03-04',
			text: 'removed March 4, 2021',
			source: { entryId: '2021-03-04-del' },
		});
		const again = entry('again', { date: '2022-03-01', designations: [{ entity: 'other', list: 'sdn-list' }] });
		expect(setup(add, del, again).on('other', 'sdn-list')).toMatchObject({ state: 'listed', date: '2022-03-01' });
	});

	it('keeps the listing date through a revision', () => {
		const { on } = setup(
			entry('add', { date: '2020-08-17', designations: [{ entity: 'cloud', list: 'entity-list' }] }),
			entry('rev', { date: '2022-02-14', designations: [{ entity: 'cloud', list: 'entity-list', action: 'revised' }] }),
		);
		expect(on('cloud', 'entity-list')).toMatchObject({
			state: 'listed',
			date: '2020-08-17',
			source: { entryId: '2020-08-17-add' },
		});
	});

	it('notes its own removal when it stays listed through its parent', () => {
		const { on } = setup(
			entry('p', { date: '2019-05-16', designations: [{ entity: 'group', list: 'entity-list' }] }),
			entry('c', { date: '2020-01-01', designations: [{ entity: 'cloud', list: 'entity-list' }] }),
			entry('r', { date: '2021-01-01', designations: [{ entity: 'cloud', list: 'entity-list', action: 'removed' }] }),
		);
		expect(on('cloud', 'entity-list')).toMatchObject({ state: 'via-parent', ownRemoval: { date: '2021-01-01' } });
	});

	it('gives one cell per tracked list, in the lists’ order', () => {
		const { corpus, d, lists } = setup(
			entry('add', { date: '2020-08-17', designations: [{ entity: 'cloud', list: 'entity-list' }] }),
		);
		expect(entityStandings(corpus, d, 'cloud', lists, AS_OF).map((c) => [c.list.id, c.state])).toEqual([
			['new-list', 'not-listed'],
			['entity-list', 'listed'],
			['sdn-list', 'not-listed'],
		]);
	});
});

describe('the list matrix', () => {
	const { corpus, d } = setup(
		entry('add', { date: '2020-08-17', designations: [{ entity: 'cloud', list: 'entity-list' }] }),
	);
	const m = listMatrix(corpus, d, AS_OF);

	it('groups companies under their top company, subsidiaries indented; no other kinds', () => {
		expect(m.groups.map((g) => [g.id, g.rows.map((r) => `${r.depth}:${r.id}`)])).toEqual([
			['group', ['0:group', '1:cloud', '2:sub-cloud']],
			['other', ['0:other']],
		]);
		expect(m.groups[0]!.rows[1]!.cells.find((c) => c.list.id === 'entity-list')!.state).toBe('listed');
		expect(m.groups[0]!.rows[0]!.cells.find((c) => c.list.id === 'entity-list')!.state).toBe('via-subsidiary');
	});

	it('writes a CSV with a state, date and entry URL per list', () => {
		const csv = matrixCsv(m, 'https://tracker.test.example');
		const lines = csv.split('\r\n');
		expect(lines[0]).toBe(
			'entity,name,group,parent,new-list,new-listSince,new-listEntry,entity-list,entity-listSince,entity-listEntry,sdn-list,sdn-listSince,sdn-listEntry',
		);
		expect(lines[2]).toBe(
			'cloud,Cloud Unit,group,Group Co,not-listed,,,listed,2020-08-17,https://tracker.test.example/entries/2020-08-17-add/,not-listed,,',
		);
		expect(lines).toHaveLength(6); // header, four companies, and the empty string after the last CRLF
	});
});

describe('CSV cells a spreadsheet would run', () => {
	it('are prefixed with a quote', () => {
		for (const bad of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])
			expect(safeCsvField(bad).replace(/^"/, '')).toMatch(/^'/);
		expect(safeCsvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
		expect(safeCsvField('Huawei, Cloud')).toBe('"Huawei, Cloud"');
		expect(safeCsvField('2020-08-17')).toBe('2020-08-17');
	});
});

describe('which entity pages get a strip', () => {
	it('every company; other kinds only when they or a relative were designated; never a list', async () => {
		const { entityStrip } = await import('./list-status.ts');
		const extra = [
			...entities,
			entity('uni', { kind: 'university', name: 'Uni' }),
			entity('uni-2', { kind: 'university', name: 'Uni 2' }),
		];
		const corpus = buildCorpus([entry('u', { designations: [{ entity: 'uni', list: 'entity-list' }] })], extra);
		const d = deriveDesignations(corpus);
		expect(entityStrip(corpus, d, 'other', AS_OF)).toHaveLength(3);
		expect(entityStrip(corpus, d, 'uni', AS_OF)!.map((c) => c.state)).toEqual(['not-listed', 'listed', 'not-listed']);
		expect(entityStrip(corpus, d, 'uni-2', AS_OF)).toBeUndefined();
		expect(entityStrip(corpus, d, 'agency', AS_OF)).toBeUndefined();
		expect(entityStrip(corpus, d, 'entity-list', AS_OF)).toBeUndefined();
	});
});
