import { describe, expect, it } from 'vitest';
import { entity, entry } from '../../../tests/helpers/factory.ts';
import { deriveAsks } from '../derive/asks.ts';
import { deriveChanges, indexChanges } from '../derive/changes.ts';
import { buildCorpus } from '../derive/corpus.ts';
import { deriveDesignations } from '../derive/designations.ts';
import { buildViews } from '../derive/filtered-views.ts';
import { changesIndexView } from './changes-page.ts';
import { EMBED_LIMIT, embedView } from './embed.ts';
import { boundMatrix, entitiesIndex, listsIndex, typesIndex } from './index-pages.ts';
import type { ListMatrix } from '../derive/list-status.ts';
import { labelOf, nameOf, namesOf } from './names.ts';

const ents = [
	entity('bis', { name: 'Bureau of Industry and Security', shortName: 'BIS', kind: 'government-agency' }),
	entity('huawei', { name: 'Huawei', aliases: [{ name: '华为', lang: 'zh-Hans' }] }),
	entity('huawei-cloud', { name: 'Huawei Cloud', parent: 'huawei' }),
	entity('entity-list', { name: 'Entity List', kind: 'list', parent: 'bis' }),
	entity('sdn-list', { name: 'SDN list', kind: 'list' }),
];
const entries = Array.from({ length: EMBED_LIMIT + 4 }, (_, i) =>
	entry(`e${i}`, {
		date: `20${10 + (i % 10)}-03-0${1 + (i % 9)}`,
		type: i === 0 ? 'entity-list-rule' : 'official-statement',
		actors: ['bis'],
		subjects: ['huawei'],
		...(i === 0 ? { designations: [{ entity: 'huawei', list: 'entity-list' }] } : {}),
	}),
);
const corpus = buildCorpus(entries, ents);
const designations = deriveDesignations(corpus);

describe('names', () => {
	it('holds only the ids asked for that the corpus knows, with short names', () => {
		const n = namesOf(corpus, ['bis', 'huawei', 'bis', 'nobody']);
		expect(n).toEqual({ bis: { name: 'Bureau of Industry and Security', short: 'BIS' }, huawei: { name: 'Huawei' } });
		expect([labelOf(n, 'bis'), nameOf(n, 'bis'), labelOf(n, 'huawei'), nameOf(n, 'nobody')]).toEqual([
			'BIS',
			'Bureau of Industry and Security',
			'Huawei',
			'nobody',
		]);
	});
});

describe('the index pages', () => {
	it('lists entities by kind, with counts, Chinese names and (companies) standings', () => {
		const v = entitiesIndex(corpus, designations, '2026-12-01');
		expect(v.total).toBe(ents.length);
		expect(v.groups.map((g) => g.kind)).toEqual(['company', 'government-agency', 'list']);
		const huawei = v.groups[0]!.entities.find((e) => e.id === 'huawei')!;
		expect(huawei).toMatchObject({ name: 'Huawei', zh: '华为', count: entries.length });
		expect(huawei.strip?.find((c) => c.list.url === '/entities/entity-list/')?.state).toBe('listed');
		expect(v.groups[1]!.entities[0]).toEqual({
			id: 'bis',
			name: 'Bureau of Industry and Security',
			count: entries.length,
		});
	});

	it('lists the tracked lists, who keeps them and how many designations each has', () => {
		const v = listsIndex(corpus, designations, '2026-12-01');
		expect(v.lists).toEqual([
			{
				id: 'entity-list',
				name: 'Entity List',
				keptBy: 'Bureau of Industry and Security',
				count: 1,
				description: 'About entity-list.',
			},
			{ id: 'sdn-list', name: 'SDN list', count: 0, description: 'About sdn-list.' },
		]);
		expect(v.matrix.asOf).toBe('2026-12-01');
	});

	it('shows at most the busiest entities of a kind, saying how many there are, in the index order', () => {
		const v = entitiesIndex(corpus, designations, '2026-12-01', 1);
		const companies = v.groups[0]!;
		expect(companies.count).toBe(2);
		expect(companies.entities.map((e) => e.id)).toEqual(['huawei']);
		const all = entitiesIndex(corpus, designations, '2026-12-01');
		expect(all.groups[0]!.entities.map((e) => e.id)).toEqual(['huawei', 'huawei-cloud']);
		expect(all.groups[0]!.count).toBe(2);
	});

	it('cuts the matrix to whole groups within the row budget, a first group too big cut itself', () => {
		const row = (id: string) => ({ id, name: id, url: `/entities/${id}/`, depth: 0, cells: [] });
		const m = {
			lists: [],
			asOf: '2026-12-01',
			groups: [
				{ id: 'a', name: 'a', rows: [row('a'), row('a1'), row('a2')] },
				{ id: 'b', name: 'b', rows: [row('b'), row('b1')] },
				{ id: 'c', name: 'c', rows: [row('c')] },
			],
		} as unknown as ListMatrix;
		expect(boundMatrix(m, 4).rows).toEqual({ shown: 3, total: 6 });
		expect(boundMatrix(m, 4).matrix.groups.map((g) => g.id)).toEqual(['a']);
		expect(boundMatrix(m, 6).matrix.groups.map((g) => g.id)).toEqual(['a', 'b', 'c']);
		expect(boundMatrix(m, 2)).toMatchObject({ rows: { shown: 2, total: 6 } });
		expect(boundMatrix(m, 2).matrix.groups[0]!.rows.map((r) => r.id)).toEqual(['a', 'a1']);
		expect(listsIndex(corpus, designations, '2026-12-01').rows).toEqual({ shown: 2, total: 2 });
	});

	it('lists every entry type with its force and count, empty ones included', () => {
		const v = typesIndex(buildViews(corpus.entries));
		expect(v.types.find((t) => t.type === 'entity-list-rule')).toEqual({
			type: 'entity-list-rule',
			label: 'Entity List rule',
			force: 'Binding action',
			count: 1,
		});
		expect(v.types.find((t) => t.type === 'executive-order')?.count).toBe(0);
	});
});

describe('the embed', () => {
	it('shows the latest entries newest first, with absolute links, and the total', () => {
		const v = embedView(corpus.entityById.get('huawei')!, corpus, 'https://t.example');
		expect(v.total).toBe(entries.length);
		expect(v.shown).toHaveLength(EMBED_LIMIT);
		const latest = corpus.byEntity.get('huawei')!.at(-1)!.entry;
		expect(v.shown[0]).toEqual({
			href: `https://t.example/entries/${latest.id}/`,
			title: latest.data.title,
			date: latest.data.date,
			precision: 'day',
			type: latest.data.type,
		});
		expect(v.page).toBe('https://t.example/entities/huawei/');
		expect(embedView(corpus.entityById.get('sdn-list')!, corpus, 'https://t.example').shown).toEqual([]);
	});
});

describe('the changes page', () => {
	const changes = deriveChanges({ corpus, asks: deriveAsks(corpus, '2026-12-01'), commits: [], gitAvailable: false });
	it('says when there was no git history, and gives the newest month and the months oldest first', () => {
		const v = changesIndexView(indexChanges(changes), { available: false, reason: 'not a git checkout', commits: [] });
		expect(v.total).toBe(changes.length);
		expect(v.noGit).toBe('not a git checkout');
		expect(v.oldestFirst[0]! < v.oldestFirst.at(-1)!).toBe(true);
		expect(v.newest).toBe(v.oldestFirst.at(-1));
		expect(v.latest.length).toBeGreaterThan(0);
		expect(changesIndexView(indexChanges([]), { available: true, commits: [] })).toEqual({
			total: 0,
			byKind: {},
			latest: [],
			years: [],
			oldestFirst: [],
		});
	});
});
