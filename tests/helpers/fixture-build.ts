/**
 * vitest global setup of the `fixture` project: a generated corpus of a few hundred entries
 * (the bench's generator, scripts/bench/corpus.mjs) in a sandbox copy of the project, built once
 * with `npm run build` and shared by the tests under tests/fixture/. Page sizes are divided by
 * FIXTURE_PAGE_DIVISOR (TRACKER_PAGE_DIVISOR, src/lib/views/pagination.ts), so every paginated list
 * has a page 2 and beyond. The sandbox is outside git, and REPO_HISTORY_URL is set, so the same
 * build shows how pages read without git history. The build's outcome is passed to the tests
 * (`inject('fixtureSite')`), which fail on a failed build with its output.
 */
import { existsSync } from 'node:fs';
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
		fixtureSite: FixtureSite;
	}
}

export default async function setup(project: TestProject): Promise<() => void> {
	// FIXTURE_DIR=<a sandbox kept by KEEP_FIXTURE=1> reuses that build, to work on the tests.
	const kept = process.env.FIXTURE_DIR;
	if (kept) {
		project.provide('fixtureSite', {
			dir: kept,
			code: existsSync(`${kept}/dist/index.html`) ? 0 : 1,
			output: `FIXTURE_DIR=${kept}`,
			ms: 0,
		});
		return () => {};
	}
	const box = sandbox();
	box.remove('content/entries');
	box.remove('content/entities');
	writeCorpus(`${box.dir}/content`, generateCorpus({ n: FIXTURE_ENTRIES, seed: 11, end: FIXTURE_END }));
	const started = performance.now();
	const r = await run('npm', ['run', 'build'], {
		cwd: box.dir,
		env: {
			TRACKER_PAGE_DIVISOR: String(FIXTURE_PAGE_DIVISOR),
			REPO_HISTORY_URL: FIXTURE_HISTORY_URL,
			SITE_URL: FIXTURE_SITE_URL,
		},
		timeoutMs: 600_000,
	});
	project.provide('fixtureSite', {
		dir: box.dir,
		code: r.code,
		output: r.output.slice(-4000),
		ms: Math.round(performance.now() - started),
	});
	// KEEP_FIXTURE=1 leaves the sandbox (and its dist/) for a look after the run.
	if (process.env.KEEP_FIXTURE === '1') console.log(`fixture site kept in ${box.dir}`);
	return () => process.env.KEEP_FIXTURE === '1' || box.dispose();
}
