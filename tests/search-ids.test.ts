/**
 * scripts/search-ids.mjs, the last step of `npm run build`, run as the build runs it (a child
 * process, `--dir <folder>`) on folders of fragments written as Pagefind writes them (gzip of
 * "pagefind_dcd" and JSON), with its memo (SEARCH_IDS_MEMO) in a temporary file: the same files
 * with a memo as without; the memo holds exactly the fragments of the last run, keyed by the
 * digest of their bytes, so a fragment whose bytes changed is read again whatever the memo says,
 * and two files of the same bytes both get their ids; a memo that is corrupt, of another format
 * or cannot be written changes nothing but the time; a fragment the script rejects is rejected
 * with a memo too. That the map covers every entry of a real build is in search.test.ts.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from './helpers/run.ts';

const SCRIPT = join(import.meta.dirname, '..', 'scripts', 'search-ids.mjs');

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((r) => rmSync(r, { recursive: true, force: true })));

/** A temporary folder holding `site/pagefind/fragment/` and room for a memo. */
function box(): { root: string; site: string; fragments: string; memo: string } {
	const root = mkdtempSync(join(tmpdir(), 'cct-search-ids-'));
	roots.push(root);
	const site = join(root, 'site');
	const fragments = join(site, 'pagefind', 'fragment');
	mkdirSync(fragments, { recursive: true });
	return { root, site, fragments, memo: join(root, 'memo.json') };
}

/** A fragment's bytes as Pagefind writes them, for a page at `url` with an optional datetime meta. */
function fragment(url: string, datetime?: string, words = 'policy action'): Buffer {
	const meta: Record<string, string> = { title: url };
	if (datetime !== undefined) meta.datetime = datetime;
	const json = { url, content: words, word_count: words.split(' ').length, filters: {}, meta, anchors: [] };
	return gzipSync(`pagefind_dcd${JSON.stringify(json)}`);
}

const put = (dir: string, name: string, bytes: Buffer) => writeFileSync(join(dir, `${name}.pf_fragment`), bytes);
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** The digests of the fragment files in `dir`, sorted. */
const digestsOf = (dir: string) => [...new Set(readdirSync(dir).map((f) => sha256(readFileSync(join(dir, f)))))].sort();

/** Run the script on `site` with the memo `memo`: its exit, output and the two files it wrote. */
async function searchIds(site: string, memo: string) {
	const r = await run(process.execPath, [SCRIPT, '--dir', site], {
		cwd: import.meta.dirname,
		env: { SEARCH_IDS_MEMO: memo },
		timeoutMs: 60_000,
	});
	const read = (f: string) => {
		try {
			return readFileSync(join(site, 'search', f), 'utf8');
		} catch {
			return undefined;
		}
	};
	const out = { ids: read('entry-ids.json'), order: read('date-order.json') };
	rmSync(join(site, 'search'), { recursive: true, force: true }); // each run writes its own
	return { ...r, out };
}

/** The memo file: format version, script digest and digest → what the fragment gave. */
const memoOf = (file: string) =>
	JSON.parse(readFileSync(file, 'utf8')) as { version: number; script: string; fragments: Record<string, unknown> };

/** The counts at the end of the script's line (after the counts scripts/build.mjs and the bench read). */
const counts = (stdout: string) => /fragments: (\d+) read, (\d+) remembered\.$/m.exec(stdout)?.slice(1).map(Number);

/** Six pages: entries dated to the day, month and year (two on one day), a dated entity, an undated one. */
function sixPages(dir: string) {
	put(dir, 'en_0a1b2c3', fragment('/entries/alpha/', '2024-03-05'));
	put(dir, 'en_1b2c3d4', fragment('/entries/caf%C3%A9/', '2024-03'));
	put(dir, 'en_2c3d4e5', fragment('/entries/gamma/', '2023'));
	put(dir, 'en_3d4e5f6', fragment('/entries/delta/', '2024-03-05'));
	put(dir, 'en_4e5f6a7', fragment('/entities/acme/', '2024-03-05'));
	// Larger than the script's first read buffer (64 KB), as an entity page listing many entries can be.
	put(dir, 'en_5f6a7b8', fragment('/entities/quiet-co/', undefined, randomBytes(100_000).toString('base64')));
}

describe('search-ids: the memo between builds', () => {
	it('writes the same files with a memo as without, and says how many fragments it read and how many it remembered', async () => {
		const b = box();
		sixPages(b.fragments);
		const cold = await searchIds(b.site, b.memo);
		expect(cold.code, cold.output).toBe(0);
		// The files as the script has always written them (ties by id; the undated last).
		expect(cold.out.ids).toBe('{"en_0a1b2c3":"alpha","en_1b2c3d4":"café","en_2c3d4e5":"gamma","en_3d4e5f6":"delta"}');
		expect(cold.out.order).toBe(
			'{"ids":["en_0a1b2c3","en_3d4e5f6","en_4e5f6a7","en_1b2c3d4","en_2c3d4e5","en_5f6a7b8"],"undated":1}',
		);
		expect(cold.stdout).toMatch(/entry-ids\.json: \d+ entry pages/); // scripts/bench/report.mjs BUILD_MARKERS
		expect(cold.stdout.trim()).toBe(
			`Wrote ${b.site}/search/entry-ids.json: 4 entry pages; date-order.json: 6 pages, 1 undated; fragments: 6 read, 0 remembered.`,
		);
		const warm = await searchIds(b.site, b.memo);
		expect(warm.code, warm.output).toBe(0);
		expect(counts(warm.stdout)).toEqual([0, 6]);
		expect(warm.out).toEqual(cold.out);
		const again = await searchIds(b.site, join(b.root, 'another-memo.json'));
		expect(counts(again.stdout), 'a memo of its own').toEqual([6, 0]);
		expect(again.out).toEqual(cold.out);
		expect(Object.keys(memoOf(b.memo).fragments).sort()).toEqual(digestsOf(b.fragments));
	});

	it('after a fragment goes and another comes, reads only the new one and keeps exactly the current digests', async () => {
		const b = box();
		sixPages(b.fragments);
		await searchIds(b.site, b.memo);
		unlinkSync(join(b.fragments, 'en_2c3d4e5.pf_fragment'));
		put(b.fragments, 'en_6a7b8c9', fragment('/entries/epsilon/', '2025-01-02'));
		const warm = await searchIds(b.site, b.memo);
		expect(warm.code, warm.output).toBe(0);
		expect(counts(warm.stdout)).toEqual([1, 5]);
		expect(warm.out.ids).toBe('{"en_0a1b2c3":"alpha","en_1b2c3d4":"café","en_3d4e5f6":"delta","en_6a7b8c9":"epsilon"}');
		expect(warm.out).toEqual((await searchIds(b.site, join(b.root, 'fresh.json'))).out);
		const memo = memoOf(b.memo);
		expect(Object.keys(memo.fragments).sort()).toEqual(digestsOf(b.fragments));
		expect(Object.keys(memo.fragments)).toHaveLength(6);
	});

	it('ignores a corrupt memo, or one of another format, and rewrites it; one that cannot be written changes nothing but the time', async () => {
		const b = box();
		sixPages(b.fragments);
		const fresh = await searchIds(b.site, join(b.root, 'fresh.json'));
		for (const bad of [
			'{"version":1,"scr',
			'',
			JSON.stringify({ ...memoOf(join(b.root, 'fresh.json')), version: 0 }),
		]) {
			writeFileSync(b.memo, bad);
			const r = await searchIds(b.site, b.memo);
			expect(r.code, r.output).toBe(0);
			expect(counts(r.stdout), bad).toEqual([6, 0]);
			expect(r.out).toEqual(fresh.out);
			expect(memoOf(b.memo).version).toBe(1);
			expect(Object.keys(memoOf(b.memo).fragments).sort()).toEqual(digestsOf(b.fragments));
		}
		// A memo where a file is expected to be a folder: read as none, not written, and said so.
		const inFile = join(b.root, 'fresh.json', 'memo.json');
		const r = await searchIds(b.site, inFile);
		expect(r.code, r.output).toBe(0);
		expect(r.out).toEqual(fresh.out);
		expect(r.stderr).toMatch(/could not write the memo/);
	});

	it('reads a fragment again when its bytes changed under the same name, whatever the memo says of its old bytes', async () => {
		const b = box();
		sixPages(b.fragments);
		await searchIds(b.site, b.memo);
		const old = readFileSync(join(b.fragments, 'en_0a1b2c3.pf_fragment'));
		// A forged memo (the right version and script digest) that says the old bytes were another entry.
		const memo = memoOf(b.memo);
		memo.fragments[sha256(old)] = ['forged', '1999-01-01'];
		writeFileSync(b.memo, JSON.stringify(memo));
		put(b.fragments, 'en_0a1b2c3', fragment('/entries/alpha-renamed/', '2020-06-07'));
		const r = await searchIds(b.site, b.memo);
		expect(r.code, r.output).toBe(0);
		expect(counts(r.stdout)).toEqual([1, 5]);
		expect(JSON.parse(r.out.ids!).en_0a1b2c3).toBe('alpha-renamed');
		expect(r.out.ids).not.toMatch(/forged/);
		expect(JSON.parse(r.out.order!).ids).toEqual([
			'en_3d4e5f6',
			'en_4e5f6a7',
			'en_1b2c3d4',
			'en_2c3d4e5',
			'en_0a1b2c3',
			'en_5f6a7b8',
		]);
		expect(r.out).toEqual((await searchIds(b.site, join(b.root, 'fresh.json'))).out);
		expect(memoOf(b.memo).fragments[sha256(old)], 'the old bytes are gone from the memo').toBeUndefined();
	});

	it('gives both ids to two files of the same bytes under different names, with a memo and without', async () => {
		const b = box();
		sixPages(b.fragments);
		const same = fragment('/entries/twin/', '2022-02-02');
		put(b.fragments, 'en_7b8c9d0', same);
		put(b.fragments, 'en_8c9d0e1', same);
		const cold = await searchIds(b.site, b.memo);
		expect(cold.code, cold.output).toBe(0);
		expect(counts(cold.stdout)).toEqual([8, 0]);
		const ids = JSON.parse(cold.out.ids!);
		expect([ids.en_7b8c9d0, ids.en_8c9d0e1]).toEqual(['twin', 'twin']);
		expect(JSON.parse(cold.out.order!).ids.slice(5, 7)).toEqual(['en_7b8c9d0', 'en_8c9d0e1']);
		expect(Object.keys(memoOf(b.memo).fragments)).toHaveLength(7);
		const warm = await searchIds(b.site, b.memo);
		expect(counts(warm.stdout)).toEqual([0, 8]);
		expect(warm.out).toEqual(cold.out);
	});

	it('still rejects a new fragment it cannot use, with a memo of the others, and remembers nothing of that run', async () => {
		const b = box();
		sixPages(b.fragments);
		await searchIds(b.site, b.memo);
		const before = readFileSync(b.memo, 'utf8');
		put(b.fragments, 'en_9d0e1f2', fragment('/entries/undated-entry/'));
		const noDate = await searchIds(b.site, b.memo);
		expect(noDate.code).not.toBe(0);
		expect(noDate.stderr).toMatch(
			/en_9d0e1f2\.pf_fragment \(\/entries\/undated-entry\/\): an entry page without a datetime meta/,
		);
		expect(noDate.out.ids).toBeUndefined();
		put(b.fragments, 'en_9d0e1f2', gzipSync('{"url":"/entries/x/"}'));
		const noMarker = await searchIds(b.site, b.memo);
		expect(noMarker.code).not.toBe(0);
		expect(noMarker.stderr).toMatch(/en_9d0e1f2\.pf_fragment: not a Pagefind fragment this script can read/);
		expect(readFileSync(b.memo, 'utf8'), 'the memo as the last good run left it').toBe(before);
	});
});
