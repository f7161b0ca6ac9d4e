#!/usr/bin/env node
// The last step of `npm run build`, after Pagefind: writes dist/search/entry-ids.json, which maps
// each Pagefind result id (the page's fragment hash) to the entry id of an entry page.
//
// Why: the search page reports the ids of ALL entries matching a search, in display order (for
// the CSV download of a filtered view). Pagefind gives every result's hash at once, but a page's
// URL and meta only by fetching its fragment, one request per result; this map makes the list
// one small file instead of hundreds of requests. Fragments are gzip files holding the marker
// "pagefind_dcd" and JSON (Pagefind's own format; the site tests check the map covers every entry).
//
// It also writes dist/search/date-order.json, the date orders of search: every page's result id
// newest first (an entry by its date, an entity by its latest entry, from the fragment's
// `datetime` meta; ties by id), then the entity pages without entries (`undated` of them, last
// in both orders). Pagefind's own sort keys would put every sort's page order into the file it
// loads for every query (about 12 KB gzip per sort at 10,000 entries); this file loads only
// when results are sorted by date.
// Usage: node scripts/search-ids.mjs [--dir dist]
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

const i = process.argv.indexOf('--dir');
const dist = i > -1 ? process.argv[i + 1] : 'dist';
if (!dist) {
	console.error('search-ids: --dir needs a folder after it, e.g. --dir dist.');
	process.exit(1);
}
const dir = join(dist, 'pagefind', 'fragment');
const MARKER = 'pagefind_dcd';

/** Pagefind result id (fragment hash) → entry id. @type {Record<string, string>} */
const map = {};
/** [full date, hash] of every dated page. @type {[string, string][]} */
const dated = [];
/** @type {string[]} */
const undated = [];
/** `2020`, `2020-03` or `2020-03-04` as a full date that sorts where the page's date does. */
const fullDate = (/** @type {string} */ d) =>
	/^\d{4}$/.test(d) ? `${d}-01-01` : /^\d{4}-\d{2}$/.test(d) ? `${d}-01` : d;
for (const file of readdirSync(dir)
	.filter((f) => f.endsWith('.pf_fragment'))
	.sort()) {
	const raw = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
	if (!raw.startsWith(MARKER))
		throw new Error(`${file}: not a Pagefind fragment this script can read (Pagefind's format changed?)`);
	/** @type {{ url?: string; meta?: { datetime?: string } }} */
	const fragment = JSON.parse(raw.slice(MARKER.length));
	const hash = file.slice(0, -'.pf_fragment'.length);
	// An entry page's address is /entries/<id>/ (src/lib/site/urls.ts); the id is not repeated
	// in a meta field, since Pagefind would index its every word.
	const entryId = /^\/entries\/([^/]+)\/$/.exec(fragment.url ?? '')?.[1];
	if (entryId) map[hash] = decodeURIComponent(entryId);
	const when = fragment.meta?.datetime;
	if (typeof when === 'string' && /^\d{4}(-\d{2}){0,2}$/.test(when)) dated.push([fullDate(when), hash]);
	else if (entryId)
		throw new Error(`${file} (${fragment.url}): an entry page without a datetime meta cannot be put in date order`);
	else undated.push(hash);
}
dated.sort(([a, x], [b, y]) => (a > b ? -1 : a < b ? 1 : x < y ? -1 : x > y ? 1 : 0));
mkdirSync(join(dist, 'search'), { recursive: true });
writeFileSync(join(dist, 'search', 'entry-ids.json'), JSON.stringify(map));
const ids = [...dated.map(([, h]) => h), ...undated];
writeFileSync(join(dist, 'search', 'date-order.json'), JSON.stringify({ ids, undated: undated.length }));
console.log(
	`Wrote ${dist}/search/entry-ids.json: ${Object.keys(map).length} entry pages; date-order.json: ${ids.length} pages, ${undated.length} undated.`,
);
