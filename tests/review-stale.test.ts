/**
 * The record built months after its last review (TRACKER_TODAY set to 135 days after the
 * review stamp, in a throwaway copy of the project): the build warns but succeeds, and the pages
 * and files that state a status keep "as of" the review, show the build date apart, and say the
 * record may be out of date. The build is the one changes.test.ts reads too, made once per run
 * (tests/helpers/record-build.ts): a git checkout with one entry corrected, which changes no
 * status.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../src/lib/derive/corpus.ts';
import { deriveAsks } from '../src/lib/derive/asks.ts';
import { daysBetween, formatApDate } from '../src/lib/model/dates.ts';
import { readReviewStamp } from '../src/lib/model/review.ts';
import { DAYS_AFTER_REVIEW, RECORD_BUILD_TODAY, recordBuild, type RecordBuild } from './helpers/record-build.ts';
import { content, ROOT } from './helpers/site.ts';

const stamp = readReviewStamp(ROOT).stamp!;
const LATER = RECORD_BUILD_TODAY;
let build: RecordBuild;

beforeAll(async () => {
	build = await recordBuild();
}, 600_000);

const html = (path: string) => parse(readFileSync(join(build.dir, 'dist', path, 'index.html'), 'utf8'));
const squash = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

describe(`a build ${DAYS_AFTER_REVIEW} days after the last review (TRACKER_TODAY=${LATER})`, () => {
	it('succeeds, with a warning naming the stamp', () => {
		expect(build.code, build.output.slice(-3000)).toBe(0);
		expect(build.output).toContain('warning: content/review.yaml');
		expect(build.output).toMatch(new RegExp(`${DAYS_AFTER_REVIEW} days before this build`));
	});

	it('says on /asks/ that statuses are as of the review, built later, and may be out of date; days count to the review', () => {
		const doc = html('asks');
		expect(squash(doc.querySelector('.as-of')?.text)).toBe(
			`Statuses as of ${formatApDate(stamp.reviewedThrough)}, the record’s last review (${stamp.reviewedBy}). Built on ${formatApDate(LATER)}.`,
		);
		expect(squash(doc.querySelector('.stale-notice')?.text)).toMatch(/may be out of date/);
		const { entries, entities } = content();
		const outcomes = deriveAsks(buildCorpus(entries, entities), stamp.reviewedThrough);
		for (const o of outcomes.filter((x) => x.status === 'open')) {
			const card = doc.querySelector(`article.ask[id="r-${o.ref.replace('#', '--')}"]`);
			expect(squash(card?.querySelector('.no-action')?.text), o.ref).toContain(
				`${daysBetween(o.letter.data.date, stamp.reviewedThrough).toLocaleString('en-US')} days after the letter`,
			);
		}
	});

	it('says so in entity status panels, the data files and the feed', () => {
		const { entities } = content();
		const withPanel = entities.map((e) => html(`entities/${e.id}`)).filter((d) => d.querySelector('.status-panel'));
		expect(withPanel.length).toBeGreaterThan(0);
		for (const d of withPanel)
			expect(squash(d.querySelector('.status-panel .stale-notice')?.text)).toMatch(/may be out of date/);
		const asks = JSON.parse(readFileSync(join(build.dir, 'dist/data/asks.json'), 'utf8'));
		expect(asks).toMatchObject({ generated: LATER, asOf: stamp.reviewedThrough, reviewedBy: stamp.reviewedBy });
		for (const r of asks.records) expect(r.asOf).toBe(stamp.reviewedThrough);
		expect(readFileSync(join(build.dir, 'dist/feeds/entries.xml'), 'utf8')).toMatch(
			/Record reviewed through .*it may be out of date/,
		);
	});
});
