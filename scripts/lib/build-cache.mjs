// @ts-check
/**
 * Astro's incremental build cache (`experimental.incrementalBuild` in astro.config.mjs), as
 * `npm run build` (scripts/build.mjs) keeps it. Astro writes it into its `cacheDir`:
 * `incremental-build.json` (for each keyed page, its cache key, the hash of the code it depends
 * on and the content it rendered) and `dist/` (a copy of each keyed page as rendered). A later
 * build copies a page from `dist/` instead of rendering it when key and hashes match.
 *
 * The cache is outside the build's output folder, so it survives the build's swap of its
 * temporary folder into `dist/`, and the copies are addressed by their path inside the output
 * folder, so they stay valid whatever that folder is called.
 *
 * Astro writes the copies while it renders but the manifest only at the end. A build that
 * stops half-way (an error, a signal, the machine going down) can therefore leave copies that
 * no longer match the manifest of the build before it: a later build would trust that manifest
 * and restore the wrong copy. So a marker file is written before `astro build` starts and
 * removed only when it has succeeded; a build that finds the marker, or whose astro step
 * failed, drops the manifest and the copies, and the next build renders every page.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';

/** Astro's cache folder, relative to the project root (Astro's default; astro.config.mjs sets it). */
export const CACHE_DIR = 'node_modules/.astro';
/** Astro's names inside it (node_modules/astro/dist/core/build/incremental.js). */
export const MANIFEST = 'incremental-build.json';
export const COPIES = 'dist';
/** Ours: present while an `astro build` that may write the cache is running. */
export const PENDING = 'incremental-build.pending';
/** scripts/search-ids.mjs's memo, relative to the project root. */
export const SEARCH_IDS_MEMO = join(CACHE_DIR, 'search-ids.json');

/** @param {string} root */
export const cachePaths = (root) => {
	const dir = join(root, CACHE_DIR);
	return { dir, manifest: join(dir, MANIFEST), copies: join(dir, COPIES), pending: join(dir, PENDING) };
};

/**
 * Drop the incremental cache (manifest and copies, and the marker): the next build renders
 * every page. Astro's other caches (the content store) are left alone.
 * @param {string} root
 */
export function dropIncrementalCache(root) {
	const p = cachePaths(root);
	rmSync(p.manifest, { force: true });
	rmSync(p.copies, { recursive: true, force: true });
	rmSync(p.pending, { force: true });
}

/**
 * Before `astro build`: when a marker says an earlier astro step never finished, its cache is not
 * to be trusted and is dropped; then the marker is written for this build. Returns what was found.
 * @param {string} root
 * @returns {{ interrupted: false } | { interrupted: true, by: string }}
 */
export function beginCacheWrite(root) {
	const p = cachePaths(root);
	/** @type {{ interrupted: false } | { interrupted: true, by: string }} */
	let found = { interrupted: false };
	if (existsSync(p.pending)) {
		let by = 'a build';
		try {
			const m = JSON.parse(readFileSync(p.pending, 'utf8'));
			by = `the build of ${m.started} (pid ${m.pid})`;
		} catch {
			/* unreadable: still a build that did not finish */
		}
		dropIncrementalCache(root);
		found = { interrupted: true, by };
	}
	mkdirSync(p.dir, { recursive: true });
	writeFileSync(p.pending, JSON.stringify({ pid: process.pid, started: new Date().toISOString() }));
	return found;
}

/**
 * After `astro build`: on success the cache is consistent and the marker goes; on failure the
 * cache is dropped.
 * @param {string} root
 * @param {boolean} ok
 */
export function endCacheWrite(root, ok) {
	if (ok) rmSync(cachePaths(root).pending, { force: true });
	else dropIncrementalCache(root);
}

/**
 * After a successful `astro build` into a folder prefilled with the cache's pages (src/integrations/prefill.ts): a copied page that this build neither
 * recorded in Astro's new manifest nor wrote (an entry or a page of a list that is gone) is
 * removed, with the folders it leaves empty, so the output holds what a cold build gives and
 * nothing more (tests/incremental.test.ts compares the two). Returns the paths removed.
 * @param {string} root
 * @param {string} outDir
 * @param {Map<string, bigint>} copied each copied file (relative path) and its mtime (ns) right after the copy
 * @returns {string[]}
 */
export function pruneUnproduced(root, outDir, copied) {
	if (!copied.size) return [];
	/** @type {Set<string>} */
	const produced = new Set();
	const manifest = JSON.parse(readFileSync(cachePaths(root).manifest, 'utf8'));
	for (const route of Object.values(manifest?.routes ?? {}))
		for (const path of Object.values(
			/** @type {{ paths?: Record<string, { outputFile?: string }> }} */ (route).paths ?? {},
		))
			if (typeof path.outputFile === 'string') produced.add(path.outputFile);
	/** @type {string[]} */
	const removed = [];
	for (const [f, mtime] of copied) {
		if (produced.has(f)) continue;
		const file = join(outDir, f);
		let now;
		try {
			now = statSync(file, { bigint: true }).mtimeNs;
		} catch {
			continue; // already gone
		}
		if (now !== mtime) continue; // written by this build (a page no longer keyed, say): it stays
		rmSync(file);
		removed.push(f);
		for (let d = dirname(file); d.startsWith(outDir + sep) && readdirSync(d).length === 0; d = dirname(d)) rmdirSync(d);
	}
	return removed;
}

/** Colour codes, when astro writes them. */
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/**
 * Count, in `astro build`'s output, the pages it wrote: rendered ones, and the ones copied from
 * the cache, which it marks `(cached)` (the page was already in the output folder) or
 * `(restored)` (copied from the cache folder).
 */
export class PageTally {
	rendered = 0;
	reused = 0;
	/** @param {string} line one line of astro's output, colours removed */
	see(line) {
		const plain = line.replace(ANSI, '');
		if (!/^\S*\s*[├└]─ /.test(plain)) return;
		if (/\((cached|restored)\)\s*$/.test(plain)) this.reused++;
		else this.rendered++;
	}
	/** The line `npm run build` prints, or undefined when astro listed no page. */
	summary() {
		const total = this.rendered + this.reused;
		if (!total) return undefined;
		return `Astro wrote ${total} files: ${this.rendered} rendered, ${this.reused} reused unchanged from the last build (incremental cache).`;
	}
}
