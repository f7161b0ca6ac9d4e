#!/usr/bin/env node
// npm run build: the content check and `astro build` (its first step is the check), Pagefind over
// the pages, the search's id map (scripts/search-ids.mjs), then a scan of every built page
// (src/lib/check/page-scan.ts). All of it goes into a temporary folder beside dist/, which replaces
// dist/ only when every step succeeded: a failed build never leaves a partial site, and the last
// good one stays where it was.
//
// Astro's incremental build (astro.config.mjs) keeps a copy of each keyed page in its cache
// folder and copies unchanged pages from it instead of rendering them; the cache lives outside
// the output folder, so it survives the swap, and a build whose astro step did not finish drops
// it (scripts/lib/build-cache.mjs). `--force` (or BUILD_FORCE=1) drops it first: a cold build.
//
// The site a build replaces is not deleted while the editor waits: it is moved into the cache
// folder (node_modules/.astro/replaced-site) and removed by the next build, by a niced `rm`
// while astro renders pages on its one thread (at 10,000 entries, 26,000 files: about 2 s that
// no longer add to a build). Not earlier: while astro starts, the copy of its cached pages
// (src/integrations/prefill.ts) already keeps the second core busy.
//
// Two builds in one folder at once would write over each other: a lock file (.build.lock, with
// the pid of the build holding it) makes the second one wait until the first is done, and a lock
// left by a build that no longer runs is taken over with a word.
// Usage: npm run build [-- --force]
import { spawn } from 'node:child_process';
import { existsSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, closeSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scanPage } from '../src/lib/check/page-scan.ts';
import { cspMeta } from '../src/lib/site/csp.ts';
import { SCAN_CACHE, scanWithMemory, scannerDigest } from './lib/scan-cache.mjs';
import {
	CACHE_DIR,
	PageTally,
	SEARCH_IDS_MEMO,
	beginCacheWrite,
	cachePaths,
	dropIncrementalCache,
	endCacheWrite,
} from './lib/build-cache.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const LOCK = join(root, '.build.lock');
const DIST = join(root, 'dist');
const TMP = join(root, `.dist-build-${process.pid}`);
const OLD = join(root, `.dist-old-${process.pid}`);
/** Where the site this build replaces goes, until the next build removes it. */
const REPLACED = join(root, CACHE_DIR, 'replaced-site');
/** How long a build waits for another one, in ms. */
const WAIT_MS = Number(process.env.BUILD_LOCK_WAIT_MS ?? 15 * 60_000);

/** @param {number} pid @returns {boolean} whether a process with this id runs */
const alive = (pid) => {
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		return /** @type {NodeJS.ErrnoException} */ (e).code === 'EPERM';
	}
};
const USAGE = 'Usage: npm run build [-- --force]   (--force: drop the incremental cache and render every page)';
const args = process.argv.slice(2);
for (const a of args)
	if (a !== '--force') {
		console.error(`Unknown option ${a}. ${USAGE}`);
		process.exit(2);
	}
const force = args.includes('--force') || Boolean(process.env.BUILD_FORCE && process.env.BUILD_FORCE !== '0');
/** @param {number} ms @returns {Promise<void>} */
const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

/** Take the lock, waiting for a running build; true once held. */
async function lock() {
	const started = Date.now();
	let told = false;
	for (;;) {
		try {
			const fd = openSync(LOCK, 'wx');
			writeFileSync(fd, JSON.stringify({ pid: process.pid, started: new Date().toISOString() }));
			closeSync(fd);
			return true;
		} catch (e) {
			if (/** @type {NodeJS.ErrnoException} */ (e).code !== 'EEXIST') throw e;
		}
		let holder;
		try {
			holder = JSON.parse(readFileSync(LOCK, 'utf8'));
		} catch {
			holder = undefined; // being written, or not ours: look again shortly
		}
		if (holder && Number.isInteger(holder.pid) && !alive(holder.pid)) {
			console.warn(
				`A build that stopped (pid ${holder.pid}, started ${holder.started}) left its lock behind: taking it over.`,
			);
			rmSync(LOCK, { force: true });
			continue;
		}
		if (Date.now() - started > WAIT_MS) {
			const waited =
				WAIT_MS >= 60_000 ? `${Math.round(WAIT_MS / 60_000)} minutes` : `${Math.round(WAIT_MS / 1000)} seconds`;
			console.error(
				`Another build (pid ${holder?.pid ?? '?'}) has held ${relative(root, LOCK)} for over ${waited}, so this one cannot run: wait for it, stop it, or delete ${relative(root, LOCK)} if no build is running, then try again.`,
			);
			return false;
		}
		if (!told) {
			console.log(
				`Another build (pid ${holder?.pid ?? '?'}${holder?.started ? `, started ${holder.started}` : ''}) is running in this folder: waiting for it to finish…`,
			);
			told = true;
		}
		await sleep(500);
	}
}

const cleanup = () => {
	rmSync(TMP, { recursive: true, force: true });
	rmSync(OLD, { recursive: true, force: true });
	try {
		if (JSON.parse(readFileSync(LOCK, 'utf8')).pid === process.pid) rmSync(LOCK, { force: true });
	} catch {
		/* not ours, or gone */
	}
};
/** The step running now, stopped with the build when the build is stopped. */
/** @type {import('node:child_process').ChildProcess | undefined} */
let running;
/** The removal of the site the last build replaced, while it runs. */
/** @type {import('node:child_process').ChildProcess | undefined} */
let remover;
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'])
	process.on(sig, () => {
		if (running && running.exitCode === null) running.kill('SIGTERM');
		if (remover && remover.exitCode === null) remover.kill('SIGTERM'); // the next build removes the rest
		// The astro step may have been writing the cache: leave the marker, so the next build
		// drops the cache (a SIGKILL leaves it too). Nothing else to do here.
		cleanup();
		process.exit(130);
	});

// No telemetry notice in an editor's build (nor any data sent).
const env = {
	...process.env,
	ASTRO_TELEMETRY_DISABLED: '1',
	// The output folder is a new one: astro does not empty it, and copies the cached pages into it
	// while it checks and loads the content (src/integrations/prefill.ts).
	BUILD_KEEP_OUTDIR: '1',
	// Pagefind splits its word index into chunks of about this many word locations (its default
	// is larger); a query loads the chunks its words fall in, so smaller chunks load less around
	// them: at 10,000 entries, 8.5–26.4 KB gzip of index a query instead of 17.4–43.3 KB, for
	// 4.3 KB more in the page list every search loads (README, Performance). Pagefind 1.6 reads it from this
	// variable only (it calls it unstable): the bench's first-query line shows if it stops working.
	PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ?? '4000',
};
/** BUILD_VERBOSE=1 prints every line of every step, as the tools write them. */
const verbose = Boolean(process.env.BUILD_VERBOSE && process.env.BUILD_VERBOSE !== '0');

/**
 * Lines of a step's output an editor does not need: astro's one line per page written
 * ("├─ /entries/x/index.html (+5ms)") and the route headers above them, Pagefind's progress.
 * What stays: the check's result, every warning and error, the page count, the index's totals.
 */
const QUIET = [
	/^\S*\s*[├└]─ /,
	/^\S*\s*▶ /,
	/^\[(Walking source directory|Parsing files|Reading languages|Building search indexes)\]$/,
	/^(Running from|Source|Output):\s/,
	/^Found \d+ files matching/,
	/^Total:\s*$/,
];

/**
 * Run a step, its output filtered line by line as it comes (every line seen by `watch` first);
 * false (after saying which) when it fails.
 * @param {string} name what the step is called in messages
 * @param {string} cmd
 * @param {string[]} args
 * @param {(line: string) => void} [watch]
 * @returns {Promise<boolean>}
 */
function step(name, cmd, args, watch) {
	return new Promise((done) => {
		const piped = !verbose || Boolean(watch);
		const child = spawn(cmd, args, { cwd: root, stdio: piped ? ['inherit', 'pipe', 'pipe'] : 'inherit', env });
		running = child;
		/** @param {import('node:stream').Readable} stream @param {NodeJS.WritableStream} to */
		const pass = (stream, to) => {
			let rest = '';
			let blank = false;
			/** @param {string} line */
			const put = (line) => {
				watch?.(line);
				if (!verbose && QUIET.some((re) => re.test(line))) return;
				const empty = line.trim() === '';
				if (empty && blank) return; // one blank line where filtered ones leave several
				blank = empty;
				to.write(`${line}\n`);
			};
			stream.setEncoding('utf8');
			stream.on('data', (/** @type {string} */ d) => {
				const lines = (rest + d).split('\n');
				rest = lines.pop() ?? '';
				lines.forEach(put);
			});
			stream.on('end', () => rest && put(rest));
		};
		if (piped) {
			if (child.stdout) pass(child.stdout, process.stdout);
			if (child.stderr) pass(child.stderr, process.stderr);
		}
		child.on('error', (e) => {
			console.error(`${name} could not start: ${e.message}`);
			done(false);
		});
		child.on('close', (code) => {
			running = undefined;
			done(code === 0);
		});
	});
}

/** @param {string} dir @returns {string[]} every .html file under dir */
function htmlFiles(dir) {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
	);
}

/** Temporary folders left by builds that were killed (a signal we could not catch): removed. */
function removeLeftovers() {
	for (const name of readdirSync(root)) {
		const m = /^\.dist-(?:build|old)-(\d+)$/.exec(name);
		if (m && Number(m[1]) !== process.pid && !alive(Number(m[1])))
			rmSync(join(root, name), { recursive: true, force: true });
	}
}

async function main() {
	if (!(await lock())) return 1;
	try {
		removeLeftovers();
		rmSync(TMP, { recursive: true, force: true });
		// The site the last build replaced, removed once astro renders (awaited before the swap).
		/** @type {Promise<unknown> | undefined} */
		let removing;
		const removeReplaced = () =>
			(removing ??= existsSync(REPLACED)
				? new Promise((done) => {
						const child = spawn('nice', ['-n', '19', 'rm', '-rf', REPLACED], { stdio: 'ignore' });
						remover = child;
						// No nice or rm (another system): Node's own removal, and the 'close' that follows
						// the error is not taken for the end of it.
						let failed = false;
						child.on('error', () => {
							failed = true;
							rm(REPLACED, { recursive: true, force: true })
								.catch(() => undefined)
								.then(done);
						});
						child.on('close', () => failed || done(undefined));
					})
				: Promise.resolve());
		const bin = (/** @type {string} */ name) => join(root, 'node_modules', '.bin', name);
		const out = relative(root, TMP);
		if (force) {
			dropIncrementalCache(root);
			rmSync(join(root, SCAN_CACHE), { force: true });
			rmSync(join(root, SEARCH_IDS_MEMO), { force: true });
		}
		const found = beginCacheWrite(root);
		if (found.interrupted)
			console.log(
				`The incremental cache was left by ${found.by}, which did not finish: dropped, so every page is rendered.`,
			);
		const tally = new PageTally();
		const built = await step(
			'astro build',
			bin('astro'),
			['build', '--outDir', out, ...(force ? ['--force'] : [])],
			(l) => {
				tally.see(l);
				if (!removing && /generating static routes/.test(l)) removeReplaced();
			},
		);
		endCacheWrite(root, built);
		if (!built) return 1;
		const wrote = tally.summary();
		if (wrote) console.log(wrote);
		if (!(await step('Pagefind', bin('pagefind'), ['--site', out]))) return 1;
		if (!(await step('search ids', process.execPath, [join(root, 'scripts', 'search-ids.mjs'), '--dir', out])))
			return 1;
		// Pages an earlier build found clean, byte for byte (most of them after an edit), are not parsed again.
		const scan = scanWithMemory(root, htmlFiles(TMP), scanPage, scannerDigest(root, cspMeta()), {
			out: TMP,
			cache: cachePaths(root).copies,
		});
		const breaches = scan.breaches.flatMap(({ file, found }) => {
			const page = `dist/${relative(TMP, file)}`;
			return found.map(
				(b) =>
					`error: ${page}\n  field: page\n  ${b}: no page of the site has this, so an entry or entity put it there. Find the text that made it (npm run check lists every problem), and remove it.`,
			);
		});
		if (breaches.length) {
			console.error(
				`\n${breaches.join('\n')}\n\nThe build stopped: ${breaches.length} page problem${breaches.length === 1 ? '' : 's'}; dist/ was left as it was.`,
			);
			return 1;
		}
		await removeReplaced();
		if (existsSync(DIST)) {
			try {
				renameSync(DIST, REPLACED);
			} catch {
				renameSync(DIST, OLD); // the cache folder on another file system, say: removed now, as before
			}
		}
		renameSync(TMP, DIST);
		console.log(
			`Built the site into dist/ (${htmlFiles(DIST).length} pages, each scanned${scan.remembered ? `: ${scan.scanned} parsed, ${scan.remembered} identical to pages found clean before` : ''}).`,
		);
		return 0;
	} finally {
		// A build that failed stops the removal too (the next build removes the rest).
		if (remover && remover.exitCode === null && remover.signalCode === null) remover.kill('SIGTERM');
		cleanup();
	}
}

process.exitCode = await main();
