import { describe, expect, it } from 'vitest';
import { memoize, memoizeBy } from './memo.ts';

describe('memoize', () => {
	it('runs once per argument object and returns the same result', () => {
		let calls = 0;
		const total = memoize((xs: number[]) => (calls++, xs.reduce((a, b) => a + b, 0)));
		const a = [1, 2, 3];
		expect([total(a), total(a), total(a)]).toEqual([6, 6, 6]);
		expect(calls).toBe(1);
	});

	it('keys by identity: an equal but different array is computed afresh', () => {
		let calls = 0;
		const copy = memoize((xs: number[]) => (calls++, [...xs]));
		const r1 = copy([1]);
		const r2 = copy([1]);
		expect(calls).toBe(2);
		expect(r1).not.toBe(r2);
	});

	it('caches undefined results too', () => {
		let calls = 0;
		const nothing = memoize((_: object) => void calls++);
		const key = {};
		nothing(key);
		nothing(key);
		expect(calls).toBe(1);
	});
});

describe('memoizeBy', () => {
	it('keeps one result per (object, argument) pair', () => {
		const seen: string[] = [];
		const f = memoizeBy((xs: string[], order: 'up' | 'down') => {
			seen.push(order);
			return order === 'up' ? [...xs].sort() : [...xs].sort().reverse();
		});
		const xs = ['b', 'a', 'c'];
		expect(f(xs, 'up')).toEqual(['a', 'b', 'c']);
		expect(f(xs, 'down')).toEqual(['c', 'b', 'a']);
		expect(f(xs, 'up')).toBe(f(xs, 'up'));
		expect(seen).toEqual(['up', 'down']);
	});
});
