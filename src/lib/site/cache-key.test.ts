import { describe, expect, it } from 'vitest';
import { cacheKey, stableJson } from './cache-key.ts';

describe('cacheKey', () => {
	it('is the same for the same data whatever the key order, Map or Set order aside', () => {
		expect(cacheKey({ a: 1, b: [1, 2] })).toBe(cacheKey({ b: [1, 2], a: 1 }));
		expect(cacheKey({ d: new Date('2023-04-25T00:00:00Z') })).toBe(cacheKey({ d: new Date('2023-04-25T00:00:00Z') }));
	});
	it('changes when any value, however deep, changes, and when the salt changes', () => {
		const base = { entry: { title: 'A', related: [{ id: 'x', title: 'X' }] } };
		const edited = { entry: { title: 'A', related: [{ id: 'x', title: 'X.' }] } };
		expect(cacheKey(base)).not.toBe(cacheKey(edited));
		expect(cacheKey(base, { buildDate: '2026-12-01' })).not.toBe(cacheKey(base, { buildDate: '2026-12-02' }));
		expect(cacheKey({ a: undefined })).not.toBe(cacheKey({}));
		expect(cacheKey({ a: null })).not.toBe(cacheKey({ a: undefined }));
		expect(cacheKey(new Map([['a', 1]]))).not.toBe(cacheKey({ a: 1 }));
		expect(cacheKey(['1'])).not.toBe(cacheKey([1]));
	});
	it('refuses what it cannot key, naming where', () => {
		const cyclic: Record<string, unknown> = { a: {} };
		(cyclic.a as Record<string, unknown>).back = cyclic;
		expect(() => stableJson(cyclic)).toThrow(/props\.a\.back refers back to itself/);
		expect(() => stableJson({ f: () => 1 })).toThrow(/props\.f is a function/);
	});
	it('keeps a shared (non-cyclic) object that appears twice', () => {
		const shared = { id: 's' };
		expect(stableJson({ a: shared, b: shared })).toBe('{"a":{"id":"s"},"b":{"id":"s"}}');
	});
});
