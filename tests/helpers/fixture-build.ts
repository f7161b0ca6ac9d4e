/**
 * vitest global setup of the `fixture` project: a generated corpus of a few hundred entries
 * (the bench's generator, scripts/bench/corpus.mjs) in a sandbox copy of the project, built once
 * with `npm run build` and shared by the tests under tests/fixture/. Page sizes are divided by
 * FIXTURE_PAGE_DIVISOR (TRACKER_PAGE_DIVISOR, src/lib/views/pagination.ts), so every paginated list
 * has a page 2 and beyond. The sandbox is outside git, and REPO_HISTORY_URL is set, so the same
 * build shows how pages read without git history. The build's outcome is passed to the tests
 * (`await fixtureSite()`, tests/helpers/fixture-site.ts), which fail on a failed build with its output.
 *
 * Speed: the setup starts the build and returns, so the other projects' files run while it
 * builds (it used to hold every worker for the whole build). The outcome is written, when the
 * build ends, to a file named in the provided context; `fixtureSite()` (in the test files) waits
 * for it (that module, not this one, imports vitest's `inject`: this one runs in vitest's main
 * process). The teardown waits for the build before it removes the sandbox.
 */
import { existsSync, renameSync, writeFileSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { generateCorpus, writeCorpus } from '../../scripts/bench/corpus.mjs';
import { run } from './run.ts';
import { sandbox } from './sandbox.ts';

/** Entries in the fixture corpus. */
export const FIXTURE_ENTRIES = 240;
/** Page sizes of the fixture build: the site's divided by this. */
export const FIXTURE_PAGE_DIVISOR = 10;
/** Its end date (a fixed day in the past, so the corpus is the same every day). */
export const FIXTURE_END = '2026-06-30';
export const FIXTURE_HISTORY_URL = 'https://git.example.org/tracker/history/main/{path}';
/** The public origin the fixture site is built for (SITE_URL), as a deployment sets it. */
export const FIXTURE_SITE_URL = 'https://tracker.test.example';

export interface FixtureSite {
	dir: string;
	code: number;
	output: string;
	ms: number;
}

declare module 'vitest' {
	export interface ProvidedContext {
		/** Where the setup writes the build's outcome (a FixtureSite as JSON) when it ends. */
		fixtureBuild: { dir: string; resultFile: string };
	}
}

/** Write the outcome all at once (rename), so a waiting test never reads half of it. */
function writeResult(resultFile: string, site: FixtureSite): void {
	writeFileSync(`${resultFile}.tmp`, JSON.stringify(site));
	renameSync(`${resultFile}.tmp`, resultFile);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	// FIXTURE_DIR=<a sandbox kept by KEEP_FIXTURE=1> reuses that build, to work on the tests.
	const kept = process.env.FIXTURE_DIR;
	if (kept) {
		const resultFile = `${kept}/.fixture-build.json`;
		writeResult(resultFile, {
			dir: kept,
			code: existsSync(`${kept}/dist/index.html`) ? 0 : 1,
			output: `FIXTURE_DIR=${kept}`,
			ms: 0,
		});
		project.provide('fixtureBuild', { dir: kept, resultFile });
		return async () => {};
	}
	const box = sandbox();
	box.remove('content/entries');
	box.remove('content/entities');
	writeCorpus(`${box.dir}/content`, generateCorpus({ n: FIXTURE_ENTRIES, seed: 11, end: FIXTURE_END }));
	const resultFile = `${box.dir}/.fixture-build.json`;
	const started = performance.now();
	// Not awaited here: the tests wait for the result file (fixtureSite), the teardown for this.
	const building = run('npm', ['run', 'build'], {
		cwd: box.dir,
		env: {
			TRACKER_PAGE_DIVISOR: String(FIXTURE_PAGE_DIVISOR),
			REPO_HISTORY_URL: FIXTURE_HISTORY_URL,
			SITE_URL: FIXTURE_SITE_URL,
		},
		timeoutMs: 600_000,
	}).then(
		(r) => ({ code: r.code, output: r.output.slice(-4000) }),
		(e: unknown) => ({ code: 1, output: `the fixture build could not run: ${String(e)}` }),
	);
	const done = building.then((r) =>
		writeResult(resultFile, { dir: box.dir, ...r, ms: Math.round(performance.now() - started) }),
	);
	project.provide('fixtureBuild', { dir: box.dir, resultFile });
	// KEEP_FIXTURE=1 leaves the sandbox (and its dist/) for a look after the run.
	return async () => {
		await done;
		if (process.env.KEEP_FIXTURE === '1') console.log(`fixture site kept in ${box.dir}`);
		else box.dispose();
	};
}
