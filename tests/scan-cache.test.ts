import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
});
