/**
 * Every commit that touched the content, with what it did to each file, read in ONE
 * `git log --name-status` pass per build for all of `content/` (never one git process per
 * file); plus the checkout's own commit and the record's release tags. Node only: the pure
 * parts (`parseNameStatusLog`, `parseTagList`) are exported for tests; everything that
 * runs git is safe without git, outside a checkout and in a shallow clone, where it says why
 * the history is not available instead of guessing.
 */
import { execFileSync } from 'node:child_process';

/** What a commit did to one file (`git log --name-status`, renames off). */
export type FileStatus = 'added' | 'modified' | 'deleted';

export interface CommitFile {
	status: FileStatus;
	/** Path relative to the project root, e.g. `content/entries/2020-08-17-x.mdx`. */
	path: string;
}

export interface Commit {
	hash: string;
	/** Committer day, `YYYY-MM-DD`. */
	date: string;
	/** The commit's subject line, as written (plain text; escape it where it is shown). */
	subject: string;
	files: CommitFile[];
}

export type ContentLog =
	{ available: true; commits: Commit[] } | { available: false; reason: string; commits: Commit[] };

const RS = '\x1e';
const US = '\x1f';
/** `--format` of the one log call: record separator, then hash, day and subject. */
export const LOG_FORMAT = `${RS}%H${US}%cs${US}%s`;

const STATUS: Record<string, FileStatus> = { A: 'added', M: 'modified', D: 'deleted', T: 'modified' };

/**
 * Parse `git log --no-renames --format=<LOG_FORMAT> --name-status` output (newest first).
 * Lines of an unknown status and commits with no file are skipped.
 * @example parseNameStatusLog('\x1eabc\x1f2024-01-02\x1fFix\n\nM\tcontent/a.mdx\n')[0].files // [{ status: 'modified', path: 'content/a.mdx' }]
 */
export function parseNameStatusLog(text: string): Commit[] {
	const out: Commit[] = [];
	for (const block of text.split(RS)) {
		const [head = '', ...rest] = block.split('\n');
		const [hash, date, ...subject] = head.split(US);
		if (!hash || !/^[0-9a-f]{7,64}$/.test(hash) || !date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) continue;
		const files: CommitFile[] = [];
		for (const line of rest) {
			const m = /^([AMDT])\d*\t(.+)$/.exec(line.replace(/\r$/, ''));
			if (m) files.push({ status: STATUS[m[1]!]!, path: m[2]! });
		}
		if (files.length) out.push({ hash, date, subject: subject.join(US).trim(), files });
	}
	return out;
}

/** A release of the record: an annotated or lightweight tag. */
export interface ReleaseTag {
	name: string;
	/** The commit it points at. */
	commit: string;
	/** The tag's day (the tagger's for annotated tags, else the commit's), `YYYY-MM-DD`. */
	date: string;
}

/** Tags that mark a release of the record. */
export const RELEASE_TAG_PATTERNS = ['record-*', 'v*'] as const;

/**
 * Parse `git for-each-ref --format='%(refname:short)%09%(*objectname)%09%(objectname)%09%(creatordate:short)'`, newest first.
 * @example parseTagList('record-2026-11-30\t\tabc\t2026-11-30\n')[0] // { name: 'record-2026-11-30', commit: 'abc', date: '2026-11-30' }
 */
export function parseTagList(text: string): ReleaseTag[] {
	const tags: ReleaseTag[] = [];
	for (const line of text.split('\n')) {
		const [name, peeled, object, date] = line.split('\t');
		if (!name || !date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) continue;
		const commit = peeled || object;
		if (!commit) continue;
		tags.push({ name, commit, date });
	}
	return tags.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.name < b.name ? 1 : -1));
}

function git(root: string, ...args: string[]): string {
	return execFileSync('git', args, {
		cwd: root,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'ignore'],
		maxBuffer: 512 * 1024 * 1024,
	});
}

/** Why git history cannot be read here, or undefined when it can. */
function unavailable(root: string): string | undefined {
	try {
		if (git(root, 'rev-parse', '--is-inside-work-tree').trim() !== 'true') return 'not a git checkout';
	} catch {
		return 'not a git checkout';
	}
	try {
		if (git(root, 'rev-parse', '--is-shallow-repository').trim() === 'true')
			return 'a shallow clone, whose history is cut short';
	} catch {
		return 'git history could not be read';
	}
	return undefined;
}

/** Every commit that touched `paths` (default `content`), newest first, in one git call. */
export function readContentLog(root: string, paths: readonly string[] = ['content']): ContentLog {
	const why = unavailable(root);
	if (why) return { available: false, reason: why, commits: [] };
	try {
		const out = git(
			root,
			'log',
			'--relative',
			'--no-renames',
			`--format=${LOG_FORMAT}`,
			'--name-status',
			'--',
			...paths,
		);
		return { available: true, commits: parseNameStatusLog(out) };
	} catch {
		return { available: false, reason: 'git history could not be read', commits: [] };
	}
}

/** The checked-out commit and whether the content has uncommitted changes; undefined outside git. */
export function readHead(root: string): { commit: string; dirty: boolean } | undefined {
	try {
		const commit = git(root, 'rev-parse', 'HEAD').trim();
		if (!/^[0-9a-f]{40,64}$/.test(commit)) return undefined;
		let dirty = false;
		try {
			dirty = git(root, 'status', '--porcelain', '--', 'content').trim() !== '';
		} catch {
			/* a status we cannot read is not claimed dirty */
		}
		return { commit, dirty };
	} catch {
		return undefined;
	}
}

/** The record's release tags, newest first; none outside git. */
export function readReleaseTags(root: string): ReleaseTag[] {
	try {
		const out = git(
			root,
			'for-each-ref',
			'--format=%(refname:short)%09%(*objectname)%09%(objectname)%09%(creatordate:short)',
			...RELEASE_TAG_PATTERNS.map((p) => `refs/tags/${p}`),
		);
		return parseTagList(out);
	} catch {
		return [];
	}
}
