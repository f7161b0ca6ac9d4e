/**
 * The incremental cache's marker (scripts/lib/build-cache.mjs), on a folder laid out as Astro
 * leaves its cache: a build that finds the marker of an astro step that never finished drops the
 * manifest and the copies (so astro, finding no manifest, renders every page, as every cold build
 * in incremental.test.ts shows) and writes its own; a finished step removes it; a failed one drops
 * the cache. And the output folder prefilled with the cached pages, and pruned after the build. The end-to-end cases (a warm build reusing pages, `--force` reusing none) are in
 * incremental.test.ts.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { beginCacheWrite, cachePaths, endCacheWrite, pruneUnproduced } from '../scripts/lib/build-cache.mjs';
import { copyInBackground } from '../src/integrations/prefill.ts';

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((r) => rmSync(r, { recursive: true, force: true })));

/** A project folder whose Astro cache holds a manifest, a copied page and the content store. */
function withCache(): string {
	const root = mkdtempSync(join(tmpdir(), 'cct-cache-'));
	roots.push(root);
	const p = cachePaths(root);
	mkdirSync(join(p.copies, 'entries', 'x'), { recursive: true });
	writeFileSync(p.manifest, '{"pages":{}}');
	writeFileSync(join(p.copies, 'entries', 'x', 'index.html'), '<p>old</p>');
	writeFileSync(join(p.dir, 'data-store.json'), '{}');
	return root;
}

describe('the incremental cache marker', () => {
	it('a build after one whose astro step never finished drops the manifest and copies, keeps the content store, and marks itself', () => {
		const root = withCache();
		const p = cachePaths(root);
		writeFileSync(p.pending, JSON.stringify({ pid: 4242, started: '2026-12-01T00:00:00.000Z' }));
		const found = beginCacheWrite(root);
		expect(found).toEqual({ interrupted: true, by: 'the build of 2026-12-01T00:00:00.000Z (pid 4242)' });
		expect(existsSync(p.manifest), 'the manifest of the unfinished build').toBe(false);
		expect(existsSync(p.copies), 'the copies of the unfinished build').toBe(false);
		expect(existsSync(join(p.dir, 'data-store.json')), "Astro's content store").toBe(true);
		expect(JSON.parse(readFileSync(p.pending, 'utf8')).pid, 'this build’s own marker').toBe(process.pid);
	});

	it('an unreadable marker still counts as a build that did not finish', () => {
		const root = withCache();
		writeFileSync(cachePaths(root).pending, 'not json');
		expect(beginCacheWrite(root)).toEqual({ interrupted: true, by: 'a build' });
		expect(existsSync(cachePaths(root).manifest)).toBe(false);
	});

	it('without a marker the cache is kept; a finished step removes the marker, a failed one drops the cache', () => {
		const root = withCache();
		const p = cachePaths(root);
		expect(beginCacheWrite(root)).toEqual({ interrupted: false });
		expect(existsSync(p.manifest)).toBe(true);
		endCacheWrite(root, true);
		expect(existsSync(p.pending)).toBe(false);
		expect(existsSync(p.manifest), 'a finished build keeps its cache').toBe(true);
		beginCacheWrite(root);
		endCacheWrite(root, false);
		expect(existsSync(p.manifest), 'a failed build drops the manifest').toBe(false);
		expect(existsSync(p.copies), 'and the copies').toBe(false);
		expect(existsSync(p.pending)).toBe(false);
	});
});

describe('the output folder prefilled with the cached pages (src/integrations/prefill.ts)', () => {
	/** A cache of three pages, and a manifest (as Astro writes it) that records `recorded`. */
	function cacheOf(recorded: string[]): string {
		const root = mkdtempSync(join(tmpdir(), 'cct-prefill-'));
		roots.push(root);
		const p = cachePaths(root);
		for (const f of ['entries/a/index.html', 'entries/b/index.html', 'entities/c/page/2/index.html']) {
			mkdirSync(join(p.copies, f, '..'), { recursive: true });
			writeFileSync(join(p.copies, f), `<p>${f}</p>`);
		}
		const paths = Object.fromEntries(recorded.map((f) => [`/${f}`, { cacheKey: 'k', outputFile: f }]));
		writeFileSync(p.manifest, JSON.stringify({ version: 1, routes: { 'src/pages/x.astro': { paths } } }));
		return root;
	}

	it('copies every cached page in, byte for byte, and notes each one', async () => {
		const root = cacheOf([]);
		const out = join(root, 'out');
		const copied = await copyInBackground(cachePaths(root).copies, out);
		expect([...copied.keys()].sort()).toEqual([
			'entities/c/page/2/index.html',
			'entries/a/index.html',
			'entries/b/index.html',
		]);
		expect(readFileSync(join(out, 'entries/b/index.html'), 'utf8')).toBe('<p>entries/b/index.html</p>');
	});

	it('removes, after the build, the copies the build neither recorded nor wrote, with the folders they leave empty', async () => {
		// The build recorded a (kept as copied), wrote b itself (a page no longer keyed), and made no c.
		const root = cacheOf(['entries/a/index.html']);
		const out = join(root, 'out');
		const copied = await copyInBackground(cachePaths(root).copies, out);
		await new Promise((ok) => setTimeout(ok, 20));
		writeFileSync(join(out, 'entries/b/index.html'), '<p>rendered by this build</p>');
		expect(pruneUnproduced(root, out, copied)).toEqual(['entities/c/page/2/index.html']);
		expect(existsSync(join(out, 'entries/a/index.html'))).toBe(true);
		expect(readFileSync(join(out, 'entries/b/index.html'), 'utf8')).toBe('<p>rendered by this build</p>');
		expect(existsSync(join(out, 'entities'))).toBe(false);
		expect(pruneUnproduced(root, out, new Map())).toEqual([]);
	});
});
