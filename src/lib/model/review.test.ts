import { describe, expect, it } from 'vitest';
import {
	asOfSentence,
	freshness,
	parseReviewStamp,
	REVIEW_FILE,
	reviewProblems,
	STALE_AFTER_DAYS,
	staleNotice,
	trackerToday,
} from './review.ts';

const stamp = { reviewedThrough: '2026-12-01', reviewedBy: 'Tracker editors', note: undefined };

describe('freshness of the record (injected today)', () => {
	it('is current on the day of the review and up to 45 days after', () => {
		expect(freshness(stamp, '2026-12-01')).toMatchObject({
			asOf: '2026-12-01',
			builtOn: '2026-12-01',
			daysSinceReview: 0,
			stale: false,
		});
		expect(STALE_AFTER_DAYS).toBe(45);
		expect(freshness(stamp, '2027-01-15')).toMatchObject({ daysSinceReview: 45, stale: false });
		expect(staleNotice(freshness(stamp, '2027-01-15'))).toBeUndefined();
	});

	it('is stale from the 46th day, and months later says so with both dates', () => {
		expect(freshness(stamp, '2027-01-16')).toMatchObject({ daysSinceReview: 46, stale: true });
		const later = freshness(stamp, '2027-04-15');
		expect(later).toMatchObject({ asOf: '2026-12-01', builtOn: '2027-04-15', daysSinceReview: 135, stale: true });
		expect(staleNotice(later)).toBe(
			'This record was last reviewed through Dec. 1, 2026, 135 days before this build (April 15, 2027): statuses may be out of date. Check the sources of the latest entries.',
		);
	});

	it('states "as of" the review and the build date apart', () => {
		expect(asOfSentence(freshness(stamp, '2027-04-15'))).toBe(
			'Statuses as of Dec. 1, 2026, the record’s last review (Tracker editors). Built on April 15, 2027.',
		);
	});

	it('never counts a negative age (a build dated before the review)', () => {
		expect(freshness(stamp, '2026-11-01')).toMatchObject({ daysSinceReview: 0, stale: false });
	});
});

describe('TRACKER_TODAY (tests only)', () => {
	it('replaces the real day when set, and only then', () => {
		expect(trackerToday({ TRACKER_TODAY: '2027-04-15' }, '2026-12-01')).toBe('2027-04-15');
		expect(trackerToday({}, '2026-12-01')).toBe('2026-12-01');
		expect(trackerToday({ TRACKER_TODAY: '' }, '2026-12-01')).toBe('2026-12-01');
	});

	it('refuses a value that is not a real day, naming the variable', () => {
		expect(() => trackerToday({ TRACKER_TODAY: '2027-02-30' })).toThrow(/TRACKER_TODAY="2027-02-30"/);
		expect(() => trackerToday({ TRACKER_TODAY: 'tomorrow' })).toThrow(/YYYY-MM-DD/);
	});
});

describe('the stamp file', () => {
	it('reads a valid stamp (dates as YAML dates or strings, BOM and CRLF)', () => {
		expect(parseReviewStamp('reviewedThrough: 2026-12-01\nreviewedBy: Tracker editors\n')).toMatchObject({
			stamp: { reviewedThrough: '2026-12-01', reviewedBy: 'Tracker editors' },
			problems: [],
		});
		expect(
			parseReviewStamp('\uFEFFreviewedThrough: "2026-12-01"\r\nreviewedBy: A. Editor\r\nnote: Read every entry.\r\n')
				.stamp,
		).toEqual({ reviewedThrough: '2026-12-01', reviewedBy: 'A. Editor', note: 'Read every entry.' });
	});

	it('reports a missing file, a missing field, a bad date, an unknown field and HTML, with file, field and fix', () => {
		const missing = parseReviewStamp(undefined).problems;
		expect(missing).toMatchObject([{ file: REVIEW_FILE, field: 'file', severity: 'error' }]);
		expect(missing[0]!.message).toMatch(/reviewedThrough: YYYY-MM-DD/);
		expect(parseReviewStamp('reviewedThrough: 2026-12-01\n').problems).toMatchObject([
			{ field: 'reviewedBy', severity: 'error' },
		]);
		const bad = parseReviewStamp('reviewedThrough: 2026-02-30\nreviewedBy: Editors\n').problems;
		expect(bad).toMatchObject([{ field: 'reviewedThrough', line: 1 }]);
		expect(bad[0]!.message).toMatch(/does not exist in the calendar/);
		expect(
			parseReviewStamp('reviewedThrough: 2026-12-01\nreviewedBy: Editors\nreviewer: X\n').problems[0],
		).toMatchObject({ field: 'file' });
		expect(parseReviewStamp('reviewedThrough: 2026-12-01\nreviewedBy: <b>X</b>\n').problems[0]).toMatchObject({
			field: 'reviewedBy',
			line: 2,
		});
		expect(parseReviewStamp('reviewedThrough: [\n').problems[0]).toMatchObject({ file: REVIEW_FILE, field: 'file' });
	});

	it('is an error when dated after today, a warning (not an error) when more than 45 days old', () => {
		const read = parseReviewStamp('reviewedThrough: 2026-12-01\nreviewedBy: Editors\n');
		expect(reviewProblems(read, '2026-12-01')).toEqual([]);
		expect(reviewProblems(read, '2026-11-30')).toMatchObject([
			{ field: 'reviewedThrough', line: 1, severity: 'error' },
		]);
		const old = reviewProblems(read, '2027-04-15');
		expect(old).toMatchObject([{ file: REVIEW_FILE, field: 'reviewedThrough', severity: 'warning' }]);
		expect(old[0]!.message).toMatch(/135 days before this build/);
		// TRACKER_TODAY's day counts for the age; the real day for "in the future".
		expect(reviewProblems(read, '2026-12-01', '2027-04-15')).toMatchObject([{ severity: 'warning' }]);
	});
});
