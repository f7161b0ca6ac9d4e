import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { scanPage } from '../src/lib/check/page-scan.ts';
import { SCAN_CACHE, scanWithMemory } from '../scripts/lib/scan-cache.mjs';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
function project(pages: Record<string, string>) {
	const root = mkdtempSync(join(tmpdir(), 'scan-cache-'));
	dirs.push(root);
	for (const [name, html] of Object.entries(pages)) writeFileSync(join(root, name), html);
	return { root, files: Object.keys(pages).map((n) => join(root, n)) };
}
const clean = (n: number) => `<!doctype html><html><body><p>page ${n}</p></body></html>`;
const hostile = '<!doctype html><html><body><p onclick="x()">hi</p></body></html>';

describe('the page scan remembers clean pages between builds', () => {
	it('parses only pages whose bytes it has not found clean before, with the same scanner', () => {
		const { root, files } = project({ 'a.html': clean(1), 'b.html': clean(2) });
		const calls: string[] = [];
		const scan = (html: string) => (calls.push(html), scanPage(html));
		expect(scanWithMemory(root, files, scan, 's1')).toMatchObject({ scanned: 2, remembered: 0, breaches: [] });
		writeFileSync(files[1]!, clean(3));
		calls.length = 0;
		expect(scanWithMemory(root, files, scan, 's1')).toMatchObject({ scanned: 1, remembered: 1, breaches: [] });
		expect(calls).toEqual([clean(3)]);
		// Another scanner (its source, the policy or the lockfile changed) forgets everything.
		expect(scanWithMemory(root, files, scan, 's2')).toMatchObject({ scanned: 2, remembered: 0 });
	});

	it('never remembers a page with a breach, so it fails every build', () => {
		const { root, files } = project({ 'a.html': clean(1), 'bad.html': hostile });
		for (let i = 0; i < 2; i++) {
			const r = scanWithMemory(root, files, scanPage, 's1');
			expect(r.breaches).toHaveLength(1);
			expect(r.breaches[0]!.file).toMatch(/bad\.html$/);
			expect(r.breaches[0]!.found.join(' ')).toMatch(/event handler attribute onclick=/);
		}
		const saved = JSON.parse(readFileSync(join(root, SCAN_CACHE), 'utf8')) as { clean: string[] };
		expect(saved.clean).toHaveLength(1);
	});

	it('scans everything when its memory is unreadable', () => {
		const { root, files } = project({ 'a.html': clean(1) });
		scanWithMemory(root, files, scanPage, 's1');
		writeFileSync(join(root, SCAN_CACHE), '{not json');
		expect(scanWithMemory(root, files, scanPage, 's1')).toMatchObject({ scanned: 1, remembered: 0 });
	});

	describe("with the cached copies (npm run build: pages copied from Astro's cache, times kept)", () => {
		/** A build folder `out` and a cache folder `cache` with the same pages, as prefill leaves them. */
		function twoFolders(pages: Record<string, string>) {
			const root = mkdtempSync(join(tmpdir(), 'scan-cache-'));
			dirs.push(root);
			const cache = join(root, 'cache');
			mkdirSync(cache);
			for (const [name, html] of Object.entries(pages)) writeFileSync(join(cache, name), html);
			const out = join(root, 'out-1');
			cpSync(cache, out, { recursive: true, preserveTimestamps: true });
			return { root, cache, out, files: (dir: string) => Object.keys(pages).map((n) => join(dir, n)) };
		}
		/** The next build's folder: the cache copied in again, times kept. */
		const nextBuild = (root: string, cache: string, n: number) => {
			const out = join(root, `out-${n}`);
			cpSync(cache, out, { recursive: true, preserveTimestamps: true });
			return out;
		};

		it('reads a page again only when it is not an untouched copy of a copy found clean', () => {
			const { root, cache, out, files } = twoFolders({ 'a.html': clean(1), 'b.html': clean(2) });
			const first = scanWithMemory(root, files(out), scanPage, 's1', { out, cache });
			expect(first).toMatchObject({ scanned: 2, remembered: 0, unread: 0 });
			const out2 = nextBuild(root, cache, 2);
			expect(scanWithMemory(root, files(out2), scanPage, 's1', { out: out2, cache })).toMatchObject({
				scanned: 0,
				remembered: 2,
				unread: 2,
			});
			// Astro renders b again, hostile now, and writes its cached copy too: read, parsed, refused,
			// and never remembered, by digest or by time.
			const out3 = nextBuild(root, cache, 3);
			writeFileSync(join(out3, 'b.html'), hostile);
			writeFileSync(join(cache, 'b.html'), hostile);
			for (let i = 0; i < 2; i++) {
				const r = scanWithMemory(root, files(out3), scanPage, 's1', { out: out3, cache });
				expect(r).toMatchObject({ scanned: 1, remembered: 1, unread: 1 });
				expect(r.breaches.map((b) => b.file)).toEqual([join(out3, 'b.html')]);
			}
			const out4 = nextBuild(root, cache, 4);
			expect(scanWithMemory(root, files(out4), scanPage, 's1', { out: out4, cache }).breaches).toHaveLength(1);
		});

		it('never takes a cached copy for a clean page unless it holds the same bytes', () => {
			const bad = '<!doctype html><html><body><iframe src="x"></iframe></body></html>';
			const good = `<!doctype html><html><body><p>${'y'.repeat(bad.length - 48)}</p></body></html>`;
			expect(good.length).toBe(bad.length);
			const { root, cache, out, files } = twoFolders({ 'a.html': good });
			// Something else wrote the cached copy during the build: hostile, of the page's very length.
			writeFileSync(join(cache, 'a.html'), bad);
			expect(scanWithMemory(root, files(out), scanPage, 's1', { out, cache })).toMatchObject({ breaches: [] });
			const out2 = nextBuild(root, cache, 2);
			const r = scanWithMemory(root, files(out2), scanPage, 's1', { out: out2, cache });
			expect(r).toMatchObject({ unread: 0, scanned: 1 });
			expect(r.breaches).toHaveLength(1);
		});

		it('keeps the digests of the pages it did not read, so identical pages rendered again are not parsed', () => {
			const { root, cache, out, files } = twoFolders({ 'a.html': clean(1), 'b.html': clean(2) });
			scanWithMemory(root, files(out), scanPage, 's1', { out, cache });
			const out2 = nextBuild(root, cache, 2);
			expect(scanWithMemory(root, files(out2), scanPage, 's1', { out: out2, cache })).toMatchObject({ unread: 2 });
			// Astro renders both again (a change to the code they depend on), to the same bytes.
			const out3 = join(root, 'out-3');
			mkdirSync(out3);
			for (const [n, html] of [
				['a.html', clean(1)],
				['b.html', clean(2)],
			] as const) {
				writeFileSync(join(out3, n), html);
				writeFileSync(join(cache, n), html);
			}
			expect(scanWithMemory(root, files(out3), scanPage, 's1', { out: out3, cache })).toMatchObject({
				scanned: 0,
				remembered: 2,
				unread: 0,
			});
		});

		it('remembers a page Astro rendered during this build by the copy it wrote beside it', () => {
			const { root, cache, out, files } = twoFolders({ 'a.html': clean(1) });
			// Rendered this build: the page and its cached copy written anew (same bytes).
			writeFileSync(join(out, 'a.html'), clean(5));
			writeFileSync(join(cache, 'a.html'), clean(5));
			expect(scanWithMemory(root, files(out), scanPage, 's1', { out, cache })).toMatchObject({
				scanned: 1,
				unread: 0,
			});
			const out2 = nextBuild(root, cache, 2);
			expect(scanWithMemory(root, files(out2), scanPage, 's1', { out: out2, cache })).toMatchObject({
				scanned: 0,
				unread: 1,
			});
		});

		it('does not take a copy of another size, or one older than the build beside a new page, for the page', () => {
			const { root, cache, out, files } = twoFolders({ 'a.html': clean(1) });
			// The page was rewritten (new time) but its cached copy is an old one of the same length.
			const old = statSync(join(cache, 'a.html'));
			writeFileSync(join(out, 'a.html'), clean(2));
			writeFileSync(join(cache, 'a.html'), clean(3));
			utimesSync(join(cache, 'a.html'), old.atime, old.mtime);
			scanWithMemory(root, files(out), scanPage, 's1', { out, cache });
			const out2 = nextBuild(root, cache, 2);
			expect(scanWithMemory(root, files(out2), scanPage, 's1', { out: out2, cache })).toMatchObject({
				unread: 0,
			});
			// A cached copy of another size than the page is never taken for it.
			const out3 = join(root, 'out-3');
			mkdirSync(out3);
			writeFileSync(join(out3, 'a.html'), clean(4));
			writeFileSync(join(cache, 'a.html'), `${clean(4)}\n`);
			scanWithMemory(root, files(out3), scanPage, 's1', { out: out3, cache });
			const out4 = nextBuild(root, cache, 4);
			expect(scanWithMemory(root, files(out4), scanPage, 's1', { out: out4, cache })).toMatchObject({
				unread: 0,
			});
		});
	});
});
