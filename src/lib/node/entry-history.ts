/**
 * When each content file was first committed and last changed, from the git history, read in
 * ONE `git log` pass per build (never one git process per page: at 10,000 entries that would be
 * 10,000 processes). Where the history cannot be trusted (not a git checkout, a shallow clone
 * whose history is cut, git missing) nothing is guessed: the dates are "not available".
 */
import { execFileSync } from 'node:child_process';

/** One file's dates, ISO days (committer date, `%cs`). */
export interface FileDates {
	/** The oldest commit that touched the file (its creation, unless history was rewritten). */
	created: string;
	/** The newest commit that touched the file: "last updated". */
	updated: string;
}

export type GitHistory =
	| { available: true; files: Map<string, FileDates> }
	| { available: false; reason: string; files: Map<string, FileDates> };

/** The record separator put before each commit by `--format`. */
const RS = '\x1e';

/**
 * Parse `git log --format=%x1e%cs --name-only` output (newest commit first) into each file's
 * first and last commit day.
 * @example parseGitLog('\x1e2024-02-01\n\na.mdx\n\x1e2024-01-01\n\na.mdx\nb.mdx\n').get('a.mdx') // { created: '2024-01-01', updated: '2024-02-01' }
 */
export function parseGitLog(text: string): Map<string, FileDates> {
	const files = new Map<string, FileDates>();
	for (const block of text.split(RS)) {
		const lines = block.split('\n').map((l) => l.trim());
		const day = lines[0];
		if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) continue;
		for (const path of lines.slice(1)) {
			if (!path) continue;
			const seen = files.get(path);
			// Newest first: the first sighting is the last update; every later one moves "created" back.
			if (seen) seen.created = day;
			else files.set(path, { created: day, updated: day });
		}
	}
	return files;
}

/**
 * Read the history of the files under `paths` (relative to `root`), keyed by their path
 * relative to `root`, e.g. `content/entries/2020-08-17-x.mdx`.
 */
export function readGitHistory(root: string, paths: readonly string[] = ['content']): GitHistory {
	const git = (...args: string[]): string =>
		execFileSync('git', args, {
			cwd: root,
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore'],
			maxBuffer: 256 * 1024 * 1024,
		});
	try {
		if (git('rev-parse', '--is-inside-work-tree').trim() !== 'true')
			return { available: false, reason: 'not a git checkout', files: new Map() };
	} catch {
		return { available: false, reason: 'not a git checkout', files: new Map() };
	}
	try {
		if (git('rev-parse', '--is-shallow-repository').trim() === 'true') {
			return { available: false, reason: 'a shallow clone, whose history is cut short', files: new Map() };
		}
		const out = git('log', '--relative', '--no-renames', `--format=${RS}%cs`, '--name-only', '--', ...paths);
		return { available: true, files: parseGitLog(out) };
	} catch {
		return { available: false, reason: 'git history could not be read', files: new Map() };
	}
}
