#!/usr/bin/env node
// npm run bench: build a synthetic corpus at N = 1,000 and 10,000 entries with the full
// production build (`npm run build`) and with a bare Astro floor, in temporary directories;
// measure time, memory, output, page weights and search in Chromium; print a table with the
// budget lines of issue 7 and write bench/results.json. See README, "Performance".
//
//   npm run bench                 N = 1,000 and 10,000 (unattended; 10–20 minutes on 2 cores)
//   npm run bench -- --quick      N = 200, for development (under two minutes)
//   npm run bench -- --n 500      any N, or a list: --n 1000,5000
// Options: --seed S, --end YYYY-MM-DD (last possible entry date; default today, UTC), --keep
// (leave the temporary projects), --repeat R (build each project R times, alternating, and keep
// the fastest), --tmp DIR, --out FILE, --no-floor, --no-search, --no-warm (skip the warm
// rebuild after one edit), --verbose,
// --queries "a,b", --input-selector CSS (repeatable; tried in order), --results-selector CSS,
// --search-only DIR (no build: measure search on the site project DIR kept by an earlier --keep
// run with the same --n, --seed and --end, after `npm run build` in it).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, release, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateCorpus, searchQueries } from './corpus.mjs';
import { canPollProc, killGroup, liveGroups, measure } from './measure.mjs';
import { makeFloor, makeSite } from './projects.mjs';
import { BUILD_MARKERS, budgets, buildPhases, failed, reuseOf, table } from './report.mjs';
import { DEFAULT_INPUT_SELECTORS, DEFAULT_RESULT_SELECTOR, measureEngine, measureScreen, measureSearch, searchSplit } from './search.mjs';
import { entryPages, largestPages, outputSize, pageWeight } from './weights.mjs';

/**
 * @typedef {import('./report.mjs').Run} Run
 * @typedef {import('./report.mjs').BuildRun} BuildRun
 * @typedef {import('./report.mjs').FloorRun} FloorRun
 * @typedef {import('./report.mjs').Results} Results
 * @typedef {import('./corpus.mjs').CorpusEntry} CorpusEntry
 * @typedef {import('./corpus.mjs').CorpusEntity} CorpusEntity
 */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const { values: opt } = parseArgs({
	options: {
		quick: { type: 'boolean', default: false },
		n: { type: 'string' },
		seed: { type: 'string', default: '7' },
		end: { type: 'string' },
		keep: { type: 'boolean', default: false },
		tmp: { type: 'string' },
		out: { type: 'string', default: join(ROOT, 'bench/results.json') },
		'no-floor': { type: 'boolean', default: false },
		'no-search': { type: 'boolean', default: false },
		'no-warm': { type: 'boolean', default: false },
		queries: { type: 'string' },
		'input-selector': { type: 'string', multiple: true },
		'results-selector': { type: 'string', default: DEFAULT_RESULT_SELECTOR },
		'poll-ms': { type: 'string', default: '100' },
		repeat: { type: 'string', default: '1' },
		verbose: { type: 'boolean', default: false },
		'search-only': { type: 'string' },
		help: { type: 'boolean', short: 'h', default: false },
	},
});
if (opt.help) {
	const lines = (await import('node:fs')).readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1);
	console.log(lines.slice(0, lines.findIndex((l) => !l.startsWith('//'))).map((l) => l.replace(/^\/\/ ?/, '')).join('\n'));
	process.exit(0);
}
const ns = opt.n ? opt.n.split(',').map((s) => Number(s.replace(/[_,]/g, ''))) : opt.quick ? [200] : [1_000, 10_000];
if (ns.some((n) => !Number.isInteger(n) || n < 1)) {
	console.error(`--n takes whole numbers, e.g. --n 500 or --n 1000,10000 (got ${opt.n})`);
	process.exit(2);
}
const end = opt.end ?? new Date().toISOString().slice(0, 10);
const seed = Number(opt.seed);
const repeat = Math.max(1, Number(opt.repeat) || 1);
const withFloor = !opt['no-floor'];
const withSearch = !opt['no-search'];
/** @param {...unknown} a */
const log = (...a) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...a);
if (!canPollProc) log('warning: /proc is not readable here, so peak memory cannot be measured (Linux only).');

const tmpRoot = opt.tmp ? resolve(opt.tmp) : tmpdir();
mkdirSync(tmpRoot, { recursive: true });
/** @type {string[]} */
const tempDirs = [];
function cleanup() {
	for (const g of liveGroups) killGroup(g);
	if (opt.keep) {
		if (tempDirs.length) log(`kept: ${tempDirs.join(' ')}`);
		return;
	}
	for (const d of tempDirs.splice(0)) rmSync(d, { recursive: true, force: true });
}
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
	process.on(sig, () => {
		log(`${sig}: stopping builds and removing temporary directories`);
		cleanup();
		process.exit(130);
	});
}

/** @param {...string} a @returns {string | undefined} git's output, trimmed; undefined when it fails */
const git = (...a) => {
	try {
		return execFileSync('git', a, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
	} catch {
		return undefined;
	}
};

/**
 * Cold build: no output, no Astro or Vite cache left from a previous run.
 * @param {string} dir
 */
function clearBuild(dir) {
	for (const p of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) rmSync(join(dir, p), { recursive: true, force: true });
}

/**
 * @param {string} dir the project
 * @param {string} label what the log calls this build
 * @param {{ warm?: boolean }} [how] warm: keep the output and caches of the build before
 * @returns {Promise<BuildRun>}
 */
async function build(dir, label, { warm = false } = {}) {
	if (!warm) clearBuild(dir);
	log(`${label}: npm run build`);
	const r = await measure('npm', ['run', 'build'], { cwd: dir, pollMs: Number(opt['poll-ms']), markers: BUILD_MARKERS, echo: opt.verbose });
	if (r.code !== 0) {
		console.error(r.output.slice(-6000));
		throw new Error(`${label}: npm run build failed (exit ${r.code}) in ${dir}`);
	}
	const phases = buildPhases(r.marks, r.wallMs);
	log(`${label}: ${(r.wallMs / 1000).toFixed(1)} s (CPU ${((r.cpuMs ?? 0) / 1000).toFixed(1)} s), peak ${(r.peakRss / 1024 ** 3).toFixed(2)} GiB over ≤${r.peakProcesses} processes`);
	return { wallMs: r.wallMs, cpuMs: r.cpuMs, peakRss: r.peakRss, peakProcesses: r.peakProcesses, phases, reuse: reuseOf(r.output), pages: Number(/(\d+) page\(s\) built/.exec(r.output)?.[1]) || undefined };
}

/**
 * @param {number} n entries
 * @returns {Promise<Run>}
 */
async function runOne(n) {
	/** @type {Run} */
	const run = { n };
	log(`N = ${n.toLocaleString('en-US')}: generating the corpus (seed ${seed}, dates up to ${end})`);
	const t0 = performance.now();
	const corpus = generateCorpus({ n, seed, end });
	run.corpus = { ...corpus.stats, generateMs: Math.round(performance.now() - t0) };
	const searchOnly = opt['search-only'] && resolve(opt['search-only']);
	const base = searchOnly ?? mkdtempSync(join(tmpRoot, `cct-bench-${n}-`));
	if (!searchOnly) tempDirs.push(base);
	const siteDir = searchOnly ?? makeSite(ROOT, join(base, 'site'), corpus);
	const floorDir = withFloor && !searchOnly ? makeFloor(ROOT, join(base, 'floor'), corpus) : undefined;

	try {
		run.site = {};
		if (!searchOnly) {
		log('site: npm run check');
		const check = await measure('npm', ['run', 'check'], { cwd: siteDir, pollMs: Number(opt['poll-ms']) });
		if (check.code !== 0) {
			console.error(check.output.slice(-6000));
			throw new Error(`the synthetic corpus fails the content check (N=${n}); this is a bug in scripts/bench/corpus.mjs or a schema change it does not follow`);
		}
		run.site.check = { wallMs: check.wallMs, cpuMs: check.cpuMs, peakRss: check.peakRss, warnings: (check.output.match(/^warning:/gm) ?? []).length };

		// Floor and site alternate, each build cold (caches and output removed first); with
		// --repeat R the fastest of R runs counts, which filters out other load on the machine.
		/** @type {BuildRun[]} */
		const floorRuns = [];
		/** @type {BuildRun[]} */
		const siteRuns = [];
		for (let i = 1; i <= repeat; i++) {
			const tag = repeat > 1 ? ` (run ${i} of ${repeat})` : '';
			if (floorDir) {
				floorRuns.push(await build(floorDir, `floor${tag}`));
				run.floor = { output: outputSize(join(floorDir, 'dist')) };
				rmSync(join(floorDir, 'dist'), { recursive: true, force: true }); // disk: the floor is not read again
			}
			siteRuns.push(await build(siteDir, `site${tag}`));
		}
		const fastest = (/** @type {BuildRun[]} */ runs) => runs.reduce((a, b) => (b.wallMs < a.wallMs ? b : a));
		if (floorDir) Object.assign(/** @type {FloorRun} */ (run.floor), { build: fastest(floorRuns), runs: floorRuns });
		run.site.build = fastest(siteRuns);
		run.site.runs = siteRuns;

		// An editor's rebuild: one entry's text changed, then `npm run build` again with the
		// caches and output of the cold build left in place (issue 17: ≤ 35% of the cold build):
		// node_modules/.astro keeps Astro's content store and its incremental cache (the manifest
		// and a copy of every keyed page), so the warm build renders only what changed.
		if (!opt['no-warm']) {
			const edited = /** @type {CorpusEntry} */ (corpus.entries[Math.floor(corpus.entries.length / 2)]);
			const file = join(siteDir, 'content/entries', `${edited.id}.mdx`);
			writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n\nAn editor added this sentence to measure a rebuild.\n`);
			run.site.warm = { ...(await build(siteDir, 'site (warm rebuild after one edit)', { warm: true })), edited: edited.id };
		}
		}

		const dist = join(siteDir, 'dist');
		log('site: reading dist/');
		run.site.output = outputSize(dist);
		run.site.largest = largestPages(dist);
		run.site.entryPages = entryPages(dist);
		const top = corpus.stats.topEntity;
		const typical = /** @type {CorpusEntry} */ (corpus.entries[Math.floor(corpus.entries.length / 2)]);
		run.site.pages = {
			'entry (median date)': pageWeight(dist, `/entries/${typical.id}/`),
			'entry (heaviest)': run.site.entryPages?.heaviest ? pageWeight(dist, run.site.entryPages.heaviest.url) : undefined,
			[`entity with most entries (${corpus.stats.topEntityEntries})`]: pageWeight(dist, `/entities/${top}/`),
			'timeline /': pageWeight(dist, '/'),
			'search /search/': pageWeight(dist, '/search/'),
		};

		if (withSearch) {
			if (!run.site.pages['search /search/']) {
				run.search = { available: false, reason: 'this build has no /search/ page' };
			} else {
				const { serve } = await import(join(ROOT, 'scripts/serve.mjs'));
				const server = await serve({ dir: dist, port: 0, quiet: true });
				try {
					const queries = opt.queries ? opt.queries.split(',').map((q) => q.trim()).filter(Boolean) : searchQueries(corpus);
					log(`search: ${queries.map((q) => `"${q}"`).join(', ')} in Chromium`);
					run.search = await measureSearch({
						baseUrl: `http://127.0.0.1:${server.address().port}/`,
						dist,
						queries,
						inputSelectors: opt['input-selector'] ?? DEFAULT_INPUT_SELECTORS,
						resultSelector: opt['results-selector'],
					});
					// The floor for search, in the same run on the same index: Pagefind's bare JS API.
					log('search: the same queries through bare Pagefind (its JS API, no UI)');
					run.searchBare = await measureSearch({ baseUrl: `http://127.0.0.1:${server.address().port}/`, dist, queries, bare: true });
					// Under the warm budget: what Pagefind's search() itself takes with its chunks loaded.
					log('search: Pagefind’s own time per query, its index chunks already loaded');
					run.searchEngine = await measureEngine({ baseUrl: `http://127.0.0.1:${server.address().port}/`, queries });
					// The name check: 1,000 names, a quarter each names as written, aliases (Han ones
					// included), names in another case with a legal form, and names the corpus lacks.
					/** @type {string[]} */
					const names = [];
					for (let i = 0; names.length < 1000; i++) {
						const e = /** @type {CorpusEntity} */ (corpus.entities[i % corpus.entities.length]);
						const alias = e.data.aliases?.[i % Math.max(1, e.data.aliases?.length ?? 1)]?.name;
						names.push(/** @type {string} */ ([e.data.name, alias ?? e.data.name, `${e.data.name.toUpperCase()} Co., Ltd.`, `Untracked Supplier ${i}`][i % 4]));
					}
					log('search: the name check with 1,000 names in Chromium');
					run.screen = await measureScreen({ baseUrl: `http://127.0.0.1:${server.address().port}/`, dist, names });
				} catch (e) {
					run.search = { available: false, reason: `the browser measurement failed: ${/** @type {Error} */ (e).message.split('\n')[0]}` };
				} finally {
					server.close();
				}
			}
		}
	} finally {
		if (searchOnly) run.keptAt = base;
		else if (!opt.keep) {
			rmSync(base, { recursive: true, force: true });
			tempDirs.splice(tempDirs.indexOf(base), 1);
		} else run.keptAt = base;
	}
	return run;
}

/** @type {Results} */
const results = {
	generatedAt: new Date().toISOString(),
	options: { ns, seed, end, repeat, quick: opt.quick, floor: withFloor, search: withSearch, resultsSelector: opt['results-selector'] },
	machine: {
		cpuModel: cpus()[0]?.model.trim() ?? 'unknown CPU',
		cpus: cpus().length,
		memBytes: totalmem(),
		freeMemBytesAtStart: freemem(),
		loadAverageAtStart: loadavg().map((l) => Number(l.toFixed(2))),
		os: `${process.platform} ${release()}`,
		node: process.versions.node,
	},
	git: { commit: git('rev-parse', 'HEAD'), branch: git('rev-parse', '--abbrev-ref', 'HEAD'), dirty: Boolean(git('status', '--porcelain', '--untracked-files=no')) },
	runs: [],
	budgets: [],
};

const started = performance.now();
try {
	for (const n of ns) results.runs.push(await runOne(n));
} catch (e) {
	cleanup();
	console.error(`\nbench failed: ${/** @type {Error} */ (e).message}`);
	process.exit(1);
}
cleanup();
results.totalMs = Math.round(performance.now() - started);
results.machine.loadAverageAtEnd = loadavg().map((l) => Number(l.toFixed(2)));
results.budgets = budgets(results.runs);
mkdirSync(dirname(resolve(opt.out)), { recursive: true });
writeFileSync(resolve(opt.out), `${JSON.stringify(results, null, '\t')}\n`);
console.log(table(results));
console.log(searchSplit(results.runs));
console.log(`\nWrote ${resolve(opt.out)} (${(results.totalMs / 1000).toFixed(0)} s in all; load average ${results.machine.loadAverageAtStart.join(' ')} at start, ${results.machine.loadAverageAtEnd.join(' ')} at the end: other work on the machine shows in the times).`);
if (failed(results.budgets)) {
	console.log('\nFAIL: a page is above the size budget (see the budget lines): the bench exits with status 1.');
	process.exitCode = 1;
}
