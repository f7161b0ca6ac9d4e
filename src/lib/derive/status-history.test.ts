import { describe, expect, it } from 'vitest';
import { entity, entry } from '../../../tests/helpers/factory.ts';
import { deriveAsks } from './asks.ts';
import { buildCorpus } from './corpus.ts';
import { deriveDesignations } from './designations.ts';
import { standingHistory, statusHistory, statusHistoryRecords, statusHistoryText } from './status-history.ts';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readReviewedThrough, versionLine } from '../node/version.ts';
import { versionedCitation } from '../publish/cite.ts';
import { repoFileUrl, repoTreeUrl } from '../site/urls.ts';

const entities = [
	entity('senator', { kind: 'legislator' }),
	entity('agency', { kind: 'government-agency' }),
	entity('cloud-co'),
	entity('other-co'),
	entity('entity-list', { kind: 'list', name: 'Entity List' }),
];
const letter = entry('letter', {
	date: '2023-04-25',
	type: 'congressional-letter',
	actors: ['senator'],
	asks: [
		{
			id: 'list-them',
			request: 'List both.',
			source: 'src',
			addressees: ['agency'],
			action: 'add-to-list',
			subjects: ['cloud-co', 'other-co'],
			list: 'entity-list',
		},
	],
});
const ack = entry('ack', {
	date: '2023-05-10',
	actors: ['agency'],
	answers: [{ ask: '2023-04-25-letter#list-them', response: 'acknowledged' }],
});
const ack2 = entry('ack-again', {
	date: '2023-06-01',
	actors: ['agency'],
	answers: [{ ask: '2023-04-25-letter#list-them', response: 'acknowledged' }],
});
const part = entry('part', {
	date: '2024-01-29',
	type: 'entity-list-rule',
	actors: ['agency'],
	designations: [{ entity: 'cloud-co', list: 'entity-list' }],
});
const full = entry('full', {
	date: '2025-01-06',
	type: 'entity-list-rule',
	actors: ['agency'],
	designations: [
		{ entity: 'other-co', list: 'entity-list' },
		{ entity: 'cloud-co', list: 'entity-list', action: 'revised' },
		{ entity: 'cloud-co', list: 'entity-list' },
	],
});
const off = entry('off', {
	date: '2025-06-01',
	type: 'entity-list-rule',
	actors: ['agency'],
	designations: [{ entity: 'cloud-co', list: 'entity-list', action: 'removed' }],
});

describe('statusHistory', () => {
	const corpus = buildCorpus([letter, ack, ack2, part, full, off], entities);
	const [o] = deriveAsks(corpus, '2026-01-01');

	it('asked on the letter’s day, then each day the status changed, with the entry that changed it', () => {
		const steps = statusHistory(o!);
		expect(steps.map((s) => `${s.date} ${s.status} ${s.entry.id}${s.inferred ? ' inferred' : ''}`)).toEqual([
			'2023-04-25 open 2023-04-25-letter',
			'2023-05-10 acknowledged 2023-05-10-ack',
			'2024-01-29 partly-acted-on 2024-01-29-part inferred',
			'2025-01-06 acted-on 2025-01-06-full inferred',
		]);
		// The last step is the status deriveAsks gives.
		expect(steps[steps.length - 1]!.status).toBe(o!.status);
		expect(statusHistoryText(steps)).toBe(
			'Asked on April 25, 2023; acknowledged on May 10, 2023; partly acted on on Jan. 29, 2024 (inferred); acted on on Jan. 6, 2025 (inferred).',
		);
		expect(statusHistoryRecords(o!)[1]).toEqual({
			date: '2023-05-10',
			status: 'acknowledged',
			entry: '2023-05-10-ack',
			inferred: false,
		});
	});

	it('an ask with no response has one step: asked', () => {
		const c = buildCorpus([letter], entities);
		expect(statusHistory(deriveAsks(c, '2026-01-01')[0]!).map((s) => s.status)).toEqual(['open']);
	});

	it('an entity’s standings over time, newest first, bounded', () => {
		const d = deriveDesignations(corpus);
		const h = standingHistory(corpus, d, 'cloud-co');
		expect(h.total).toBe(4);
		expect(h.steps.map((s) => `${s.date} ${s.action} ${s.list.name}`)).toEqual([
			'2025-06-01 removed Entity List',
			'2025-01-06 revised Entity List',
			'2025-01-06 added Entity List',
			'2024-01-29 added Entity List',
		]);
		expect(standingHistory(corpus, d, 'cloud-co', 1).steps).toHaveLength(1);
		expect(standingHistory(corpus, d, 'senator').total).toBe(0);
	});
});

describe('version and versioned citation', () => {
	it('says the commit and the review date, or that they are not available', () => {
		expect(
			versionLine({
				commit: 'abcdef1234567890abcdef1234567890abcdef12',
				commitFrom: 'git',
				dirty: false,
				reviewedThrough: '2026-11-30',
			}),
		).toBe('Record version abcdef123456, reviewed through Nov. 30, 2026.');
		expect(versionLine({ commit: 'abcdef1234567890abcdef1234567890abcdef12', commitFrom: 'git', dirty: true })).toBe(
			'Record version abcdef123456 plus uncommitted changes.',
		);
		expect(versionLine({ commitFrom: 'none', dirty: false })).toBe('Record version not available (built outside git).');
	});

	it('cites the entry file at the commit', () => {
		const file = repoFileUrl('content/entries/2020-08-17-x.mdx', 'abc1234def', 'https://git.example.org/r');
		expect(file).toBe('https://git.example.org/r/blob/abc1234def/content/entries/2020-08-17-x.mdx');
		expect(repoTreeUrl('record-2026-11-30', 'content', 'https://git.example.org/r')).toBe(
			'https://git.example.org/r/tree/record-2026-11-30/content',
		);
		const text = versionedCitation(
			{
				id: 'x',
				title: 'A rule',
				url: 'https://s.example.org/entries/x/',
				accessed: '2026-12-01',
				updated: '2026-11-26',
			},
			{ commit: 'abc1234def', fileUrl: file, reviewedThrough: '2026-11-30' },
		);
		expect(text).toBe(
			'China Cloud Policy Tracker. “A rule.” Last modified November 26, 2026. Record version abc1234def, reviewed through November 30, 2026. Accessed December 1, 2026. https://s.example.org/entries/x/ (source file at that version: https://git.example.org/r/blob/abc1234def/content/entries/2020-08-17-x.mdx).',
		);
	});
});

describe('readReviewedThrough', () => {
	it('reads a valid day from content/review.yaml, and nothing otherwise', () => {
		const d = mkdtempSync(join(tmpdir(), 'cct-review-'));
		try {
			expect(readReviewedThrough(d)).toBeUndefined();
			mkdirSync(join(d, 'content'));
			writeFileSync(join(d, 'content/review.yaml'), 'reviewedThrough: 2026-11-30\n');
			expect(readReviewedThrough(d)).toBe('2026-11-30');
			writeFileSync(join(d, 'content/review.yaml'), "reviewedThrough: '2026-02-30'\n");
			expect(readReviewedThrough(d)).toBeUndefined();
			writeFileSync(join(d, 'content/review.yaml'), ': not yaml [\n');
			expect(readReviewedThrough(d)).toBeUndefined();
		} finally {
			rmSync(d, { recursive: true, force: true });
		}
	});
});
