import { describe, expect, it } from 'vitest';
import { entity, entry } from '../../../tests/helpers/factory.ts';
import { buildCorpus } from '../derive/corpus.ts';
import {
	entityNameKeys,
	entitySearchData,
	entrySearchData,
	hanSuffixes,
	MAX_NAMES_CHARS,
	MAX_SUFFIX_CHARS,
	nameForms,
	searchNames,
} from './index-terms.ts';

const tiansuan = entity('tiansuan', {
	name: 'Tiansuan Constellation',
	kind: 'project',
	aliases: [
		{ name: '天算星座', lang: 'zh-Hans' },
		{ name: 'Tiansuan', lang: 'en' },
	],
});
const bis = entity('bis', {
	name: 'Bureau of Industry and Security',
	shortName: 'BIS',
	kind: 'government-agency',
	parent: 'commerce',
});
const commerce = entity('commerce', { name: 'U.S. Department of Commerce', kind: 'government-agency' });
const cloud = entity('cloud', {
	name: 'Huawei Cloud',
	aliases: [
		{ name: '华为云', lang: 'zh-Hans' },
		{ name: 'Huawei Yun', lang: 'zh-Latn-pinyin' },
		{ name: 'Huawei Yun', lang: 'en' },
	],
});
const rule = entry('rule', {
	date: '2020-08-17',
	type: 'entity-list-rule',
	actors: ['bis'],
	subjects: ['cloud'],
	designations: [{ entity: 'tiansuan', list: 'entity-list' }],
	citation: ['85 FR 51596', 'E.O. 13873'],
});
const list = entity('entity-list', { name: 'Entity List', kind: 'list', parent: 'bis' });
const corpus = buildCorpus([rule], [tiansuan, bis, commerce, cloud, list]);

describe('Han names', () => {
	it('are findable by any part: every suffix of a Han word is indexed, and Pagefind matches prefixes', () => {
		expect(hanSuffixes('天算星座')).toEqual(['算星座', '星座', '座']);
		const words = searchNames([tiansuan]).split(' ');
		// Every contiguous part of the alias is the beginning of some indexed word.
		const alias = [...'天算星座'];
		for (let i = 0; i < alias.length; i++)
			for (let j = i + 1; j <= alias.length; j++)
				expect(
					words.some((w) => w.startsWith(alias.slice(i, j).join(''))),
					alias.slice(i, j).join(''),
				).toBe(true);
	});
	it('leave Latin words alone and index names once', () => {
		expect(hanSuffixes('Tiansuan')).toEqual([]);
		expect(searchNames([cloud, cloud])).toBe(
			'Huawei Cloud 华为云 为云 云 Huawei Yun HuaweiCloud 華爲雲 爲雲 雲 華為雲 為雲 HuaweiYun',
		);
	});
	it('find each other in traditional and simplified characters, and pinyin without spaces or tone marks', () => {
		expect(nameForms('华为云')).toEqual(expect.arrayContaining(['华为云', '華為雲']));
		expect(nameForms('華為雲')).toEqual(expect.arrayContaining(['華為雲', '华为云']));
		expect(nameForms('Huáwéi Yún')).toEqual(['Huáwéi Yún', 'Huawei Yun', 'HuaweiYun']);
		const words = searchNames([cloud]).split(' ');
		for (const w of ['華為雲', '為雲', 'HuaweiYun']) expect(words).toContain(w);
		expect(entityNameKeys(cloud)).toEqual(expect.arrayContaining(['huaweicloud', '华为云', '華為雲', 'huaweiyun']));
	});
	it('stay bounded: the words grow linearly with the names, and no page carries more than the cap', () => {
		const long = (n: number) =>
			entity(`long${n}`, {
				name: `Long ${n}`,
				aliases: [{ name: '长沙天仪空间科技研究院有限公司'.repeat(n), lang: 'zh-Hans' }],
			});
		const size = (n: number) => searchNames([long(n)]).length;
		// A Han name of L characters costs at most (forms) × L × (MAX_SUFFIX_CHARS + 1), not L².
		const l = [...'长沙天仪空间科技研究院有限公司'].length;
		for (const n of [1, 4, 8]) expect(size(n)).toBeLessThanOrEqual(4 * (n * l) * (MAX_SUFFIX_CHARS + 1) + 64);
		expect(size(8) / size(4)).toBeLessThan(2.2);
		const many = Array.from({ length: 400 }, (_, i) => long((i % 10) + 1));
		expect(searchNames(many).length).toBeLessThanOrEqual(MAX_NAMES_CHARS);
	});
});

describe("an entry page's search data", () => {
	const data = entrySearchData(corpus, rule);
	const values = (facet: string) => data.filters.filter(([f]) => f === facet).map(([, v]) => v);
	it('gives its type, force, year, acting bodies and every entity it concerns, and no kind (only entity pages have one)', () => {
		expect(values('kind')).toEqual([]);
		expect(values('type')).toEqual(['Entity List rule']);
		expect(values('force')).toEqual(['Binding action']);
		expect(values('year')).toEqual(['2020']);
		expect(values('agency')).toEqual(['U.S. Department of Commerce', 'U.S. Department of Commerce › BIS']);
		expect(values('entity').sort()).toEqual([
			'Bureau of Industry and Security',
			'Entity List',
			'Huawei Cloud',
			'Tiansuan Constellation',
		]);
	});
	it('carries its datetime and the names of all it concerns, aliases included, and nothing the result has another way', () => {
		expect(data.meta).toMatchObject({ datetime: '2020-08-17' });
		// The address gives the id and kind, the facets the type and force, `datetime` the date.
		for (const k of ['id', 'kind', 'type', 'force', 'date']) expect(data.meta, k).not.toHaveProperty(k);
		expect(JSON.parse(data.meta.by!)).toEqual([['bis', 'BIS']]);
		expect(JSON.parse(data.meta.about!)).toEqual([
			['cloud', 'Huawei Cloud'],
			['tiansuan', 'Tiansuan Constellation'],
		]);
		for (const n of ['华为云', 'Huawei Yun', '天算星座', '星座', 'BIS']) expect(data.meta.names).toContain(n);
	});
	it('carries its official citations, and no citation field without any', () => {
		expect(data.meta.citation).toBe('85 FR 51596 · E.O. 13873');
		expect(entrySearchData(corpus, entry('plain', { actors: ['bis'] })).meta).not.toHaveProperty('citation');
	});
});

describe("an entity page's search data", () => {
	it('gives its kind and its own name as facet values, and its aliases once each with their language', () => {
		const data = entitySearchData(corpus, cloud);
		expect(data.filters).toEqual([
			['kind', 'Entities'],
			['entity', 'Huawei Cloud'],
		]);
		expect(JSON.parse(data.meta.aliases!)).toEqual([
			['华为云', 'zh-Hans'],
			['Huawei Yun', 'zh-Latn-pinyin'],
		]);
		expect(data.meta).toMatchObject({ type: 'Company', count: '1 entry', datetime: '2020-08-17' });
		expect(data.meta).not.toHaveProperty('date');
	});
	it('is dated by its latest entry (the date orders read `datetime`), and has no date without entries', () => {
		expect(entitySearchData(corpus, commerce).meta.datetime).toBeUndefined();
		expect(entitySearchData(corpus, cloud).meta.datetime).toBe('2020-08-17');
	});
});

describe("an entity's name keys (for putting it first when the query is one of its names)", () => {
	it('hold every name, short name and alias, in either Chinese script and pinyin run together, once each', () => {
		const keys = entityNameKeys(cloud);
		expect(keys).toEqual(expect.arrayContaining(['huaweicloud', '华为云', '華為雲', 'huaweiyun']));
		expect(new Set(keys).size).toBe(keys.length);
		expect(entityNameKeys(bis)).toEqual(expect.arrayContaining(['bis', 'bureauofindustryandsecurity']));
		expect(entityNameKeys(tiansuan)).toEqual(expect.arrayContaining(['tiansuan', '天算星座']));
	});
});
