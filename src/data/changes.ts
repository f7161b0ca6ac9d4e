/**
 * The change log and the record's version, computed once per build: one `git log
 * --name-status` over content/ (git-history.ts), the changes derived from it and from the
 * entries (changes.ts), the checkout's commit and review date (version.ts), and the release
 * tags. Pages read these; components get only what they render.
 */
import { deriveChanges, indexChanges, type ChangesIndex } from '../lib/derive/changes.ts';
import { readContentLog, readReleaseTags, type ContentLog, type ReleaseTag } from '../lib/node/git-history.ts';
import { readRecordVersion, type RecordVersion } from '../lib/node/version.ts';
import { tracker } from './tracker.ts';

export interface ChangesData {
	log: ContentLog;
	index: ChangesIndex;
	version: RecordVersion;
	tags: ReleaseTag[];
}

let log: ContentLog | undefined;
let version: RecordVersion | undefined;
let tags: ReleaseTag[] | undefined;
let cached: Promise<ChangesData> | undefined;

/** The version of the record this build shows (read once). */
export function recordVersion(): RecordVersion {
	version ??= readRecordVersion(process.cwd());
	return version;
}

/** The record's release tags, newest first (read once). */
export function releaseTags(): ReleaseTag[] {
	tags ??= readReleaseTags(process.cwd());
	return tags;
}

/** The content's commit log: the build's one `git log` pass (the entry dates in exports.ts come from it too). */
export function contentLog(): ContentLog {
	log ??= readContentLog(process.cwd());
	return log;
}

async function load(): Promise<ChangesData> {
	const t = await tracker();
	const log = contentLog();
	const changes = deriveChanges({ corpus: t.corpus, asks: t.asks, commits: log.commits, gitAvailable: log.available });
	return { log, index: indexChanges(changes), version: recordVersion(), tags: releaseTags() };
}

/** The change log, computed once and shared by every route of the build. */
export function changesData(): Promise<ChangesData> {
	cached ??= load();
	return cached;
}
