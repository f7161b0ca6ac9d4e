#!/usr/bin/env node
// The last step of `npm run build`, after Pagefind: writes dist/search/entry-ids.json, which maps
// each Pagefind result id (the page's fragment hash) to the entry id of an entry page.
//
// Why: the search page reports the ids of ALL entries matching a search, in display order (for
// the CSV download of a filtered view). Pagefind gives every result's hash at once, but a page's
// URL and meta only by fetching its fragment, one request per result; this map makes the list
// one small file instead of hundreds of requests. Fragments are gzip files holding the marker
// "pagefind_dcd" and JSON (Pagefind's own format; the site tests check the map covers every entry).
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
for (const file of readdirSync(dir)
	.filter((f) => f.endsWith('.pf_fragment'))
	.sort()) {
	const raw = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
	if (!raw.startsWith(MARKER))
		throw new Error(`${file}: not a Pagefind fragment this script can read (Pagefind's format changed?)`);
	/** @type {{ meta?: { kind?: string; id?: string } }} */
	const fragment = JSON.parse(raw.slice(MARKER.length));
	if (fragment.meta?.kind === 'entry' && fragment.meta.id)
		map[file.slice(0, -'.pf_fragment'.length)] = fragment.meta.id;
}
mkdirSync(join(dist, 'search'), { recursive: true });
writeFileSync(join(dist, 'search', 'entry-ids.json'), JSON.stringify(map));
console.log(`Wrote ${dist}/search/entry-ids.json: ${Object.keys(map).length} entry pages.`);
