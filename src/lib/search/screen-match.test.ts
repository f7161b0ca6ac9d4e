import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { entity, entry } from '../../../tests/helpers/factory.ts';
import { buildCorpus } from '../derive/corpus.ts';
import { deriveDesignations } from '../derive/designations.ts';
import { entityStandings, trackedLists } from '../derive/list-status.ts';
import { screenData } from './screen-data.ts';
import {
	bareKey,
	csvCell,
	matcher,
	MAX_NAMES,
	namesFromCsv,
	namesFromText,
	parseCsv,
	resultRows,
	toCsv,
} from './screen-match.ts';

const tech = entity('huawei', {
	name: 'Huawei Technologies Co., Ltd.',
	shortName: 'Huawei',
	aliases: [{ name: '华为技术有限公司', lang: 'zh-Hans' }],
});
const cloud = entity('cloud', {
	name: 'Huawei Cloud',
	parent: 'huawei',
	aliases: [
		{ name: '华为云', lang: 'zh-Hans' },
		{ name: 'Huáwéi Yún', lang: 'zh-Latn-pinyin' },
	],
});
const list = entity('entity-list', { name: 'Entity List', kind: 'list' });
const sdn = entity('sdn', { name: 'SDN List', kind: 'list' });
const bis = entity('bis', { name: 'Bureau of Industry and Security', kind: 'government-agency' });
const rule = entry('rule', {
	date: '2019-05-16',
	type: 'entity-list-rule',
	actors: ['bis'],
	designations: [{ entity: 'huawei', list: 'entity-list' }],
});
const corpus = buildCorpus([rule], [tech, cloud, list, sdn, bis]);
const data = screenData(corpus, deriveDesignations(corpus), '2026-12-01');
const m = matcher(data);
const first = (name: string) => m.match(name).map((x) => [x.entity.id, x.how]);

describe('the name check matches', () => {
	it('the name exactly, in any case, spacing or width', () => {
		expect(first('huawei cloud')).toEqual([['cloud', 'exact']]);
		expect(first('HUAWEI  CLOUD')).toEqual([['cloud', 'exact']]);
	});
	it('an alias in either Chinese script, pinyin with or without tone marks and spaces', () => {
		for (const q of ['华为云', '華為雲', 'Huawei Yun', 'huaweiyun', 'Huáwéi Yún'])
			expect(first(q), q).toEqual([['cloud', 'alias']]);
		expect(first('Huawei')).toEqual([['huawei', 'alias']]);
	});
	it('a name with another legal form as normalized', () => {
		expect(bareKey('Huawei Technologies Co., Ltd.')).toBe('huawei');
		expect(first('Huawei Technologies Limited')).toEqual([['huawei', 'normalized']]);
		expect(first('華為技術')).toEqual([['huawei', 'normalized']]);
	});
	it('a part of a name as partial, and nothing for an untracked name or a too-short part', () => {
		expect(first('为云')).toEqual([['cloud', 'partial']]);
		expect(first('Acme Widgets')).toEqual([]);
		expect(first('hu')).toEqual([]);
	});
	it('gives the parent chain and the standing on each list, as of the build, as the entity pages state it', () => {
		const c = data.entities.find((e) => e.id === 'cloud')!;
		expect(c.parents).toEqual(['Huawei Technologies Co., Ltd.']);
		expect(data.lists).toEqual(['Entity List', 'SDN List']);
		expect(c.standings).toEqual([
			'listed through its parent Huawei Technologies Co., Ltd. since May 16, 2019',
			'not listed as of Dec. 1, 2026',
		]);
		// The one derivation of list standings, not a copy of it.
		const lists = trackedLists(corpus);
		expect(c.standings).toEqual(
			entityStandings(corpus, deriveDesignations(corpus), 'cloud', lists, '2026-12-01').map((s) => s.text),
		);
		expect(data.entities.find((e) => e.id === 'huawei')!.standings[0]).toBe('listed since May 16, 2019');
	});
});

describe('the name check reads', () => {
	it('pasted lines, at most MAX_NAMES', () => {
		expect(namesFromText(' a \n\n b\r\nc')).toEqual({ names: ['a', 'b', 'c'], dropped: 0 });
		expect(namesFromText(Array.from({ length: MAX_NAMES + 5 }, (_, i) => `n${i}`).join('\n')).dropped).toBe(5);
	});
	it('a CSV column by header, quotes and all', () => {
		const csv = '\uFEFFid,Supplier name,country\r\n1,"Huawei Cloud, Brazil",BR\n2,"Say ""hi""",CN\n';
		expect(parseCsv(csv)).toEqual([
			['id', 'Supplier name', 'country'],
			['1', 'Huawei Cloud, Brazil', 'BR'],
			['2', 'Say "hi"', 'CN'],
		]);
		expect(namesFromCsv(csv, 'supplier name').names).toEqual(['Huawei Cloud, Brazil', 'Say "hi"']);
		expect(namesFromCsv('name;x\nInspur;1\n').names).toEqual(['Inspur']);
	});
});

describe('the name check writes CSV', () => {
	it('with formula cells prefixed with a quote, and parses back to what was shown', () => {
		expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
		for (const c of ['+1', '-1', '@SUM(A1)', '\tx', '\rx'])
			expect(csvCell(c).replace(/^"/, '').startsWith("'")).toBe(true);
		const results = ['華為雲', '=cmd|calc', 'Acme'].map((name) => ({ name, matches: m.match(name) }));
		const rows = parse(toCsv(resultRows(data, results)), { relaxColumnCount: false }) as string[][];
		expect(rows[0]!.slice(0, 3)).toEqual(['input', 'match', 'how']);
		expect(rows[1]!.slice(0, 4)).toEqual(['華為雲', 'Huawei Cloud', 'alias', '华为云']);
		expect(rows[2]![0]).toBe("'=cmd|calc");
		expect(rows[3]!.slice(0, 2)).toEqual(['Acme', 'no match']);
	});
});
