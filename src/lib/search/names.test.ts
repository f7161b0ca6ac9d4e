import { describe, expect, it } from 'vitest';
import { foldDiacritics, latinForms, nameKey } from './names.ts';
import { pinNamed } from './results.ts';

describe('names as people type them', () => {
	it('fold tone marks and diacritics', () => {
		expect(foldDiacritics('Huáwéi Yún')).toBe('Huawei Yun');
		expect(foldDiacritics('Ālǐbābā')).toBe('Alibaba');
		expect(foldDiacritics('华为云')).toBe('华为云');
	});
	it('reduce to one key whatever the case, spacing, width or tone marks', () => {
		expect(nameKey('Huáwéi Yún')).toBe('huaweiyun');
		expect(nameKey('HUAWEI  YUN')).toBe('huaweiyun');
		expect(nameKey('ｈｕａｗｅｉ')).toBe('huawei');
		expect(nameKey('华为 云')).toBe('华为云');
	});
	it('give the Latin forms to index: folded, and run together', () => {
		expect(latinForms('Huawei Yun')).toEqual(['HuaweiYun']);
		expect(latinForms('Huáwéi Yún')).toEqual(['Huawei Yun', 'HuaweiYun']);
		expect(latinForms('华为云')).toEqual([]);
		expect(latinForms('Tiansuan')).toEqual([]);
	});
});

describe('pinning the named entity', () => {
	const r = (id: string, url: string, meta: Record<string, string>) => ({ id, url, meta });
	const results = [
		r('senator', '/entities/senator/', { eid: 'senator', keys: 'marcorubio rubio' }),
		r('other', '/entries/2023-04-25-a/', { concerns: 'senator' }),
		r('mine', '/entries/2020-08-17-b/', { concerns: 'bis cloud' }),
		r('cloud', '/entities/cloud/', { eid: 'cloud', keys: 'huaweicloud 华为云 華為雲 huaweiyun' }),
	];
	it('puts the entity first, then its entries, for any of its name keys', () => {
		for (const q of ['Huawei Cloud', '華為雲', 'huawei yun', 'Huáwéi Yún'])
			expect(
				pinNamed(results, q).map((x) => x.id),
				q,
			).toEqual(['cloud', 'mine', 'senator', 'other']);
	});
	it('keeps relevance order when the query names no entity exactly', () => {
		expect(pinNamed(results, 'huawei').map((x) => x.id)).toEqual(['senator', 'other', 'mine', 'cloud']);
	});
});
