import { describe, expect, it } from 'vitest';
import { pageCount, pageOf, restPageParams } from './pagination.ts';

describe('one [...page] route per list', () => {
	it('gives page 1 the list URL and page n page/n, and reads them back', () => {
		expect(restPageParams(1)).toEqual([{ page: undefined }]);
		expect(restPageParams(0)).toEqual([{ page: undefined }]);
		expect(restPageParams(3)).toEqual([{ page: undefined }, { page: 'page/2' }, { page: 'page/3' }]);
		expect(restPageParams(3).map((p) => pageOf(p.page))).toEqual([1, 2, 3]);
	});
	it('refuses what is not a page', () => {
		for (const bad of ['page/0', 'page/01', 'page/x', '2', 'page/2/extra'])
			expect(() => pageOf(bad), bad).toThrow(/not a page/);
	});
	it('counts pages, at least one', () => {
		expect(pageCount(0, 100)).toBe(1);
		expect(pageCount(100, 100)).toBe(1);
		expect(pageCount(101, 100)).toBe(2);
		expect(pageCount(250, 100)).toBe(3);
	});
});
