/**
 * One sandbox build of the record that two test files read, built once per run instead of once
 * per file (issue 14 item 7: each build of the record costs about 20 s of CPU, mostly astro's
 * start, whatever the content):
 *
 * - tests/changes.test.ts: the project as a git repository (the record committed on Oct. 1,
 *   2026), where one entry is corrected in a second commit (Nov. 30, 2026), built with
 *   REPOSITORY_URL set, so the correction can be followed to the changes pages, feeds and data;
 * - tests/review-stale.test.ts: the same build made months after the last review
 *   (TRACKER_TODAY = the review stamp + 135 days), so that every page and file stating a status
 *   keeps "as of" the review and says the record may be out of date.
 *
 * Neither claim depends on the other's setting: the changes are dated by their commits, not by
 * the build's day, and the statuses by the review stamp, not by git. Both files only read the
 * build. The first file to call `recordBuild()` (in any worker) takes a lock in the run's shared
 * folder (tests/helpers/shared-dir.ts) and builds; the others wait for its result file.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { readReviewStamp } from '../../src/lib/model/review.ts';
import { run } from './run.ts';
import { sandbox } from './sandbox.ts';
import { content, ROOT } from './site.ts';

/** The words of the correction committed in the sandbox. */
export const CORRECTION_TEXT = 'A test correction: the rule took effect a day later than first written.';
/** The day the correction is dated and committed. */
export const CORRECTION_DAY = '2026-11-30';
/** The day the record is first committed. */
export const RECORD_COMMIT_DAY = '2026-10-01';
/** The repository the build links to (REPOSITORY_URL). */
export const RECORD_REPOSITORY_URL = 'https://git.example.org/test/repo';
/** Days after the review stamp the build is made on. */
export const DAYS_AFTER_REVIEW = 135;

/** Days added to an ISO day, in UTC. */
function addDaysIso(iso: string, days: number): string {
	const d = new Date(`${iso}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + days);
	return d.toISOString().slice(0, 10);
}

/** The build's day (TRACKER_TODAY): the review stamp + DAYS_AFTER_REVIEW. */
export const RECORD_BUILD_TODAY = addDaysIso(readReviewStamp(ROOT).stamp!.reviewedThrough, DAYS_AFTER_REVIEW);

/** The entry corrected in the second commit: the first with designations and no correction yet. */
export const correctedEntry = () =>
	content().entries.find((e) => e.data.designations.length > 0 && e.data.corrections.length === 0)!;

export interface RecordBuild {
	/** The sandbox (a git repository); its dist/ is the build. */
	dir: string;
	code: number;
	/** The build's output (all of it: the check's warnings come first). */
	output: string;
}

const git = (dir: string, day: string, ...args: string[]) =>
	execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.org', '-c', 'commit.gpgSign=false', ...args], {
		cwd: dir,
		encoding: 'utf8',
		env: { ...process.env, GIT_COMMITTER_DATE: `${day}T12:00:00Z`, GIT_AUTHOR_DATE: `${day}T12:00:00Z` },
	});

async function build(shared: string): Promise<RecordBuild> {
	const box = sandbox();
	// Recorded at once, so the run's teardown removes it whatever happens next.
	writeFileSync(join(shared, 'record.sandbox'), box.dir);
	try {
		box.write('.gitignore', 'node_modules\ndist\n.astro\n');
		execFileSync('git', ['init', '-q'], { cwd: box.dir });
		git(box.dir, RECORD_COMMIT_DAY, 'add', '-A');
		git(box.dir, RECORD_COMMIT_DAY, 'commit', '-qm', 'The record');
		const path = `content/entries/${correctedEntry().id}.mdx`;
		const text = readFileSync(join(box.dir, path), 'utf8');
		const corrected = text.replace(
			/^---\n/,
			`---\ncorrections:\n  - date: ${CORRECTION_DAY}\n    text: "${CORRECTION_TEXT}"\n`,
		);
		if (corrected === text) throw new Error(`could not add a correction to ${path}`);
		box.write(path, corrected);
		git(box.dir, CORRECTION_DAY, 'commit', '-qam', 'Correct the effective date');
		const r = await run('npm', ['run', 'build'], {
			cwd: box.dir,
			env: { REPOSITORY_URL: RECORD_REPOSITORY_URL, TRACKER_TODAY: RECORD_BUILD_TODAY },
			timeoutMs: 600_000,
		});
		return { dir: box.dir, code: r.code, output: r.output };
	} catch (e) {
		return { dir: box.dir, code: 1, output: `the record build could not run: ${String(e)}` };
	}
}

let mine: Promise<RecordBuild> | undefined;

/** The shared build, built by the first caller of the run and awaited by the others. */
export function recordBuild(): Promise<RecordBuild> {
	const shared = inject('sharedDir');
	const result = join(shared, 'record.json');
	mine ??= (async () => {
		let first = true;
		try {
			mkdirSync(join(shared, 'record.lock'));
		} catch {
			first = false;
		}
		if (first) {
			// Whatever happens, a result is written, so a file waiting for it fails with the cause.
			const r = await build(shared).catch((e: unknown): RecordBuild => ({
				dir: '',
				code: 1,
				output: `the record build could not start: ${String(e)}`,
			}));
			writeFileSync(`${result}.tmp`, JSON.stringify(r));
			renameSync(`${result}.tmp`, result);
			return r;
		}
		const started = Date.now();
		while (!existsSync(result)) {
			if (Date.now() - started > 900_000) throw new Error(`the shared record build did not end (${shared})`);
			await new Promise((ok) => setTimeout(ok, 200));
		}
		return JSON.parse(readFileSync(result, 'utf8')) as RecordBuild;
	})();
	return mine;
}
