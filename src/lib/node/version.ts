/**
 * Which version of the record a build shows: the commit it was built from (`git rev-parse
 * HEAD`, or the SOURCE_COMMIT / GITHUB_SHA environment variable when the build is not a git
 * checkout, or nothing) and the record's review date (`reviewedThrough` in
 * `content/review.yaml`, when that file exists). `versionLine` and `versionedCitation` are pure;
 * `readRecordVersion` reads git and the file (Node only, once per build).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { formatApDate, isRealIsoDay } from '../model/dates.ts';
import { readHead } from './git-history.ts';
import { repoTreeUrl } from '../site/urls.ts';

export interface RecordVersion {
	/** Full commit hash, when known. */
	commit?: string | undefined;
	/** Where the commit comes from. */
	commitFrom: 'git' | 'env' | 'none';
	/** Content had uncommitted changes when built (so the commit is not the whole truth). */
	dirty: boolean;
	/** The day the record was reviewed through, `YYYY-MM-DD`, when `content/review.yaml` says. */
	reviewedThrough?: string | undefined;
}

/** The review file another part of the project maintains. */
export const REVIEW_FILE = 'content/review.yaml';

/**
 * The record's review date from `content/review.yaml` (`reviewedThrough: YYYY-MM-DD`), or
 * undefined when the file is absent or holds no valid day: then nothing is claimed.
 */
export function readReviewedThrough(root: string): string | undefined {
	const file = join(root, REVIEW_FILE);
	if (!existsSync(file)) return undefined;
	try {
		const data = parse(readFileSync(file, 'utf8')) as unknown;
		const v = data && typeof data === 'object' ? (data as Record<string, unknown>).reviewedThrough : undefined;
		const day = v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'string' ? v.trim() : undefined;
		return day && isRealIsoDay(day) ? day : undefined;
	} catch {
		return undefined;
	}
}

const HASH = /^[0-9a-f]{7,64}$/;

/** The version of the record in the checkout at `root`. */
export function readRecordVersion(root: string, env: Record<string, string | undefined> = process.env): RecordVersion {
	const reviewedThrough = readReviewedThrough(root);
	const head = readHead(root);
	if (head) return { commit: head.commit, commitFrom: 'git', dirty: head.dirty, reviewedThrough };
	const fromEnv = (env.SOURCE_COMMIT || env.GITHUB_SHA || '').trim().toLowerCase();
	if (HASH.test(fromEnv)) return { commit: fromEnv, commitFrom: 'env', dirty: false, reviewedThrough };
	return { commitFrom: 'none', dirty: false, reviewedThrough };
}

/** The first 12 characters of a commit hash (enough to be unique in any real repository). */
export const shortCommit = (hash: string): string => hash.slice(0, 12);

/**
 * The footer's line: which version of the record this page shows.
 * @example versionLine({ commit: 'abcdef1234567890', commitFrom: 'git', dirty: false, reviewedThrough: '2026-11-30' }) // 'Record version abcdef123456, reviewed through Nov. 30, 2026.'
 */
export function versionLine(v: RecordVersion): string {
	const commit = v.commit
		? `Record version ${shortCommit(v.commit)}${v.dirty ? ' plus uncommitted changes' : ''}`
		: 'Record version not available (built outside git)';
	const review = v.reviewedThrough ? `, reviewed through ${formatApDate(v.reviewedThrough)}` : '';
	return `${commit}${review}.`;
}

/** A tagged release of the record, as the Data page links it. */
export interface ReleaseLink {
	name: string;
	date: string;
	commit: string;
	/** The content files (from which every data file is built) at the tag, when a repository is configured. */
	contentUrl?: string | undefined;
	/** The whole repository at the tag, when a repository is configured. */
	treeUrl?: string | undefined;
}

/** How many releases the Data page lists (the newest); the repository's tag list has all. */
export const RELEASES_ON_DATA_PAGE = 20;

/** Links for the newest releases. */
export function releaseLinks(
	tags: readonly { name: string; date: string; commit: string }[],
	repo: string | undefined,
	limit = RELEASES_ON_DATA_PAGE,
): ReleaseLink[] {
	return tags.slice(0, limit).map((t) => ({
		name: t.name,
		date: t.date,
		commit: t.commit,
		contentUrl: repo ? repoTreeUrl(t.name, 'content', repo) : undefined,
		treeUrl: repo ? repoTreeUrl(t.name, '', repo) : undefined,
	}));
}
