const SEALED = new WeakSet<object>();
function sealedDigest(o: object): string { return 'x'; }
const UNDEF = '"\u0000undefined"';
export function stableJson2(value: unknown): string {
	const seen = new Set<object>();
	const trail: (string | number)[] = [];
	const where = (): string => {
		let p = 'props';
		for (const s of trail) p += typeof s === 'number' ? `[${s}]` : s;
		return p;
	};
	const walk = (v: unknown, top: boolean): string => {
		if (v === null) return 'null';
		switch (typeof v) {
			case 'string':
				return JSON.stringify(v);
			case 'boolean':
				return v ? 'true' : 'false';
			case 'number':
				return Number.isFinite(v) ? JSON.stringify(v) : JSON.stringify(String(v));
			case 'undefined':
				return UNDEF;
			case 'bigint':
				return JSON.stringify(`${v}n`);
			case 'function':
			case 'symbol':
				throw new TypeError(`cacheKey: ${where()} is a ${typeof v}; a page's props must be plain data to be keyed.`);
		}
		const o = v as object;
		if (!top && SEALED.has(o)) return `{"\u0000sealed":${JSON.stringify(sealedDigest(o))}}`;
		if (o instanceof Date) return JSON.stringify(Number.isNaN(o.getTime()) ? 'Invalid Date' : o.toISOString());
		if (seen.has(o)) throw new TypeError(`cacheKey: ${where()} refers back to itself; a page's props must be a tree.`);
		seen.add(o);
		let out: string;
		if (Array.isArray(o)) {
			out = '[';
			for (let i = 0; i < o.length; i++) {
				trail.push(i);
				out += (i ? ',' : '') + walk(o[i], false);
				trail.pop();
			}
			out += ']';
		} else if (o instanceof Map) {
			out = '{"\u0000map":[';
			let i = 0;
			for (const [k, x] of o) {
				trail.push(`.key${i}`);
				const ks = walk(k, false);
				trail.pop();
				trail.push(`[${String(k)}]`);
				out += `${i ? ',' : ''}[${ks},${walk(x, false)}]`;
				trail.pop();
				i++;
			}
			out += ']}';
		} else if (o instanceof Set) {
			out = '{"\u0000set":[';
			let i = 0;
			for (const x of o) {
				trail.push(i);
				out += (i ? ',' : '') + walk(x, false);
				trail.pop();
				i++;
			}
			out += ']}';
		} else {
			const keys = Object.keys(o).sort();
			out = '{';
			for (let i = 0; i < keys.length; i++) {
				const k = keys[i]!;
				trail.push(`.${k}`);
				out += `${i ? ',' : ''}${JSON.stringify(k)}:${walk((o as Record<string, unknown>)[k], false)}`;
				trail.pop();
			}
			out += '}';
		}
		seen.delete(o);
		return out;
	};
	return walk(value, true);
}
