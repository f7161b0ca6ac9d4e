// A small deterministic PRNG (mulberry32) with the helpers the corpus generator needs, so the
// same seed always gives the same corpus on any machine.

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
		/** Integer in [lo, hi]. */
		int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
		chance: (p) => next() < p,
		pick: (arr) => arr[Math.floor(next() * arr.length)],
		/** Pick by weights: `[[value, weight], ...]`. */
		weighted(pairs) {
			const total = pairs.reduce((s, [, w]) => s + w, 0);
			let r = next() * total;
			for (const [v, w] of pairs) if ((r -= w) < 0) return v;
			return pairs[pairs.length - 1][0];
		},
		/** Fisher–Yates, in place. */
		shuffle(arr) {
			for (let i = arr.length - 1; i > 0; i--) {
				const j = Math.floor(next() * (i + 1));
				[arr[i], arr[j]] = [arr[j], arr[i]];
			}
			return arr;
		},
		/** `k` distinct items, each chosen by `pickOne` (gives up after a few tries). */
		distinct(k, pickOne) {
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
 */
export function zipf(rng, items, s = 1) {
	const cum = [];
	let total = 0;
	for (let i = 0; i < items.length; i++) cum.push((total += 1 / Math.pow(i + 1, s)));
	return () => {
		const r = rng.next() * total;
		let lo = 0;
		let hi = cum.length - 1;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (cum[mid] < r) lo = mid + 1;
			else hi = mid;
		}
		return items[lo];
	};
}
