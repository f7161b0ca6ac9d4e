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

/** How `undefined` is written, kept apart from absence and from null. */
const UNDEFINED = '\u0000undefined';

/**
 * A serialisation for keys: plain data as JSON, Maps and Sets as tagged arrays of their entries,
 * Dates as ISO strings, `undefined` kept apart from absence, a sealed object (see `sealed`) as
 * its digest. Object keys in the order they were made: the same code building the same data makes
 * the same order, and a different order could only cost a page being rendered again, never a
 * wrong copy, since two values written the same are the same data in the same order.
 * Throws on a cycle, a function, a symbol or a bigint, naming where, so a view model that cannot be
 * keyed is found at build time rather than cached wrongly.
 *
 * Speed: JSON.stringify with a replacer walks the value natively; at 10,000 entries the keys of
 * every page took 7.1 s with a walk of our own in JavaScript (README, Performance).
 */
export function stableJson(value: unknown): string {
	let root = true;
	try {
		return JSON.stringify(value, function (this: unknown, _key: string, v: unknown): unknown {
			const top = root;
			root = false;
			// JSON.stringify has called a Date's toJSON already (null for an invalid one);
			// `this[_key]` is the Date itself.
			const raw = (this as Record<string, unknown>)[_key];
			if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? 'Invalid Date' : raw.toISOString();
			if (v === undefined) return UNDEFINED;
			if (v === null) return v;
			switch (typeof v) {
				case 'string':
				case 'boolean':
					return v;
				case 'number':
					return Number.isFinite(v) ? v : String(v);
				case 'object':
					break;
				default:
					throw new TypeError('not plain data'); // named by the walk below
			}
			if (!top && SEALED.has(v)) return { '\u0000sealed': sealedDigest(v) };
			if (v instanceof Map) return { '\u0000map': [...v] };
			if (v instanceof Set) return { '\u0000set': [...v] };
			return v;
		});
	} catch (e) {
		// Find what it was and where, for the message; rethrow as is if the walk finds nothing.
		whereNotKeyable(value);
		throw e;
	}
}

/** Throws a TypeError naming the first cycle or value that is not plain data in `value`. */
function whereNotKeyable(value: unknown): void {
	const inPath = new Set<object>();
	const walk = (v: unknown, path: string): void => {
		if (typeof v === 'function' || typeof v === 'symbol' || typeof v === 'bigint')
			throw new TypeError(`cacheKey: ${path} is a ${typeof v}; a page's props must be plain data to be keyed.`);
		if (v === null || typeof v !== 'object' || v instanceof Date || SEALED.has(v)) return;
		if (inPath.has(v)) throw new TypeError(`cacheKey: ${path} refers back to itself; a page's props must be a tree.`);
		inPath.add(v);
		if (v instanceof Map) [...v].forEach(([k, x], i) => (walk(k, `${path}.key${i}`), walk(x, `${path}[${String(k)}]`)));
		else if (v instanceof Set) [...v].forEach((x, i) => walk(x, `${path}[${i}]`));
		else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
		else for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
		inPath.delete(v);
	};
	walk(value, 'props');
}

const SEALED = new WeakSet<object>();
/** Sealed values whose whole tree is JSON as it is: no `undefined`, no number JSON cannot write. */
const JSON_AS_IS = new WeakSet<object>();
const DIGESTS = new WeakMap<object, string>();

/**
 * A sealed value's digest, made once. A value that is JSON as it is (most are: records of
 * strings, numbers and lists) is written by JSON.stringify without a replacer, natively, sealed
 * values inside it written out too; any other through `stableJson`. The two writings are told
 * apart by a prefix, so no value of one can be written like a value of the other. At 10,000
 * entries the export records' digests took 1.1 s through `stableJson`.
 */
function sealedDigest(o: object): string {
	let d = DIGESTS.get(o);
	if (d === undefined) {
		const text = JSON_AS_IS.has(o) ? `json\u0000${JSON.stringify(o)}` : `stable\u0000${stableJson(o)}`;
		d = createHash('sha256').update(text).digest('base64url');
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
	/** Whether `v` is JSON as it is (see JSON_AS_IS), sealing it on the way. */
	const freeze = (v: unknown, path: string): boolean => {
		if (v === null || typeof v !== 'object') {
			if (typeof v === 'function' || typeof v === 'symbol')
				throw new TypeError(`sealed: ${path} is a ${typeof v}; only plain data can be sealed.`);
			return (
				typeof v === 'string' || typeof v === 'boolean' || v === null || (typeof v === 'number' && Number.isFinite(v))
			);
		}
		if (SEALED.has(v)) return JSON_AS_IS.has(v);
		const proto = Object.getPrototypeOf(v) as unknown;
		if (!Array.isArray(v) && proto !== Object.prototype && proto !== null)
			throw new TypeError(
				`sealed: ${path} is a ${(v as object).constructor?.name ?? 'object'}; only plain objects and arrays can be sealed.`,
			);
		if (inPath.has(v)) throw new TypeError(`sealed: ${path} refers back to itself; a sealed value must be a tree.`);
		inPath.add(v);
		let asIs = true;
		// A key named toJSON would make JSON.stringify call it, or write the object another way.
		// An array with holes is not: JSON would write a hole as null.
		if (Array.isArray(v)) {
			let items = 0;
			v.forEach((x, i) => (items++, (asIs = freeze(x, `${path}[${i}]`) && asIs)));
			// Every index present, and no other own key (JSON writes neither a hole nor an extra key).
			asIs &&= items === v.length && Object.keys(v).length === v.length;
		} else for (const [k, x] of Object.entries(v)) asIs = freeze(x, `${path}.${k}`) && asIs && k !== 'toJSON';
		inPath.delete(v);
		Object.freeze(v);
		SEALED.add(v);
		if (asIs) JSON_AS_IS.add(v);
		return asIs;
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
