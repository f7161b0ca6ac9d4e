import { describe, expect, it } from 'vitest';
import { entity, entry } from '../../../tests/helpers/factory.ts';
import { deriveAsks, indexAsks } from '../derive/asks.ts';
import { buildCorpus } from '../derive/corpus.ts';
import { deriveDesignations } from '../derive/designations.ts';
import { buildRecords } from '../publish/records.ts';
import { cacheKey } from '../site/cache-key.ts';
import { RELATED_ON_PAGE } from './bounded-lists.ts';
import { entryPage } from './entry-page.ts';

const ORIGIN = 'https://t.example';
const ents = [
	entity('commerce', { name: 'Department of Commerce', shortName: 'Commerce', kind: 'government-agency' }),
	entity('senator', { name: 'A Senator', kind: 'legislator' }),
	entity('cloudco', { name: 'Cloud Co' }),
	entity('entity-list', { name: 'Entity List', kind: 'list' }),
	entity('bystander', { name: 'Bystander' }),
];
const letter = entry('letter', {
	date: '2023-04-25',
	type: 'congressional-letter',
	actors: ['senator'],
	subjects: ['cloudco'],
	asks: [
		{
			id: 'list',
			request: 'Add Cloud Co to the Entity List.',
			quoted: true,
			source: 'src',
			addressees: ['commerce'],
			action: 'add-to-list',
			subjects: ['cloudco'],
			list: 'entity-list',
		},
		{
			id: 'look',
			request: 'Look into it.',
			source: 'src',
			addressees: ['commerce'],
			action: 'investigate',
			subjects: ['cloudco'],
		},
	],
	corrections: [
		{ date: '2024-02-01', text: 'Second fix.' },
		{ date: '2023-05-01', text: 'First fix.' },
	],
});
const rule = entry('rule', {
	date: '2024-01-10',
	type: 'entity-list-rule',
	actors: ['commerce'],
	citation: ['89 FR 1'],
	designations: [{ entity: 'cloudco', list: 'entity-list' }],
	answers: [{ ask: '2023-04-25-letter#look', response: 'acknowledged', note: 'It looked' }],
	bearsOn: [],
	related: ['2023-04-25-letter'],
});
const later = Array.from({ length: RELATED_ON_PAGE + 2 }, (_, i) =>
	entry(`later-${i}`, { date: `2025-01-${String(1 + i).padStart(2, '0')}`, related: ['2023-04-25-letter'] }),
);
const corpus = buildCorpus([letter, rule, ...later], ents);
const asks = deriveAsks(corpus, '2026-12-01');
const designations = deriveDesignations(corpus);
const history = {
	available: true as const,
	files: new Map([['content/entries/2024-01-10-rule.mdx', { created: '2024-01-11', updated: '2024-03-01' }]]),
};
const records = buildRecords({
	corpus,
	designations,
	asks,
	buildDate: '2026-12-02',
	review: { asOf: '2026-12-01', reviewedBy: 'Editors' },
	origin: ORIGIN,
	history: history.files,
});
const input = (id: string) => ({
	corpus,
	askIndex: indexAsks(asks),
	record: records.entryById.get(id)!,
	history,
	historyUrlTemplate: 'https://git.example/r/commits/main/{path}',
	origin: ORIGIN,
	buildDate: '2026-12-02',
	version: { commit: 'abcdef1234567890', commitFrom: 'git' as const, dirty: false, reviewedThrough: '2026-12-01' },
	repositoryUrl: 'https://git.example/r',
});

describe('an entry page', () => {
	const l = entryPage(corpus.entryById.get(letter.id)!, input(letter.id));
	const r = entryPage(corpus.entryById.get(rule.id)!, input(rule.id));

	it('gives a letter its requests as cards, anchored on its page', () => {
		expect(l.asks.map((c) => c.ref)).toEqual(['2023-04-25-letter#list', '2023-04-25-letter#look']);
		expect(l.asks[0]!.status).toBe('acted-on');
		expect(l.asks[1]!.status).toBe('acknowledged');
		expect(l.answers).toEqual([]);
	});

	it('gives a later entry its answers, written and inferred, linked to the request', () => {
		expect(r.answers).toEqual([
			{
				href: '/entries/2023-04-25-letter/#ask-look',
				title: 'Entry letter: Look into it.',
				label: 'Acknowledged',
				note: 'It looked',
			},
		]);
		expect(r.inferred).toEqual([
			{
				href: '/entries/2023-04-25-letter/#ask-list',
				title: 'Entry letter: Add Cloud Co to the Entity List.',
				label: 'Acted on',
			},
		]);
		expect(r.asks).toEqual([]);
	});

	it('names the subjects, designated entities and lists it links, and no other', () => {
		expect(r.names).toEqual({ cloudco: { name: 'Cloud Co' }, 'entity-list': { name: 'Entity List' } });
		expect(l.names).toEqual({ cloudco: { name: 'Cloud Co' } });
	});

	it('bounds its related entries to the latest, and counts the rest', () => {
		expect(l.related.total).toBe(later.length + 1);
		expect(l.related.shown).toHaveLength(RELATED_ON_PAGE);
		expect(l.related.more).toBe(3);
		expect(l.related.shown.at(-1)).toEqual({
			id: later.at(-1)!.id,
			title: later.at(-1)!.data.title,
			date: later.at(-1)!.data.date,
			precision: 'day',
		});
	});

	it('dates its history from git, sorts its corrections, and links its file', () => {
		expect(r.history).toEqual({
			updated: '2024-03-01',
			why: 'this file is not yet in the repository history',
			historyUrl: 'https://git.example/r/commits/main/content/entries/2024-01-10-rule.mdx',
			corrections: [],
		});
		expect(l.history.updated).toBeUndefined();
		expect(l.history.corrections.map((c) => c.text)).toEqual(['First fix.', 'Second fix.']);
		const noGit = entryPage(letter, {
			...input(letter.id),
			history: { available: false, reason: 'a shallow clone', files: new Map() },
		});
		expect(noGit.history.why).toBe('a shallow clone');
	});

	it('cites the version it was built from, with the file at that commit', () => {
		expect(r.cite).toEqual({
			input: {
				id: rule.id,
				title: rule.data.title,
				url: `${ORIGIN}/entries/${rule.id}/`,
				updated: '2024-03-01',
				accessed: '2026-12-02',
			},
			lastUpdated: '2024-03-01',
			buildDate: '2026-12-02',
			version: { commit: 'abcdef1234567890', dirty: false, reviewedThrough: '2026-12-01' },
			fileUrl: 'https://git.example/r/blob/abcdef1234567890/content/entries/2024-01-10-rule.mdx',
		});
		const outside = entryPage(rule, {
			...input(rule.id),
			version: { commitFrom: 'none', dirty: false },
			repositoryUrl: undefined,
		});
		expect(outside.cite.version).toBeUndefined();
		expect(outside.cite.fileUrl).toBeUndefined();
	});

	it('is small plain data: no entry body, no corpus; its key moves with a name it shows', () => {
		const json = JSON.stringify(r);
		expect(json).not.toContain('<Cite');
		expect(json).not.toContain('Bystander');
		const renamed = buildCorpus(
			[letter, rule, ...later],
			ents.map((e) => (e.id === 'cloudco' ? entity('cloudco', { name: 'Cloud Co Ltd' }) : e)),
		);
		const again = entryPage(renamed.entryById.get(rule.id)!, { ...input(rule.id), corpus: renamed });
		expect(cacheKey(again)).not.toBe(cacheKey(r));
		const bystander = buildCorpus(
			[letter, rule, ...later],
			ents.map((e) => (e.id === 'bystander' ? entity('bystander', { name: 'Someone else' }) : e)),
		);
		expect(cacheKey(entryPage(bystander.entryById.get(rule.id)!, { ...input(rule.id), corpus: bystander }))).toBe(
			cacheKey(r),
		);
	});
});
