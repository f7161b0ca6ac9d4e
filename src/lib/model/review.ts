/**
 * The record's review stamp (`content/review.yaml`) and what follows from it.
 *
 * A status ("no recorded action", "listed since …", "not listed") is only as current as the
 * last time editors checked the record against its sources, not the day the site happened to be
 * built. So every status is stated as of `reviewedThrough`; the build date is shown apart
 * ("built on …"); and when a build runs more than `STALE_AFTER_DAYS` after the review, the build
 * warns and the pages that state a status say the record may be out of date (the build does not
 * fail: an old record is still a record).
 *
 * "Today" is the real UTC day, except that tests may set `TRACKER_TODAY=YYYY-MM-DD` to build as
 * if it were another day (to see the site months after its last review). Nothing else reads it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { daysBetween, formatApDate, isRealIsoDay, todayIso } from './dates.ts';
import type { Problem } from '../check/problems.ts';
import { reviewSchema, type ReviewStamp } from './schema.ts';
import { readYaml } from '../check/yaml-read.ts';

/** The stamp's file, relative to the project root. */
export const REVIEW_FILE = 'content/review.yaml';

/** A build this many days or fewer after the review is current; later, the record may be out of date. */
export const STALE_AFTER_DAYS = 45;

/** The environment variable tests use to build as if on another day (`YYYY-MM-DD`). */
export const TODAY_ENV = 'TRACKER_TODAY';

/**
 * The day the build runs: `TRACKER_TODAY` when set (tests only), else `otherwise` (the real UTC day).
 * @throws when `TRACKER_TODAY` is set but is not a real `YYYY-MM-DD` day
 * @example trackerToday({ TRACKER_TODAY: '2027-04-01' }) // '2027-04-01'
 */
export function trackerToday(
	env: Readonly<Record<string, string | undefined>> = process.env,
	otherwise: string = todayIso(),
): string {
	const fake = env[TODAY_ENV];
	if (fake === undefined || fake === '') return otherwise;
	if (!/^\d{4}-\d{2}-\d{2}$/.test(fake) || !isRealIsoDay(fake))
		throw new Error(`${TODAY_ENV}="${fake}" is not a day written as YYYY-MM-DD: unset it, or give a real day.`);
	return fake;
}

/** What every page, data file and feed needs to say "as of". */
export interface RecordFreshness {
	/** The day every status is stated as of: the stamp's `reviewedThrough` (`YYYY-MM-DD`). */
	asOf: string;
	/** Who reviewed it (a name or a role). */
	reviewedBy: string;
	/** What the review covered, when the stamp says. */
	note: string | undefined;
	/** The build date (`YYYY-MM-DD`), shown apart from `asOf`. */
	builtOn: string;
	/** Whole days from the review to the build (0 or more). */
	daysSinceReview: number;
	/** Whether the build runs more than `STALE_AFTER_DAYS` after the review. */
	stale: boolean;
}

/**
 * The freshness of the record on a given build day.
 * @param today the build day, `YYYY-MM-DD` (inject it; `trackerToday()` in the build)
 * @example freshness({ reviewedThrough: '2026-12-01', reviewedBy: 'Editors' }, '2027-03-01').stale // true (90 days)
 */
export function freshness(stamp: ReviewStamp, today: string): RecordFreshness {
	const days = Math.max(0, daysBetween(stamp.reviewedThrough, today));
	return {
		asOf: stamp.reviewedThrough,
		reviewedBy: stamp.reviewedBy,
		note: stamp.note,
		builtOn: today,
		daysSinceReview: days,
		stale: days > STALE_AFTER_DAYS,
	};
}

/**
 * The sentence pages print where they state statuses: as of the review, by whom, and the build day.
 * @example asOfSentence(f) // 'Statuses as of Dec. 1, 2026, the record’s last review (Tracker editors). Built on Dec. 3, 2026.'
 */
export function asOfSentence(f: RecordFreshness): string {
	return `Statuses as of ${formatApDate(f.asOf)}, the record’s last review (${f.reviewedBy}). Built on ${formatApDate(f.builtOn)}.`;
}

/**
 * The notice pages that state a status show when the record is stale; undefined when it is not.
 * @example staleNotice(f) // 'This record was last reviewed on Dec. 1, 2026, 121 days before this build: statuses may be out of date.'
 */
export function staleNotice(f: RecordFreshness): string | undefined {
	if (!f.stale) return undefined;
	return `This record was last reviewed through ${formatApDate(f.asOf)}, ${f.daysSinceReview.toLocaleString('en-US')} days before this build (${formatApDate(f.builtOn)}): statuses may be out of date. Check the sources of the latest entries.`;
}

/** The stamp as read from its file: the stamp when valid, and every problem with it. */
export interface ReviewRead {
	stamp: ReviewStamp | undefined;
	problems: Problem[];
	/** The line of a field, for messages. */
	lineOf: (path: readonly (string | number)[]) => number | undefined;
}

const HOW = `${REVIEW_FILE} holds the record's review stamp: "reviewedThrough: YYYY-MM-DD" (the last day the whole record was checked against its sources) and "reviewedBy: <a name or a role>", optionally "note: <one sentence>"`;

/**
 * Parse and validate the stamp's text (BOM and CRLF accepted).
 * @param text the file's text, or undefined when the file does not exist
 */
export function parseReviewStamp(text: string | undefined): ReviewRead {
	const none = () => undefined;
	if (text === undefined)
		return {
			stamp: undefined,
			lineOf: none,
			problems: [
				{
					file: REVIEW_FILE,
					field: 'file',
					message: `missing: every status is stated as of the record's last review, so the record needs its stamp. Create ${HOW}.`,
					severity: 'error',
				},
			],
		};
	const read = readYaml(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), 0);
	if (read.errors.length)
		return {
			stamp: undefined,
			lineOf: none,
			problems: read.errors.map((e) => ({
				file: REVIEW_FILE,
				field: 'file',
				line: e.line,
				message: `${e.message}.`,
				severity: 'error' as const,
			})),
		};
	const r = reviewSchema.safeParse(read.data ?? {});
	if (r.success) return { stamp: r.data, problems: [], lineOf: read.lineOf };
	const data = (read.data ?? {}) as Record<string, unknown>;
	return {
		stamp: undefined,
		lineOf: read.lineOf,
		problems: r.error.issues.map((issue) => {
			const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
			const field = path.length ? path.join('.') : 'file';
			const found = path.length === 1 ? data[String(path[0])] : undefined;
			const keys = issue.code === 'unrecognized_keys' ? (issue as unknown as { keys: string[] }).keys : [];
			const message =
				issue.code === 'unrecognized_keys'
					? `unknown field${keys.length > 1 ? 's' : ''} ${keys.map((k) => `"${k}"`).join(', ')}: ${HOW}, nothing else.`
					: found === undefined
						? `missing: ${HOW}.`
						: `found ${JSON.stringify(found instanceof Date ? found.toISOString().slice(0, 10) : found)}: ${issue.message}.`;
			return {
				file: REVIEW_FILE,
				field: issue.code === 'unrecognized_keys' ? 'file' : field,
				line: read.lineOf(path),
				message,
				severity: 'error' as const,
			};
		}),
	};
}

/** Read `<root>/content/review.yaml`. */
export function readReviewStamp(root: string): ReviewRead {
	let text: string | undefined;
	try {
		text = readFileSync(join(root, REVIEW_FILE), 'utf8');
	} catch {
		text = undefined;
	}
	return parseReviewStamp(text);
}

/**
 * What the check says about the stamp on a given day, besides its schema: a stamp dated after
 * today is an error; a stamp more than `STALE_AFTER_DAYS` old is a warning (the build goes on,
 * and the pages say the record may be out of date).
 * @param checkToday the real day (nothing may be dated later)
 * @param buildToday the day the build runs as (`trackerToday(env, checkToday)`; differs only under TRACKER_TODAY)
 */
export function reviewProblems(read: ReviewRead, checkToday: string, buildToday: string = checkToday): Problem[] {
	const s = read.stamp;
	if (!s) return read.problems;
	const at = read.lineOf(['reviewedThrough']);
	if (s.reviewedThrough > checkToday)
		return [
			{
				file: REVIEW_FILE,
				field: 'reviewedThrough',
				line: at,
				message: `the review date ${s.reviewedThrough} is in the future (today is ${checkToday}): write the last day the record was actually reviewed through.`,
				severity: 'error',
			},
		];
	const f = freshness(s, buildToday);
	if (!f.stale) return [];
	return [
		{
			file: REVIEW_FILE,
			field: 'reviewedThrough',
			line: at,
			message: `the record was last reviewed through ${s.reviewedThrough}, ${f.daysSinceReview} days before this build (${buildToday}); after ${STALE_AFTER_DAYS} days the pages say that statuses may be out of date. Review the record against its sources, then move reviewedThrough forward.`,
			severity: 'warning',
		},
	];
}
