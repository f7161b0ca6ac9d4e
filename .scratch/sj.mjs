import { stableJson } from '../src/lib/site/cache-key.ts';
import { createHash } from 'node:crypto';
function mk(n) {
  const items = [];
  for (let i = 0; i < n; i++) items.push({ id: 'entry-' + i, title: 'Title number ' + i + ' about a cloud company', date: '2023-04-25', html: '<p>' + 'word '.repeat(300) + '</p>', links: [{ href: '/entries/x' + i + '/', rel: 'alternate' }], tags: ['a', 'b', 'c'], n: i, flag: i % 2 === 0, nested: { deep: { deeper: [1, 2, 3, 'x'] } } });
  return { spec: { id: 'feed', title: 'Feed' }, items, ctx: { origin: 'https://x', buildDate: '2026-12-01' } };
}
const pages = Array.from({ length: 626 }, () => mk(40));
for (let r = 0; r < 3; r++) {
  let t = performance.now(); let len = 0;
  for (const p of pages) { const s = stableJson(p); len += s.length; createHash('sha256').update(s).digest('base64url'); }
  console.log('stableJson+hash ms', (performance.now() - t).toFixed(0), 'MB', (len / 1e6).toFixed(1));
  t = performance.now();
  for (const p of pages) { JSON.stringify(p); }
  console.log('JSON.stringify ms', (performance.now() - t).toFixed(0));
}
