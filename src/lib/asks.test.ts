import { describe, expect, it } from 'vitest';
import { entity, entry } from '../../tests/helpers/factory.ts';
import { awaitingAction, deriveAsks, indexAsks, statusOf } from './asks.ts';
import { buildCorpus } from './corpus.ts';

const ask = (id: string, action: string, subjects: string[], list?: string) => ({ id, request: `Request ${id}.`, source: 'src', addressees: ['commerce'], action, subjects, ...(list ? { list } : {}) });
const letter = entry('letter', {
	date: '2023-04-25',
	type: 'congressional-letter',
	asks: [ask('list-x', 'add-to-list', ['x'], 'entity-list'), ask('sanction-y', 'sanction', ['y']), ask('look', 'investigate', ['p', 'q']), ask('list-pq', 'add-to-list', ['p', 'q'], 'entity-list')],
});
const entities = ['commerce', 'x', 'y', 'p', 'q'].map((id) => entity(id)).concat(entity('entity-list', { kind: 'list' }), entity('sdn-list', { kind: 'list' }));
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
		const rule = entry('rule', { date: '2024-01-10', type: 'entity-list-rule', designations: [{ entity: 'x', list: 'entity-list' }] });
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
		const ofac = entry('ofac', { date: '2024-02-01', type: 'sanctions-designation', designations: [{ entity: 'y', list: 'sdn-list' }] });
		expect(outcomes(ofac)['sanction-y']).toMatchObject({ status: 'acted-on', responses: [{ rule: 'sanction-as-sdn' }] });
	});

	it('is partly acted on when a designation covers some of the subjects', () => {
		const rule = entry('rule', { date: '2024-01-10', designations: [{ entity: 'p', list: 'entity-list' }] });
		const o = outcomes(rule)['list-pq']!;
		expect(o.status).toBe('partly-acted-on');
		expect(o.responses[0]!.covered).toEqual(['p']);
	});

	it('takes the strongest of several answers, and keeps them all in date order', () => {
		const ack = entry('ack', { date: '2023-04-26', answers: [{ ask: '2023-04-25-letter#look', response: 'acknowledged' }] });
		const done = entry('done', { date: '2024-05-01', answers: [{ ask: '2023-04-25-letter#look', response: 'acted-on', note: 'Opened an inquiry.' }] });
		const o = outcomes(done, ack)['look']!;
		expect(o.status).toBe('acted-on');
		expect(o.responses.map((r) => r.entry.id)).toEqual([ack.id, done.id]);
	});

	it('reports an acknowledgement alone as still awaiting action', () => {
		const ack = entry('ack', { date: '2023-04-26', answers: [{ ask: '2023-04-25-letter#look', response: 'acknowledged' }] });
		const o = outcomes(ack)['look']!;
		expect(o.status).toBe('acknowledged');
		expect(awaitingAction(o)).toBe(true);
	});

	it('keeps related developments apart from answers', () => {
		const dev = entry('dev', { date: '2025-01-06', bearsOn: [{ ask: '2023-04-25-letter#look', note: 'Lists the parent, not the subject.' }] });
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
});
