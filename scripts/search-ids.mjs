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
//
// A memo between builds (node_modules/.astro/search-ids.json, beside Astro's cache; the
// SEARCH_IDS_MEMO variable names another file): what each fragment gave (its entry id and full
// date, or none), keyed by the SHA-256 of the fragment file's bytes. Every file is still read
// and hashed, but a rebuild changes few fragments, and at 10,000 a run that remembers them all
// takes a third of the time of one that unzips and parses them all (0.5 s against 1.6 s).
// Keyed by content, not by name: a fragment's name is a 7-hex-character prefix of a hash, which
// two pages can share, so a name does not tell one fragment from another, and after such a clash
// the same bytes can sit under another name in the next build; the result id is always the
// file's name in this build. Only fragments that passed the checks above are remembered; the
// memo is rewritten with exactly this build's fragments. A memo that is missing, unreadable or
// malformed, or written by another version of this script, is ignored (every fragment is read),
// and one that cannot be written is left (a note on stderr): either way only time is lost, never
// the output or the build.
// Usage: node scripts/search-ids.mjs [--dir dist]
import { hash as digestOf } from 'node:crypto';
import {
	closeSync,
	mkdirSync,
	openSync,
	readdirSync,
	readFileSync,
	readSync,
	renameSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { SEARCH_IDS_MEMO } from './lib/build-cache.mjs';

const i = process.argv.indexOf('--dir');
const dist = i > -1 ? process.argv[i + 1] : 'dist';
if (!dist) {
	console.error('search-ids: --dir needs a folder after it, e.g. --dir dist.');
	process.exit(1);
}
const dir = join(dist, 'pagefind', 'fragment');
const MARKER = 'pagefind_dcd';

/** The memo's format; a memo of another format, or of another version of this script, is not read. */
const VERSION = 1;
const MEMO = process.env.SEARCH_IDS_MEMO || join(fileURLToPath(new URL('..', import.meta.url)), SEARCH_IDS_MEMO);
const sha256 = (/** @type {Buffer} */ b) => digestOf('sha256', b, 'hex');
const SCRIPT = sha256(readFileSync(fileURLToPath(import.meta.url)));
/** What a fragment gives: its entry id (entry pages) and full date (dated pages), or null. @typedef {[string | null, string | null]} Found */
const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A memo value as this script stores it: a valid fragment's, as checked below. */
const isFound = (/** @type {unknown} */ v) =>
	Array.isArray(v) &&
	v.length === 2 &&
	(v[0] === null || (typeof v[0] === 'string' && v[0] !== '')) &&
	(v[1] === null || (typeof v[1] === 'string' && FULL_DATE.test(v[1]))) &&
	(v[0] === null || v[1] !== null);
/** The memo of an earlier build: fragment digest → what it gave; null when there is none to trust. @returns {Map<string, Found> | null} */
function readMemo() {
	try {
		const m = JSON.parse(readFileSync(MEMO, 'utf8'));
		if (m?.version !== VERSION || m.script !== SCRIPT || typeof m.fragments !== 'object' || !m.fragments) return null;
		const found = new Map(Object.entries(m.fragments));
		for (const [k, v] of found) if (!/^[0-9a-f]{64}$/.test(k) || !isFound(v)) return null;
		return found;
	} catch {
		return null; // none yet, or unreadable: every fragment is read
	}
}
const memo = readMemo();

/** Pagefind result id (fragment hash) → entry id. @type {Record<string, string>} */
const map = {};
/** [full date, hash] of every dated page. @type {[string, string][]} */
const dated = [];
/** @type {string[]} */
const undated = [];
/** This build's fragments: digest → what it gave (the next build's memo). @type {Map<string, Found>} */
const seen = new Map();
let read = 0;
/** `2020`, `2020-03` or `2020-03-04` as a full date that sorts where the page's date does. */
const fullDate = (/** @type {string} */ d) =>
	/^\d{4}$/.test(d) ? `${d}-01-01` : /^\d{4}-\d{2}$/.test(d) ? `${d}-01` : d;
/** One buffer for every fragment in turn: a fresh one per file (readFileSync) is 2.5 times slower. */
let buffer = Buffer.allocUnsafe(1 << 16);
/** The whole of the file at `path`, in `buffer` until the next call. @param {string} path */
function readBytes(path) {
	const fd = openSync(path, 'r');
	try {
		for (let n = 0; ;) {
			if (n === buffer.length) {
				const larger = Buffer.allocUnsafe(buffer.length * 2);
				buffer.copy(larger, 0, 0, n);
				buffer = larger;
			}
			const got = readSync(fd, buffer, n, buffer.length - n, null);
			if (got === 0) return buffer.subarray(0, n);
			n += got;
		}
	} finally {
		closeSync(fd);
	}
}
/** @param {string} file @param {Buffer} bytes @returns {Found} */
function parse(file, bytes) {
	const raw = gunzipSync(bytes).toString('utf8');
	if (!raw.startsWith(MARKER))
		throw new Error(`${file}: not a Pagefind fragment this script can read (Pagefind's format changed?)`);
	/** @type {{ url?: string; meta?: { datetime?: string } }} */
	const fragment = JSON.parse(raw.slice(MARKER.length));
	// An entry page's address is /entries/<id>/ (src/lib/site/urls.ts); the id is not repeated
	// in a meta field, since Pagefind would index its every word.
	const entryId = /^\/entries\/([^/]+)\/$/.exec(fragment.url ?? '')?.[1];
	const when = fragment.meta?.datetime;
	const date = typeof when === 'string' && /^\d{4}(-\d{2}){0,2}$/.test(when) ? fullDate(when) : null;
	if (entryId && !date)
		throw new Error(`${file} (${fragment.url}): an entry page without a datetime meta cannot be put in date order`);
	return [entryId ? decodeURIComponent(entryId) : null, date];
}
for (const file of readdirSync(dir)
	.filter((f) => f.endsWith('.pf_fragment'))
	.sort()) {
	const bytes = readBytes(join(dir, file));
	const digest = sha256(bytes);
	let found = memo?.get(digest);
	if (!found) {
		found = parse(file, bytes);
		read++;
	}
	seen.set(digest, found);
	const hash = file.slice(0, -'.pf_fragment'.length);
	const [entryId, date] = found;
	if (entryId) map[hash] = entryId;
	if (date) dated.push([date, hash]);
	else undated.push(hash);
}
dated.sort(([a, x], [b, y]) => (a > b ? -1 : a < b ? 1 : x < y ? -1 : x > y ? 1 : 0));
mkdirSync(join(dist, 'search'), { recursive: true });
writeFileSync(join(dist, 'search', 'entry-ids.json'), JSON.stringify(map));
const ids = [...dated.map(([, h]) => h), ...undated];
writeFileSync(join(dist, 'search', 'date-order.json'), JSON.stringify({ ids, undated: undated.length }));
const files = dated.length + undated.length;
console.log(
	`Wrote ${dist}/search/entry-ids.json: ${Object.keys(map).length} entry pages; date-order.json: ${ids.length} pages, ${undated.length} undated; fragments: ${read} read, ${files - read} remembered.`,
);

// The next build's memo: exactly this build's fragments (left as it is when it holds just those).
if (!memo || read > 0 || memo.size !== seen.size) {
	const tmp = `${MEMO}.${process.pid}.tmp`;
	try {
		mkdirSync(dirname(MEMO), { recursive: true });
		writeFileSync(tmp, JSON.stringify({ version: VERSION, script: SCRIPT, fragments: Object.fromEntries(seen) }));
		renameSync(tmp, MEMO); // whole or not at all, even with two builds at once
	} catch (e) {
		try {
			rmSync(tmp, { force: true });
		} catch {
			/* nothing more to do: the memo is only ever read whole, by its own name */
		}
		console.error(
			`search-ids: could not write the memo ${MEMO} (the next build reads every fragment): ${e instanceof Error ? e.message : e}`,
		);
	}
}
