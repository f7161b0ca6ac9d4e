// @ts-check
/**
 * The page scan's memory between builds (`npm run build`, scripts/build.mjs). The scan
 * (src/lib/check/page-scan.ts) parses every built page, about 2 ms a page; after an editor's
 * change most pages are copies Astro restored from its incremental cache, byte for byte the
 * pages an earlier build scanned. So the digests (SHA-256) of pages found clean are kept in
 * `node_modules/.astro/page-scan.json`, and a page whose bytes have a digest found clean before,
 * by the same scanner, is not parsed again. Only clean pages are remembered: a page with a
 * breach fails the build every time.
 *
 * "The same scanner" is a digest of the scanner's sources (page-scan.ts and csp.ts, whose
 * policy the scan compares with), the policy itself and the lockfile (the HTML parser's version):
 * a change to any of them forgets every page. A clean clone (CI) has no memory, so it scans
 * every page.
 *
 * Reading every page to take its digest costs about 1.6 s at 10,000 entries (12,900 pages), for
 * pages that are, after an edit, nearly all the copies `npm run build` put into its new folder
 * from Astro's cache (src/integrations/prefill.ts, which keeps each copy's modification time).
 * So the memory also keeps, for each page found clean, the size and modification time (to the
 * ms) of Astro's cached copy of it, with the page's digest, when that copy holds the very same
 * bytes (read and compared, its time the same before and after the read: for the pages a build
 * renders or finds unknown, not for the ones it skips). A page of the next build with that path,
 * size and time is that copy, untouched, and is not read; it keeps its digest in the memory. Any
 * write gives a file a new time, so a page Astro renders again, or one changed by hand, is read
 * and its digest looked up as before.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { CACHE_DIR } from './build-cache.mjs';

/** The file, relative to the project root. */
export const SCAN_CACHE = join(CACHE_DIR, 'page-scan.json');
const VERSION = 3;

/** @param {string | Buffer} data */
const sha = (data) => createHash('sha256').update(data).digest('base64url');

/**
 * The scanner's identity: its sources, the policy it compares with, and the lockfile.
 * @param {string} root
 * @param {string} policy the site's Content-Security-Policy <meta> as the scan expects it
 */
export function scannerDigest(root, policy) {
	const part = (/** @type {string} */ file) => (existsSync(join(root, file)) ? readFileSync(join(root, file)) : '');
	return sha(
		[part('src/lib/check/page-scan.ts'), part('src/lib/site/csp.ts'), part('package-lock.json'), policy].join('\u0000'),
	);
}

/** @param {string} file @returns {{ size: bigint, mtimeNs: bigint } | undefined} */
const statOf = (file) => {
	try {
		return statSync(file, { bigint: true });
	} catch {
		return undefined;
	}
};

/**
 * A file's size and modification time to the millisecond: a copy made with its time kept
 * (Node's cpSync sets it through a double, so the last microsecond can differ) has the same.
 * @param {{ size: bigint, mtimeNs: bigint }} st
 */
const signature = (st) => `${st.size}:${st.mtimeNs / 1_000_000n}`;

/**
 * Scan pages, skipping those whose bytes were found clean by the same scanner before.
 * @param {string} root the project root
 * @param {string[]} files the HTML files to scan
 * @param {(html: string) => string[]} scan the scanner: its breaches, [] when clean
 * @param {string} scanner `scannerDigest(…)`
 * @param {{ out: string, cache: string }} [copies] the folder the files are in and the folder of
 *   Astro's cached copies (the same paths inside): untouched cached copies are then known by size
 *   and time (see above)
 * @returns {{ breaches: { file: string, found: string[] }[], scanned: number, remembered: number, unread: number }}
 *   `remembered` pages were not parsed, `unread` of them not even read (known by size and time)
 */
export function scanWithMemory(root, files, scan, scanner, copies) {
	const path = join(root, SCAN_CACHE);
	/** @type {Set<string>} */
	let known = new Set();
	/** @type {Record<string, [string, string]>} path → [signature, digest] of a clean cached copy */
	let knownCopies = {};
	try {
		const saved = JSON.parse(readFileSync(path, 'utf8'));
		if (saved?.version === VERSION && saved.scanner === scanner && Array.isArray(saved.clean)) {
			known = new Set(saved.clean);
			if (saved.copies && typeof saved.copies === 'object') knownCopies = saved.copies;
		}
	} catch {
		// No memory yet, or an unreadable one: scan everything.
	}
	/** @type {{ file: string, found: string[] }[]} */
	const breaches = [];
	/** @type {string[]} */
	const clean = [];
	/** @type {Record<string, [string, string]>} */
	const cleanCopies = {};
	let scanned = 0;
	let remembered = 0;
	let unread = 0;
	for (const file of files) {
		const rel = copies ? relative(copies.out, file).split(sep).join('/') : undefined;
		const own = copies ? statOf(file) : undefined;
		const sig = own ? signature(own) : undefined;
		const was = rel !== undefined && Object.hasOwn(knownCopies, rel) ? knownCopies[rel] : undefined;
		if (sig !== undefined && Array.isArray(was) && was[0] === sig && typeof was[1] === 'string') {
			remembered++;
			unread++;
			clean.push(was[1]);
			cleanCopies[/** @type {string} */ (rel)] = [sig, was[1]];
			continue;
		}
		const bytes = readFileSync(file);
		const digest = sha(bytes);
		/** @type {string[]} */
		let found = [];
		if (known.has(digest)) remembered++;
		else {
			scanned++;
			found = scan(bytes.toString('utf8'));
		}
		if (found.length) {
			breaches.push({ file, found });
			continue;
		}
		clean.push(digest);
		if (!copies || rel === undefined || !own) continue;
		// Astro's cached copy of this page, remembered by its size and time only when it holds the
		// very bytes just found clean (its time taken before and after the read, and the same).
		const cachedFile = join(copies.cache, rel);
		const before = statOf(cachedFile);
		if (!before || before.size !== BigInt(bytes.length)) continue;
		let cachedBytes;
		try {
			cachedBytes = readFileSync(cachedFile);
		} catch {
			continue;
		}
		const after = statOf(cachedFile);
		if (after && signature(after) === signature(before) && cachedBytes.equals(bytes))
			cleanCopies[rel] = [signature(before), digest];
	}
	try {
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, JSON.stringify({ version: VERSION, scanner, clean: [...new Set(clean)], copies: cleanCopies }));
	} catch {
		// A memory that cannot be written only costs the next build time.
	}
	return { breaches, scanned, remembered, unread };
}
