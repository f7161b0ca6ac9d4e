import { describe, expect, it } from 'vitest';
import {
	dateRanks,
	entryIdsOf,
	excerptParts,
	metaPairs,
	nameKey,
	orderByDate,
	pinResults,
	resultKind,
	resultsLine,
	resultView,
} from './results.ts';

describe('excerpts', () => {
	it("split into plain and highlighted runs, with Pagefind's escapes undone as text", () => {
		expect(excerptParts('a <mark>b</mark> &lt;img src=x onerror=alert(1)&gt; <mark>c</mark>')).toEqual([
			{ text: 'a ', mark: false },
			{ text: 'b', mark: true },
			{ text: ' <img src=x onerror=alert(1)> ', mark: false },
			{ text: 'c', mark: true },
		]);
	});
	it('treat anything but <mark> as text', () => {
		expect(excerptParts('<b>x</b> AT&T')).toEqual([{ text: '<b>x</b> AT&T', mark: false }]);
		expect(excerptParts('')).toEqual([]);
	});
});

describe('meta pairs', () => {
	it('read [id, label] pairs and survive anything malformed', () => {
		expect(metaPairs('[["bis","BIS"],["x"],[1,2],"y"]')).toEqual([['bis', 'BIS']]);
		expect(metaPairs('{')).toEqual([]);
		expect(metaPairs('{"a":1}')).toEqual([]);
		expect(metaPairs(undefined)).toEqual([]);
	});
});

describe('the results line', () => {
	it('counts results by kind, naming one kind alone', () => {
		expect(resultsLine(4, { Entries: 3, Entities: 1 })).toBe('4 results: 3 entries, 1 entity');
		expect(resultsLine(2, { Entries: 2 })).toBe('2 entries');
		expect(resultsLine(1, { Entities: 1 })).toBe('1 entity');
		expect(resultsLine(1200, { Entries: 1000, Entities: 200 })).toBe('1,200 results: 1,000 entries, 200 entities');
		expect(resultsLine(0)).toBe('No results');
	});
	it('quotes the query as typed', () => {
		expect(resultsLine(4, { Entries: 3, Entities: 1 }, ' <img src=x> ')).toBe(
			'4 results for “<img src=x>”: 3 entries, 1 entity',
		);
		expect(resultsLine(1, { Entries: 1 }, '华为云')).toBe('1 entry for “华为云”');
		expect(resultsLine(0, {}, 'zzz')).toBe('No results for “zzz”');
	});
});

describe('entry ids of results', () => {
	it("keep the results' order and skip pages that are not entries", () => {
		const map = { h1: '2020-01-01-a', h3: '2019-01-01-c' };
		expect(entryIdsOf([{ id: 'h3' }, { id: 'h2' }, { id: 'h1' }, { id: 'toString' }], map)).toEqual([
			'2019-01-01-c',
			'2020-01-01-a',
		]);
	});
});

describe('exact names', () => {
	it('compare without case, spacing, punctuation or full-width forms', () => {
		expect(nameKey('HUAWEI  CLOUD')).toBe(nameKey('Huawei Cloud'));
		expect(nameKey('ＢＵＰＴ')).toBe('bupt');
		expect(nameKey('Co., Ltd.')).toBe('coltd');
		expect(nameKey(' 天算 ')).toBe('天算');
	});
	it('put the entity first, then its entries, keeping relevance order within each', () => {
		const r = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }));
		expect(pinResults(r, new Set(['d']), new Set(['b', 'd', 'e'])).map((x) => x.id)).toEqual(['d', 'b', 'e', 'a', 'c']);
		expect(pinResults(r, new Set(), new Set()).map((x) => x.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
	});
});

describe('date order', () => {
	const order = dateRanks({ ids: ['new', 'mid', 'old', 'none1', 'none2'], undated: 2 });
	const ids = (xs: { id: string }[]) => xs.map((x) => x.id);
	const shuffled = [{ id: 'none2' }, { id: 'old' }, { id: 'unknown' }, { id: 'new' }, { id: 'none1' }, { id: 'mid' }];
	it('puts results newest first, or oldest first, with undated and unknown pages last either way', () => {
		expect(ids(orderByDate(shuffled, order, 'newest'))).toEqual(['new', 'mid', 'old', 'none1', 'none2', 'unknown']);
		expect(ids(orderByDate(shuffled, order, 'oldest'))).toEqual(['old', 'mid', 'new', 'none1', 'none2', 'unknown']);
	});
	it('keeps what it is given and changes nothing in place', () => {
		const copy = [...shuffled];
		orderByDate(shuffled, order, 'oldest');
		expect(shuffled).toEqual(copy);
		expect(orderByDate([], order, 'newest')).toEqual([]);
	});
});

describe('resultView', () => {
	it('reads an entry result: kind from the address, type and force from its facets, date from datetime', () => {
		const v = resultView({
			url: '/entries/2020-08-17-bis-adds-huawei-cloud/',
			meta: {
				title: 'BIS adds Huawei Cloud',
				datetime: '2020-08-17',
				citation: '85 FR 51596',
				by: '[["bis","BIS"]]',
				about: '[["huawei-cloud","Huawei Cloud"]]',
			},
			filters: { type: ['Entity List rule'], force: ['Binding action'], year: ['2020'] },
		});
		expect(v).toEqual({
			kind: 'entry',
			url: '/entries/2020-08-17-bis-adds-huawei-cloud/',
			title: 'BIS adds Huawei Cloud',
			type: 'Entity List rule',
			force: 'binding',
			date: 'Aug. 17, 2020',
			datetime: '2020-08-17',
			citation: '85 FR 51596',
			count: undefined,
			aliases: [],
			by: [['bis', 'BIS']],
			about: [['huawei-cloud', 'Huawei Cloud']],
		});
	});
	it('reads an entity result: its kind label from meta, no force, its latest date to the month', () => {
		const v = resultView({
			url: '/entities/huawei-cloud/',
			meta: {
				title: 'Huawei Cloud',
				type: 'Company',
				count: '3 entries',
				datetime: '2023-04',
				aliases: '[["华为云","zh-Hans"]]',
			},
			filters: { kind: ['Entities'], entity: ['Huawei Cloud'] },
		});
		expect(v).toMatchObject({
			kind: 'entity',
			type: 'Company',
			force: undefined,
			date: 'April 2023',
			count: '3 entries',
		});
		expect(v.aliases).toEqual([['华为云', 'zh-Hans']]);
	});
	it('survives a fragment with nothing usable: the address as title, no date, no force', () => {
		const v = resultView({
			url: '/entries/x/',
			meta: { datetime: 'soon', by: 'not json' },
			filters: { force: ['Unheard of'] },
		});
		expect(v).toMatchObject({ title: '/entries/x/', type: '', force: undefined, date: undefined, by: [] });
		expect(resultView({ url: '/entries/y/', meta: {} }).type).toBe('');
	});
	it('tells the two kinds apart by address', () => {
		expect(resultKind('/entities/bis/')).toBe('entity');
		expect(resultKind('/entries/2020-08-17-x/')).toBe('entry');
	});
});
