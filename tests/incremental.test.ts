/**
 * Astro's incremental build (astro.config.mjs, scripts/build.mjs, scripts/lib/build-cache.mjs),
 * with real builds of throwaway copies of the project (no git, TRACKER_TODAY fixed):
 *
 * 1. copy A is built cold; one entry is edited (its title and a sentence of its body); A is built
 *    again with its cache (warm);
 * 2. copy B, a fresh copy holding the same edited entry, is built cold;
 * 3. A's and B's dist/ must be identical file by file, and the warm build must have reused pages
 *    (so the comparison is not vacuous) while re-rendering every page that shows the new title;
 * 4. a build that finds the marker of an astro step that never finished (on A, whose cache holds
 *    the warm build), and a build with `--force` (on B, whose cache holds this very tree, so that
 *    without --force its pages would be reused), reuse nothing and still give B's cold dist/.
 *
 * Speed: A and B are separate folders with caches of their own, so the builds that do not depend
 * on each other run at the same time: cold A with cold B, then warm A, then the marker build on A
 * with the --force build on B. The file waits for three builds in a row, not five.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sandbox, type Sandbox } from './helpers/sandbox.ts';
import { run, type RunResult } from './helpers/run.ts';
import { CACHE_DIR, cachePaths } from '../scripts/lib/build-cache.mjs';
import { BUILD_MARKERS, reuseOf } from '../scripts/bench/report.mjs';

const TODAY = '2026-12-01';
const NEW_TITLE = 'Retitled by the incremental build test, one entry edited between two builds';
const NEW_SENTENCE = 'This sentence was added by the incremental build test.';

const boxes: Sandbox[] = [];
/** Builds started and not yet awaited by a case: waited for before the sandboxes go. */
const running: Promise<unknown>[] = [];
afterAll(async () => {
	await Promise.allSettled(running);
	boxes.forEach((b) => b.dispose());
});

function build(box: Sandbox, ...args: string[]): Promise<RunResult> {
	return run('npm', ['run', '--silent', 'build', ...(args.length ? ['--', ...args] : [])], {
		cwd: box.dir,
		env: { TRACKER_TODAY: TODAY, BUILD_VERBOSE: '1' },
		timeoutMs: 900_000,
	});
}

/** Astro's per-file lines in a verbose build: which files it rendered and which it copied. */
function written(output: string): { rendered: Set<string>; reused: Set<string> } {
	const rendered = new Set<string>();
	const reused = new Set<string>();
	for (const line of output.split('\n')) {
		const m = /[├└]─ (\/\S+)(.*)$/.exec(line);
		if (!m) continue;
		const file = m[1]!.replace(/^\//, '');
		(/\((cached|restored)\)\s*$/.test(m[2]!) ? reused : rendered).add(file);
	}
	return { rendered, reused };
}

function files(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((e) => e.isFile())
		.map((e) => relative(dir, join(e.parentPath, e.name)))
		.sort();
}
/** Every file compared as it is: nothing is blanked (the search page's index stamp is a digest of the record, not a time). */
const bytes = (dir: string, file: string): Buffer => readFileSync(join(dir, file));
const digest = (dir: string, file: string) => createHash('sha256').update(bytes(dir, file)).digest('hex');

type Snapshot = Map<string, string>;
/** Every file of a dist/ and the digest of its bytes, taken now (a later build may replace the folder). */
const snapshot = (dir: string): Snapshot => new Map(files(dir).map((f) => [f, digest(dir, f)]));

/** Every file that is only in one dist/ or differs between the two, named. */
function differences(a: Snapshot, b: Snapshot, [nameA, nameB]: [string, string]): string[] {
	const out: string[] = [];
	for (const [f, d] of a) {
		if (!b.has(f)) out.push(`only in the ${nameA}: ${f}`);
		else if (b.get(f) !== d) out.push(`differs: ${f}`);
	}
	for (const f of b.keys()) if (!a.has(f)) out.push(`only in the ${nameB}: ${f}`);
	return out;
}

/** The entry most other entries name (by id), so that the edit reaches other pages. */
function busiestEntry(dir: string): string {
	const names = readdirSync(join(dir, 'content/entries')).filter((n) => n.endsWith('.mdx'));
	const texts = new Map(names.map((n) => [n, readFileSync(join(dir, 'content/entries', n), 'utf8')]));
	const count = (id: string) => names.filter((n) => !n.startsWith(id) && texts.get(n)!.includes(id)).length;
	return names
		.map((n) => ({ n, c: count(n.replace(/\.mdx$/, '')) }))
		.sort((x, y) => y.c - x.c || (x.n < y.n ? -1 : 1))[0]!.n;
}

/** The entry with a new title and one more sentence in its first paragraph. */
function edit(text: string): string {
	const fm = /^---\n([\s\S]*?)\n---\n/.exec(text);
	if (!fm) throw new Error('no front matter');
	const head = fm[1]!.replace(/^title: .*$/m, `title: ${NEW_TITLE}`);
	if (head === fm[1]) throw new Error('no title line');
	const body = text.slice(fm[0].length);
	const para = /^(?!import|export|\s*$|<)[^\n]+$/m.exec(body);
	if (!para) throw new Error('no paragraph in the body');
	const at = para.index + para[0].length;
	return `---\n${head}\n---\n${body.slice(0, at)} ${NEW_SENTENCE}${body.slice(at)}`;
}

const htmlWith = (dist: string, text: string) =>
	files(dist).filter((f) => f.endsWith('.html') && readFileSync(join(dist, f), 'utf8').includes(text));

describe('an incremental rebuild after one edit', () => {
	const a = sandbox();
	const b = sandbox();
	boxes.push(a, b);
	const entry = busiestEntry(a.dir);
	const path = `content/entries/${entry}`;
	const edited = edit(readFileSync(join(a.dir, path), 'utf8'));
	let warm: RunResult | undefined;
	let coldB: Promise<RunResult> | undefined;

	it('builds cold, then warm after the edit, reusing pages and re-rendering every page with the new title', async () => {
		// B holds the edited tree from the start, and builds (cold) while A builds twice.
		b.write(path, edited);
		coldB = build(b);
		running.push(coldB);
		const cold = await build(a);
		expect(cold.code, cold.output.slice(-4000)).toBe(0);
		const first = written(cold.output);
		expect(first.reused.size, 'a first build has nothing to reuse').toBe(0);

		a.write(path, edited);
		warm = await build(a);
		expect(warm.code, warm.output.slice(-4000)).toBe(0);
		const w = written(warm.output);
		expect(w.reused.size, 'the warm build reused no page: nothing was tested').toBeGreaterThan(0);
		expect(warm.output).toMatch(
			new RegExp(
				`Astro wrote ${w.rendered.size + w.reused.size} files: ${w.rendered.size} rendered, ${w.reused.size} reused`,
			),
		);
		// What the bench reads from a build's output is there, and agrees with astro's own lines.
		expect(reuseOf(warm.output)).toEqual({
			files: w.rendered.size + w.reused.size,
			rendered: w.rendered.size,
			reused: w.reused.size,
		});
		for (const [name, re] of Object.entries(BUILD_MARKERS))
			expect(warm.output, `the bench's marker ${name}`).toMatch(re);
		const showing = htmlWith(join(a.dir, 'dist'), NEW_TITLE);
		expect(showing.length, 'no page shows the new title').toBeGreaterThan(1);
		expect(
			showing.filter((f) => w.reused.has(f)),
			'pages showing the new title copied from the cache',
		).toEqual([]);
		expect(showing.filter((f) => !w.rendered.has(f) && !f.startsWith('pagefind/'))).toEqual([]);
		expect(htmlWith(join(a.dir, 'dist'), NEW_SENTENCE)).toContain(`entries/${entry.replace(/\.mdx$/, '')}/index.html`);
		// The site the warm build replaced waits in the cache folder for the next build to remove it.
		const replaced = join(a.dir, CACHE_DIR, 'replaced-site');
		expect(htmlWith(replaced, NEW_SENTENCE), 'the replaced site is the cold build').toEqual([]);
		expect(existsSync(join(replaced, 'index.html'))).toBe(true);
		expect(readdirSync(a.dir).filter((n) => n.startsWith('.dist-'))).toEqual([]);
	});

	it('gives the same dist/, file by file, as a cold build of the edited tree', async () => {
		expect(warm?.code, 'the warm build (the case before) succeeded').toBe(0);
		const cold = await coldB!;
		expect(cold.code, cold.output.slice(-4000)).toBe(0);
		expect(written(cold.output).reused.size).toBe(0);
		expect(
			differences(snapshot(join(a.dir, 'dist')), snapshot(join(b.dir, 'dist')), ['warm build', 'cold build']),
		).toEqual([]);
	});

	it('reuses nothing with --force, and gives the same dist/', async () => {
		expect((await coldB)?.code, 'the cold build of B (the case before) succeeded').toBe(0);
		// What it must give: B's cold dist/, as it is now (the --force build replaces the folder).
		const expected = snapshot(join(b.dir, 'dist'));
		// A site an earlier build replaced is removed by this one; B's cold site takes its place.
		const replaced = join(b.dir, CACHE_DIR, 'replaced-site');
		b.write(`${CACHE_DIR}/replaced-site/left-by-an-earlier-build.txt`, 'x');
		b.write('dist/marker-of-the-cold-site.txt', 'x');
		// --force on B, whose cache holds the pages of this very tree: without --force, they would
		// be reused. (A build after one whose astro step never finished drops the cache the same
		// way, by its marker: tests/build-cache.test.ts.)
		expect(existsSync(cachePaths(b.dir).manifest), "B's cache, for --force to drop").toBe(true);
		const forced = await build(b, '--force');
		expect(forced.code, forced.output.slice(-4000)).toBe(0);
		expect(written(forced.output).reused.size).toBe(0);
		expect(differences(expected, snapshot(join(b.dir, 'dist')), ['cold build', '--force build'])).toEqual([]);
		expect(existsSync(join(replaced, 'left-by-an-earlier-build.txt'))).toBe(false);
		expect(existsSync(join(replaced, 'marker-of-the-cold-site.txt'))).toBe(true);
	});
});
