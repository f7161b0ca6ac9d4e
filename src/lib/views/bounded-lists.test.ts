import { describe, expect, it } from 'vitest';
import { bounded, entriesWithMoreRelated, RELATED_ON_PAGE, relatedPages, relatedUrl } from './bounded-lists.ts';
import type { Entry } from '../model/schema.ts';

describe('bounded lists', () => {
	it('keeps a short list whole', () => {
		expect(bounded([1, 2, 3], 5)).toEqual({ shown: [1, 2, 3], more: 0, total: 3 });
	});
	it('keeps the last items of a long list and counts the rest', () => {
		const b = bounded(
			Array.from({ length: 1000 }, (_, i) => i),
			10,
		);
		expect(b.shown).toEqual([990, 991, 992, 993, 994, 995, 996, 997, 998, 999]);
		expect(b.more).toBe(990);
		expect(b.total).toBe(1000);
	});
	it('gives a related page only to entries with more than the page shows', () => {
		const e = (id: string) => ({ id }) as Entry;
		const m = new Map([
			['a', Array.from({ length: RELATED_ON_PAGE }, (_, i) => e(`x${i}`))],
			['b', Array.from({ length: RELATED_ON_PAGE + 1 }, (_, i) => e(`y${i}`))],
		]);
		expect(entriesWithMoreRelated(m)).toEqual(['b']);
		expect(relatedUrl('b')).toBe('/entries/b/related/');
		expect(relatedUrl('b', 3)).toBe('/entries/b/related/page/3/');
		expect(relatedPages(0)).toBe(1);
		expect(relatedPages(250)).toBe(3);
	});
});
