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
	const walk = (v: unknown, path: string): string => {
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
	return walk(value, 'props');
}

/**
 * The digest that keys one page: its props and the build-wide values (`salt`) its shell shows.
 * @example cacheKey(props, shellSalt) // 'sha256-…'
 */
export function cacheKey(props: unknown, salt: unknown = null): string {
	return `sha256-${createHash('sha256').update(stableJson({ props, salt })).digest('base64url')}`;
}
