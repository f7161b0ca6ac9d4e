import { describe, expect, it } from 'vitest';
import { cacheKey, sealed, stableJson } from './cache-key.ts';

describe('cacheKey', () => {
	it('is the same for the same data made the same way, and keys Maps, Sets and Dates by their contents', () => {
		const make = () => ({ a: 1, b: [1, 2], m: new Map([['k', { v: 1 }]]), s: new Set(['x']), u: undefined });
		expect(cacheKey(make())).toBe(cacheKey(make()));
		expect(cacheKey({ d: new Date('2023-04-25T00:00:00Z') })).toBe(cacheKey({ d: new Date('2023-04-25T00:00:00Z') }));
		expect(cacheKey({ d: new Date('2023-04-25T00:00:00Z') })).not.toBe(
			cacheKey({ d: new Date('2023-04-26T00:00:00Z') }),
		);
		expect(cacheKey({ d: new Date(Number.NaN) })).not.toBe(cacheKey({ d: null }));
		expect(cacheKey(new Map([['k', 1]]))).not.toBe(cacheKey(new Map([['k', 2]])));
		expect(cacheKey(new Set(['x']))).not.toBe(cacheKey(new Set(['y'])));
		expect(cacheKey({ n: Number.NaN })).not.toBe(cacheKey({ n: null }));
		// Keys in the order they were made: another order may key apart (a page rendered again),
		// never together with different data.
		expect(stableJson({ a: 1, b: 2 })).toBe('{"a":1,"b":2}');
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
	describe('sealed records', () => {
		it('key by their digest: equal data gives equal keys, any change inside a different key', () => {
			const a = () => ({ id: 'x', rows: [{ n: 1, t: 'A' }], nested: { deep: ['y'] } });
			const plain = a();
			const one = sealed(a());
			const two = sealed(a());
			expect(cacheKey({ records: [one] })).toBe(cacheKey({ records: [two] }));
			const changed = sealed({ ...a(), nested: { deep: ['y.'] } });
			expect(cacheKey({ records: [changed] })).not.toBe(cacheKey({ records: [one] }));
			// Not the plain serialization: shared records are digested once, not written out again.
			const key = stableJson({ r: one });
			expect(key).toMatch(/^\{"r":\{"\\u0000sealed":"[\w-]{43}"\}\}$/);
			expect(stableJson({ r: plain })).toBe(stableJson({ r: a() }));
		});
		it('cannot change once sealed (deep-frozen), so a digest made once stays true', () => {
			const r = sealed({ a: { b: [1, { c: 'd' }] } });
			expect(Object.isFrozen(r.a.b[1])).toBe(true);
			expect(() => {
				(r.a.b[1] as { c: string }).c = 'e';
			}).toThrow(TypeError);
			expect(() => (r.a.b as unknown[]).push(2)).toThrow(TypeError);
		});
		it('refuses what could change while frozen, or cannot be keyed, naming where', () => {
			expect(() => sealed({ a: [{ d: new Date(0) }] })).toThrow(/value\.a\[0\]\.d is a Date/);
			expect(() => sealed({ m: new Map() })).toThrow(/value\.m is a Map/);
			expect(() => sealed({ f: () => 1 })).toThrow(/value\.f is a function/);
			const cyclic: Record<string, unknown> = {};
			cyclic['self'] = cyclic;
			expect(() => sealed(cyclic)).toThrow(/value\.self refers back to itself/);
		});
		it('keys values JSON cannot write as they are apart from the values JSON would write them as', () => {
			// JSON.stringify writes undefined in a list, a hole and NaN as null, and leaves out an
			// undefined field: a sealed value holding one is digested through stableJson instead.
			const pairs: [unknown, unknown][] = [
				[{ a: [null] }, { a: [undefined] }],
				[{ a: [null] }, { a: [,] }], // eslint-disable-line no-sparse-arrays
				[{ a: null }, { a: Number.NaN }],
				[{ a: null }, { a: Infinity }],
				[{}, { a: undefined }],
				[{ a: [1] }, { a: [1], b: undefined }],
				[{ a: [1, null, 3] }, { a: Object.assign([1, , 3], { foo: 'x' }) }], // eslint-disable-line no-sparse-arrays
			];
			for (const [x, y] of pairs)
				expect(stableJson({ r: sealed(x) }), `${String(JSON.stringify(x))} vs its look-alike`).not.toBe(
					stableJson({ r: sealed(y) }),
				);
			// And the same data sealed twice is keyed the same, by either writing.
			expect(stableJson({ r: sealed({ a: [1, 'x'] }) })).toBe(stableJson({ r: sealed({ a: [1, 'x'] }) }));
			expect(stableJson({ r: sealed({ a: [undefined] }) })).toBe(stableJson({ r: sealed({ a: [undefined] }) }));
			// A sealed value inside one that JSON can write as it is changes the outer digest too.
			const inner = (t: string) => sealed({ t });
			expect(stableJson({ r: sealed({ list: [inner('a')] }) })).not.toBe(
				stableJson({ r: sealed({ list: [inner('b')] }) }),
			);
		});

		it('a sealed value shared by two places is keyed the same in both', () => {
			const shared = sealed({ id: 's', text: 'x'.repeat(100) });
			expect(stableJson({ a: shared, b: shared })).toBe(
				stableJson({ a: sealed({ id: 's', text: 'x'.repeat(100) }), b: shared }),
			);
		});
	});
});
