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
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CACHE_DIR } from './build-cache.mjs';

/** The file, relative to the project root. */
export const SCAN_CACHE = join(CACHE_DIR, 'page-scan.json');
const VERSION = 1;

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

/**
 * Scan pages, skipping those whose bytes were found clean by the same scanner before.
 * @param {string} root the project root
 * @param {string[]} files the HTML files to scan
 * @param {(html: string) => string[]} scan the scanner: its breaches, [] when clean
 * @param {string} scanner `scannerDigest(…)`
 * @returns {{ breaches: { file: string, found: string[] }[], scanned: number, remembered: number }}
 */
export function scanWithMemory(root, files, scan, scanner) {
	const path = join(root, SCAN_CACHE);
	/** @type {Set<string>} */
	let known = new Set();
	try {
		const saved = JSON.parse(readFileSync(path, 'utf8'));
		if (saved?.version === VERSION && saved.scanner === scanner && Array.isArray(saved.clean))
			known = new Set(saved.clean);
	} catch {
		// No memory yet, or an unreadable one: scan everything.
	}
	/** @type {{ file: string, found: string[] }[]} */
	const breaches = [];
	/** @type {string[]} */
	const clean = [];
	let scanned = 0;
	let remembered = 0;
	for (const file of files) {
		const bytes = readFileSync(file);
		const digest = sha(bytes);
		if (known.has(digest)) {
			remembered++;
			clean.push(digest);
			continue;
		}
		scanned++;
		const found = scan(bytes.toString('utf8'));
		if (found.length) breaches.push({ file, found });
		else clean.push(digest);
	}
	try {
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, JSON.stringify({ version: VERSION, scanner, clean: [...new Set(clean)] }));
	} catch {
		// A memory that cannot be written only costs the next build time.
	}
	return { breaches, scanned, remembered };
}
