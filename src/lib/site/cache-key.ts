/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose key
 * and code are unchanged since the last build is copied from that build instead of rendered.
 * A key is sound only when it covers everything the page shows. Pages here are pure functions
 * of their props (the view model each route's `getStaticPaths` computes), so the key is a
 * digest of those props, plus the build-wide values every page's shell shows that are not
 * props (the site configuration read from the environment, the build date). The code a page
 * depends on is Astro's to hash; the MDX body an entry page renders is tracked by Astro too.
 */
import { createHash } from 'node:crypto';

/**
 * A stable serialisation: object keys sorted, Maps and Sets as arrays, Dates as ISO strings,
 * `undefined` kept apart from absence. Throws on a cycle or a function, naming where, so a
 * view model that cannot be keyed is found at build time rather than cached wrongly.
 */
export function stableJson(value: unknown): string {
	const seen = new Set<object>();
	const walk = (v: unknown, path: string, top = false): string => {
		if (v === null) return 'null';
		if (v === undefined) return '"\u0000undefined"';
		switch (typeof v) {
			case 'string':
			case 'boolean':
				return JSON.stringify(v);
			case 'number':
				return Number.isFinite(v) ? JSON.stringify(v) : JSON.stringify(String(v));
			case 'bigint':
				return JSON.stringify(`${v}n`);
			case 'function':
			case 'symbol':
				throw new TypeError(`cacheKey: ${path} is a ${typeof v}; a page's props must be plain data to be keyed.`);
		}
		const o = v as object;
		// A sealed object (deep-frozen plain data, see `sealed`) is keyed by its digest, made once.
		if (!top && SEALED.has(o)) return `{"\u0000sealed":${JSON.stringify(sealedDigest(o))}}`;
		if (o instanceof Date) return JSON.stringify(Number.isNaN(o.getTime()) ? 'Invalid Date' : o.toISOString());
		if (seen.has(o)) throw new TypeError(`cacheKey: ${path} refers back to itself; a page's props must be a tree.`);
		seen.add(o);
		let out: string;
		if (o instanceof Map) {
			out = `{"\u0000map":[${[...o.entries()].map(([k, x], i) => `[${walk(k, `${path}.key${i}`)},${walk(x, `${path}[${String(k)}]`)}]`).join(',')}]}`;
		} else if (o instanceof Set) {
			out = `{"\u0000set":[${[...o].map((x, i) => walk(x, `${path}[${i}]`)).join(',')}]}`;
		} else if (Array.isArray(o)) {
			out = `[${o.map((x, i) => walk(x, `${path}[${i}]`)).join(',')}]`;
		} else {
			const keys = Object.keys(o).sort();
			out = `{${keys.map((k) => `${JSON.stringify(k)}:${walk((o as Record<string, unknown>)[k], `${path}.${k}`)}`).join(',')}}`;
		}
		seen.delete(o);
		return out;
	};
	return walk(value, 'props', true);
}

const SEALED = new WeakSet<object>();
const DIGESTS = new WeakMap<object, string>();

function sealedDigest(o: object): string {
	let d = DIGESTS.get(o);
	if (d === undefined) {
		d = createHash('sha256').update(stableJson(o)).digest('base64url');
		DIGESTS.set(o, d);
	}
	return d;
}

/**
 * Seal plain data that many pages show (the export records: each appears in its CSVs, feeds and
 * data files): deep-frozen, so it cannot change after it is keyed, and from then on keyed by a
 * digest made once (a Merkle digest: a sealed object inside is its digest too) instead of being
 * serialized again for every page that lists it. Only plain objects, arrays and primitives can be
 * sealed: a Map, Set or Date stays mutable when frozen, so it is refused, as is a function or a
 * cycle, naming where. Returns `value`, frozen; code that then tries to change it throws.
 * @example const record = sealed(entryRecord(e, ctx));
 */
export function sealed<T>(value: T): T {
	const inPath = new Set<object>();
	const freeze = (v: unknown, path: string): void => {
		if (v === null || typeof v !== 'object') {
			if (typeof v === 'function' || typeof v === 'symbol')
				throw new TypeError(`sealed: ${path} is a ${typeof v}; only plain data can be sealed.`);
			return;
		}
		if (SEALED.has(v)) return;
		const proto = Object.getPrototypeOf(v) as unknown;
		if (!Array.isArray(v) && proto !== Object.prototype && proto !== null)
			throw new TypeError(
				`sealed: ${path} is a ${(v as object).constructor?.name ?? 'object'}; only plain objects and arrays can be sealed.`,
			);
		if (inPath.has(v)) throw new TypeError(`sealed: ${path} refers back to itself; a sealed value must be a tree.`);
		inPath.add(v);
		if (Array.isArray(v)) v.forEach((x, i) => freeze(x, `${path}[${i}]`));
		else for (const [k, x] of Object.entries(v)) freeze(x, `${path}.${k}`);
		inPath.delete(v);
		Object.freeze(v);
		SEALED.add(v);
	};
	freeze(value, 'value');
	return value;
}

/**
 * The digest that keys one page: its props and the build-wide values (`salt`) its shell shows.
 * @example cacheKey(props, shellSalt) // 'sha256-…'
 */
export function cacheKey(props: unknown, salt: unknown = null): string {
	return `sha256-${createHash('sha256').update(stableJson({ props, salt })).digest('base64url')}`;
}
