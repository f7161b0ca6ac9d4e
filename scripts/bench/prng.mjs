// A small deterministic PRNG (mulberry32) with the helpers the corpus generator needs, so the
// same seed always gives the same corpus on any machine.

/**
 * @typedef {ReturnType<typeof prng>} Rng
 */

/** @param {number} seed */
export function prng(seed) {
	let a = seed >>> 0;
	const next = () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const rng = {
		next,
		/** Integer in [lo, hi]. @type {(lo: number, hi: number) => number} */
		int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
		/** @type {(p: number) => boolean} */
		chance: (p) => next() < p,
		/** @type {<T>(arr: readonly T[]) => T} */
		pick: (arr) => /** @type {any} */ (arr[Math.floor(next() * arr.length)]),
		/**
		 * Pick by weights: `[[value, weight], ...]`.
		 * @template T
		 * @param {readonly (readonly [T, number])[]} pairs
		 * @returns {T}
		 */
		weighted(pairs) {
			const total = pairs.reduce((s, [, w]) => s + w, 0);
			let r = next() * total;
			for (const [v, w] of pairs) if ((r -= w) < 0) return v;
			return /** @type {readonly [T, number]} */ (pairs[pairs.length - 1])[0];
		},
		/**
		 * Fisher–Yates, in place.
		 * @template T
		 * @param {T[]} arr
		 * @returns {T[]}
		 */
		shuffle(arr) {
			for (let i = arr.length - 1; i > 0; i--) {
				const j = Math.floor(next() * (i + 1));
				[arr[i], arr[j]] = [/** @type {T} */ (arr[j]), /** @type {T} */ (arr[i])];
			}
			return arr;
		},
		/**
		 * `k` distinct items, each chosen by `pickOne` (gives up after a few tries).
		 * @template T
		 * @param {number} k
		 * @param {() => T} pickOne
		 * @returns {T[]}
		 */
		distinct(k, pickOne) {
			/** @type {T[]} */
			const out = [];
			for (let tries = 0; out.length < k && tries < k * 8; tries++) {
				const v = pickOne();
				if (!out.includes(v)) out.push(v);
			}
			return out;
		},
	};
	return rng;
}

/**
 * A Zipf-like sampler over `items` (rank 1 most likely), exponent `s`: real corpora are skewed,
 * a few entities (the Entity List, the big companies) appear in a large share of entries.
 * @template T
 * @param {{ next: () => number }} rng
 * @param {readonly T[]} items
 * @param {number} [s]
 * @returns {() => T}
 */
export function zipf(rng, items, s = 1) {
	/** @type {number[]} */
	const cum = [];
	let total = 0;
	for (let i = 0; i < items.length; i++) cum.push((total += 1 / Math.pow(i + 1, s)));
	return () => {
		const r = rng.next() * total;
		let lo = 0;
		let hi = cum.length - 1;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (/** @type {number} */ (cum[mid]) < r) lo = mid + 1;
			else hi = mid;
		}
		return /** @type {T} */ (items[lo]);
	};
}
