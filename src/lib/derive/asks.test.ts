import { describe, expect, it } from 'vitest';
import { entity, entry } from '../../../tests/helpers/factory.ts';
import { awaitingAction, deriveAsks, indexAsks, statusOf } from './asks.ts';
import { buildCorpus } from './corpus.ts';

const ask = (id: string, action: string, subjects: string[], list?: string) => ({
	id,
	request: `Request ${id}.`,
	source: 'src',
	addressees: ['commerce'],
	action,
	subjects,
	...(list ? { list } : {}),
});
const letter = entry('letter', {
	date: '2023-04-25',
	type: 'congressional-letter',
	asks: [
		ask('list-x', 'add-to-list', ['x'], 'entity-list'),
		ask('sanction-y', 'sanction', ['y']),
		ask('look', 'investigate', ['p', 'q']),
		ask('list-pq', 'add-to-list', ['p', 'q'], 'entity-list'),
	],
});
const entities = ['commerce', 'x', 'y', 'p', 'q']
	.map((id) => entity(id))
	.concat(entity('entity-list', { kind: 'list' }), entity('sdn-list', { kind: 'list' }));
const outcomes = (...more: ReturnType<typeof entry>[]) => {
	const o = deriveAsks(buildCorpus([letter, ...more], entities), '2026-11-26');
	return Object.fromEntries(o.map((x) => [x.ask.id, x]));
};

describe('ask status (derived, never typed)', () => {
	it('is open with no response, with the days since the letter', () => {
		const o = outcomes();
		expect(o['list-x']!.status).toBe('open');
		expect(o['list-x']!.daysOpen).toBe(1311);
		expect(awaitingAction(o['list-x']!)).toBe(true);
	});

	it('is acted on when a later designation puts the asked-for entity on the asked-for list, naming the rule', () => {
		const rule = entry('rule', {
			date: '2024-01-10',
			type: 'entity-list-rule',
			designations: [{ entity: 'x', list: 'entity-list' }],
		});
		const o = outcomes(rule)['list-x']!;
		expect(o.status).toBe('acted-on');
		expect(o.responses[0]).toMatchObject({ rule: 'designation-on-named-list', covered: ['x'] });
		expect(awaitingAction(o)).toBe(false);
	});

	it('is not acted on by a designation on another list, or one before the letter', () => {
		const other = entry('other', { date: '2024-01-10', designations: [{ entity: 'x', list: 'sdn-list' }] });
		const before = entry('before', { date: '2020-01-10', designations: [{ entity: 'x', list: 'entity-list' }] });
		expect(outcomes(other, before)['list-x']!.status).toBe('open');
	});

	it('counts an SDN designation as acting on a request to sanction', () => {
		const ofac = entry('ofac', {
			date: '2024-02-01',
			type: 'sanctions-designation',
			designations: [{ entity: 'y', list: 'sdn-list' }],
		});
		expect(outcomes(ofac)['sanction-y']).toMatchObject({
			status: 'acted-on',
			responses: [{ rule: 'sanction-as-sdn' }],
		});
	});

	it('is partly acted on when a designation covers some of the subjects', () => {
		const rule = entry('rule', { date: '2024-01-10', designations: [{ entity: 'p', list: 'entity-list' }] });
		const o = outcomes(rule)['list-pq']!;
		expect(o.status).toBe('partly-acted-on');
		expect(o.responses[0]!.covered).toEqual(['p']);
	});

	it('takes the strongest of several answers, and keeps them all in date order', () => {
		const ack = entry('ack', {
			date: '2023-04-26',
			answers: [{ ask: '2023-04-25-letter#look', response: 'acknowledged' }],
		});
		const done = entry('done', {
			date: '2024-05-01',
			answers: [{ ask: '2023-04-25-letter#look', response: 'acted-on', note: 'Opened an inquiry.' }],
		});
		const o = outcomes(done, ack)['look']!;
		expect(o.status).toBe('acted-on');
		expect(o.responses.map((r) => r.entry.id)).toEqual([ack.id, done.id]);
	});

	it('reports an acknowledgement alone as still awaiting action', () => {
		const ack = entry('ack', {
			date: '2023-04-26',
			answers: [{ ask: '2023-04-25-letter#look', response: 'acknowledged' }],
		});
		const o = outcomes(ack)['look']!;
		expect(o.status).toBe('acknowledged');
		expect(awaitingAction(o)).toBe(true);
	});

	it('keeps related developments apart from answers', () => {
		const dev = entry('dev', {
			date: '2025-01-06',
			bearsOn: [{ ask: '2023-04-25-letter#look', note: 'Lists the parent, not the subject.' }],
		});
		const o = outcomes(dev)['look']!;
		expect(o.status).toBe('open');
		expect(o.developments.map((d) => d.entry.id)).toEqual([dev.id]);
	});

	it('ranks responses: acted on > partly > declined > acknowledged > open', () => {
		expect(statusOf([])).toBe('open');
		expect(statusOf([{ response: 'acknowledged' }, { response: 'declined' }])).toBe('declined');
		expect(statusOf([{ response: 'partly-acted-on' }, { response: 'declined' }])).toBe('partly-acted-on');
	});

	it('indexes outcomes by subject and by letter', () => {
		const idx = indexAsks(Object.values(outcomes()));
		expect(idx.bySubject.get('p')!.map((o) => o.ask.id)).toEqual(['look', 'list-pq']);
		expect(idx.byLetter.get(letter.id)).toHaveLength(4);
	});

	it('indexes by addressee and by status: each list is exactly the matching outcomes, in letter order', () => {
		const rule = entry('rule', { date: '2024-01-10', designations: [{ entity: 'x', list: 'entity-list' }] });
		const more = entry('more', {
			date: '2023-05-01',
			type: 'congressional-letter',
			asks: [{ ...ask('again', 'investigate', ['y']), addressees: ['treasury', 'commerce'] }],
		});
		const all = deriveAsks(buildCorpus([letter, rule, more], [...entities, entity('treasury')]), '2026-11-26');
		const idx = indexAsks(all);
		expect(idx.addressees).toEqual(['commerce', 'treasury']);
		for (const a of idx.addressees)
			expect(idx.byAddressee.get(a)).toEqual(all.filter((o) => o.ask.addressees.includes(a)));
		expect([...idx.byStatus.values()].flat()).toHaveLength(all.length);
		for (const [status, list] of idx.byStatus) expect(list).toEqual(all.filter((o) => o.status === status));
		expect(idx.byStatus.get('acted-on')!.map((o) => o.ask.id)).toEqual(['list-x']);
	});
});

describe('inferred responses at scale', () => {
	// A brute-force oracle: every designation entry tried against every ask (the obvious
	// quadratic reading of the rules), to check the indexed derivation finds the same responses.
	function bruteForce(corpus: ReturnType<typeof buildCorpus>) {
		const out = new Map<string, string[]>();
		for (const letter of corpus.entries) {
			for (const a of letter.data.asks) {
				const list = a.action === 'add-to-list' ? a.list : a.action === 'sanction' ? (a.list ?? 'sdn-list') : undefined;
				const hits = corpus.entries.filter(
					(e) =>
						list &&
						e.id !== letter.id &&
						e.data.date >= letter.data.date &&
						e.data.designations.some((g) => g.action === 'added' && g.list === list && a.subjects.includes(g.entity)),
				);
				out.set(
					`${letter.id}#${a.id}`,
					hits.map((e) => e.id),
				);
			}
		}
		return out;
	}

	it('finds the same designations as trying every entry against every ask', () => {
		const ids = ['x', 'y', 'p', 'q'];
		const lists = ['entity-list', 'sdn-list'];
		const actions = ['add-to-list', 'sanction', 'investigate'] as const;
		const entries = [];
		for (let i = 0; i < 60; i++) {
			const date = `20${10 + (i % 13)}-0${1 + (i % 9)}-1${i % 7}`;
			if (i % 3 === 0) {
				const action = actions[i % actions.length]!;
				entries.push(
					entry(`letter${i}`, {
						date,
						type: 'congressional-letter',
						asks: [
							ask(
								`a${i}`,
								action,
								[ids[i % 4]!, ids[(i + 1) % 4]!],
								action === 'add-to-list' ? lists[i % 2] : undefined,
							),
						],
					}),
				);
			} else {
				entries.push(
					entry(`rule${i}`, {
						date,
						designations: [
							{ entity: ids[i % 4]!, list: lists[i % 2]!, action: i % 5 === 0 ? 'removed' : 'added' },
							{ entity: ids[(i + 1) % 4]!, list: lists[i % 2]! },
						],
					}),
				);
			}
		}
		const corpus = buildCorpus(entries, entities);
		const expected = bruteForce(corpus);
		const derived = deriveAsks(corpus, '2026-11-26');
		expect(derived.length).toBe(expected.size);
		let inferredCount = 0;
		for (const o of derived) {
			const got = o.responses.filter((r) => r.rule).map((r) => r.entry.id);
			expect(new Set(got)).toEqual(new Set(expected.get(o.ref)));
			expect(got.length).toBe(new Set(got).size);
			const dates = o.responses.map((r) => r.entry.data.date);
			expect(dates).toEqual([...dates].sort());
			inferredCount += got.length;
		}
		expect(inferredCount).toBeGreaterThan(10);
	});

	it('does not infer a second response from an entry that already answers in writing', () => {
		const both = entry('both', {
			date: '2024-01-10',
			designations: [{ entity: 'x', list: 'entity-list' }],
			answers: [{ ask: '2023-04-25-letter#list-x', response: 'acted-on', note: 'Listed.' }],
		});
		const o = outcomes(both)['list-x']!;
		expect(o.responses).toHaveLength(1);
		expect(o.responses[0]!.rule).toBeUndefined();
	});
});

describe('what bears on a request beyond its subjects, and listings elsewhere', () => {
	const family = [
		entity('parent-co'),
		entity('child-co', { parent: 'parent-co' }),
		entity('carrier'),
		entity('commerce'),
		entity('entity-list', { kind: 'list' }),
		entity('list-1260h', { kind: 'list' }),
		entity('sdn-list', { kind: 'list' }),
	];
	const l = entry('letter', {
		date: '2023-04-25',
		type: 'congressional-letter',
		asks: [
			ask('list-child', 'add-to-list', ['child-co'], 'entity-list'),
			ask('look', 'investigate', ['child-co']),
			ask('sanction-child', 'sanction', ['child-co']),
		],
	});
	const derive = (...more: ReturnType<typeof entry>[]) =>
		Object.fromEntries(deriveAsks(buildCorpus([l, ...more], family), '2026-12-01').map((x) => [x.ask.id, x]));

	it('keeps a bearsOn from an entry about none of the named subjects, with its reason, and marks it as beyond them', () => {
		const probe = entry('probe', {
			date: '2024-06-25',
			subjects: ['carrier'],
			bearsOn: [
				{
					ask: '2023-04-25-letter#look',
					note: 'Commerce looked into a carrier’s cloud business; it does not answer the request.',
				},
			],
		});
		const o = derive(probe)['look']!;
		expect(o.status).toBe('open');
		expect(o.developments).toMatchObject([
			{ entry: { id: probe.id }, note: probe.data.bearsOn[0]!.note, beyondSubjects: true },
		]);
		const about = entry('about', {
			date: '2024-07-01',
			subjects: ['child-co'],
			bearsOn: [{ ask: '2023-04-25-letter#look', note: 'N.' }],
		});
		expect(derive(about)['look']!.developments[0]!.beyondSubjects).toBe(false);
	});

	it('records a parent’s listing on another list as what it is, never as meeting the request', () => {
		const listing = entry('listing', {
			date: '2026-06-08',
			designations: [{ entity: 'parent-co', list: 'list-1260h' }],
		});
		const o = derive(listing);
		expect(o['list-child']!.status).toBe('open');
		expect(o['list-child']!.responses).toEqual([]);
		expect(o['list-child']!.otherListings).toMatchObject([
			{ entry: { id: listing.id }, entity: 'parent-co', list: 'list-1260h', subject: 'child-co', via: 'parent' },
		]);
		// A sanction request's list is the SDN list: the 1260H list is another list for it too.
		expect(o['sanction-child']!.otherListings).toHaveLength(1);
		// A request that names no list has none to compare with.
		expect(o['look']!.otherListings).toEqual([]);
	});

	it('does not count a listing on the named list as elsewhere, nor one before the letter', () => {
		const named = entry('named', { date: '2026-06-08', designations: [{ entity: 'child-co', list: 'entity-list' }] });
		const before = entry('before', { date: '2021-06-03', designations: [{ entity: 'child-co', list: 'list-1260h' }] });
		const o = derive(named, before)['list-child']!;
		expect(o.status).toBe('acted-on');
		expect(o.otherListings).toEqual([]);
		expect(o.targetList).toBe('entity-list');
	});

	it('counts days open to the review date, never below zero', () => {
		expect(derive()['look']!).toMatchObject({ asOf: '2026-12-01', daysOpen: 1316 });
		const early = deriveAsks(buildCorpus([l], family), '2023-01-01')[0]!;
		expect(early.daysOpen).toBe(0);
	});
});
