/**
 * Memoization keyed by object identity. Pages of a build receive the same build-wide arrays
 * (the corpus's entries, one entity's entries) again and again; a derivation wrapped here runs
 * once per array and every later page reuses its result, so building N pages over the same
 * list costs one pass, not N. A `WeakMap` lets a cache go when its key does (tests build many
 * corpora).
 */

/**
 * Wrap a one-argument function so it runs once per argument object.
 * @example const pagesOf = memoize((entries: Entry[]) => paginate(entries, 'newest'));
 */
export function memoize<K extends object, V>(fn: (key: K) => V): (key: K) => V {
	const cache = new WeakMap<K, V>();
	return (key) => {
		if (cache.has(key)) return cache.get(key) as V;
		const value = fn(key);
		cache.set(key, value);
		return value;
	};
}

/**
 * Like `memoize`, with a second, primitive argument (an order, a page size) in the key.
 * @example const pages = memoizeBy((entries: Entry[], order: Order) => paginate(entries, order));
 */
export function memoizeBy<K extends object, A extends string | number, V>(
	fn: (key: K, arg: A) => V,
): (key: K, arg: A) => V {
	const cache = new WeakMap<K, Map<A, V>>();
	return (key, arg) => {
		let byArg = cache.get(key);
		if (!byArg) cache.set(key, (byArg = new Map()));
		if (byArg.has(arg)) return byArg.get(arg) as V;
		const value = fn(key, arg);
		byArg.set(arg, value);
		return value;
	};
}
