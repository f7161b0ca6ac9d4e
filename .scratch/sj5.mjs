import { stableJson2 } from './sj2.ts';
const SEALED = new WeakSet();
const UNDEF = '\u0000undefined';
function replacer(k, v) {
  if (v === undefined) return UNDEF;
  if (v === null || typeof v !== 'object') {
    if (typeof v === 'function' || typeof v === 'symbol' || typeof v === 'bigint') throw new TypeError('x');
    if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
    return v;
  }
  if (v instanceof Map) return { '\u0000map': [...v] };
  if (v instanceof Set) return { '\u0000set': [...v] };
  return v;
}
const fast = (p) => JSON.stringify(p, replacer);
function mk(n) {
  const items = [];
  for (let i = 0; i < n; i++) items.push({ id: 'entry-' + i, title: 'Title number ' + i + ' about a cloud company', date: '2023-04-25', html: '<p>' + 'word '.repeat(30) + '</p>', links: [{ href: '/entries/x' + i + '/', rel: 'alternate' }], tags: ['a', 'b', 'c'], n: i, flag: i % 2 === 0, u: undefined, m: new Map([['a', 1]]), nested: { deep: { deeper: [1, 2, 3, 'x'] } } });
  return { spec: { id: 'feed', title: 'Feed' }, items, ctx: { origin: 'https://x', buildDate: '2026-12-01' } };
}
const pages = Array.from({ length: 626 }, () => mk(40));
for (let r = 0; r < 3; r++) {
  for (const f of [stableJson2, fast, (p) => JSON.stringify(p)]) {
    let t = performance.now(); let len = 0;
    for (const p of pages) { len += f(p).length; }
    console.log(f.name, 'ms', (performance.now() - t).toFixed(0), 'MB', (len / 1e6).toFixed(1));
  }
}
