/**
 * When each content file was first committed and last changed, from the git history: derived
 * from the build's ONE `git log --name-status` pass over content/ (git-history.ts), which the
 * change log reads too (never one git process per page, nor a second pass). Where the history
 * cannot be trusted (not a git checkout, a shallow clone whose history is cut, git missing)
 * nothing is guessed: the dates are "not available".
 */
import { readContentLog, type ContentLog } from './git-history.ts';

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

/**
 * Each file's first and last commit day, from the content's commit log (newest commit first),
 * which `readContentLog` (git-history.ts) reads in the build's one `git log` pass: the change
 * log and these dates come from the same read. A file a commit deleted counts as touched, as
 * `git log --name-only` would list it.
 * @example historyFromLog({ available: true, commits: [{ hash: 'b', date: '2024-02-01', subject: '', files: [{ status: 'modified', path: 'a.mdx' }] }, { hash: 'a', date: '2024-01-01', subject: '', files: [{ status: 'added', path: 'a.mdx' }] }] }).files.get('a.mdx') // { created: '2024-01-01', updated: '2024-02-01' }
 */
export function historyFromLog(log: ContentLog): GitHistory {
	if (!log.available) return { available: false, reason: log.reason, files: new Map() };
	const files = new Map<string, FileDates>();
	for (const commit of log.commits) {
		for (const { path } of commit.files) {
			const seen = files.get(path);
			// Newest first: the first sighting is the last update; every later one moves "created" back.
			if (seen) seen.created = commit.date;
			else files.set(path, { created: commit.date, updated: commit.date });
		}
	}
	return { available: true, files };
}

/**
 * Read the history of the files under `paths` (relative to `root`), keyed by their path
 * relative to `root`, e.g. `content/entries/2020-08-17-x.mdx`. A build that also needs the
 * change log reads the log once and calls `historyFromLog` on it instead.
 */
export function readGitHistory(root: string, paths: readonly string[] = ['content']): GitHistory {
	return historyFromLog(readContentLog(root, paths));
}
