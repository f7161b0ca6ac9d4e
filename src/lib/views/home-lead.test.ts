import { describe, expect, it } from 'vitest';
import { entry } from '../../../tests/helpers/factory.ts';
import type { AskStatus } from '../derive/asks.ts';
import { homeLead, scorecard } from './home-lead.ts';

const asks = (...s: AskStatus[]) => s.map((status) => ({ status }));

describe('the asks scorecard', () => {
	it('counts each status; acted on and no response always shown, other zeros left out', () => {
		const s = scorecard(asks('open', 'open', 'open', 'acknowledged'), '2026-12-01')!;
		expect(s.total).toBe(4);
		expect(s.counts).toEqual({ open: 3, acknowledged: 1, 'acted-on': 0, 'partly-acted-on': 0, declined: 0 });
		expect(s.text).toBe(
			'4 requests in letters: 0 acted on, 1 acknowledged without action, 3 with no recorded response, as of Dec. 1, 2026',
		);
	});

	it('adds up to the total, whatever the mix', () => {
		const s = scorecard(asks('acted-on', 'partly-acted-on', 'declined', 'open'), '2026-12-01')!;
		expect(Object.values(s.counts).reduce((a, b) => a + b, 0)).toBe(s.total);
		expect(s.text).toBe(
			'4 requests in letters: 1 acted on, 1 partly acted on, 1 declined, 1 with no recorded response, as of Dec. 1, 2026',
		);
		expect(scorecard(asks('acted-on'), '2026-12-01')!.text).toMatch(
			/^1 request in letters: 1 acted on, 0 with no recorded response/,
		);
	});

	it('is absent when no letter asks anything', () => {
		expect(scorecard([], '2026-12-01')).toBeUndefined();
	});
});

describe('the lead of the timeline', () => {
	it('names the latest entry (entries come oldest first)', () => {
		const lead = homeLead(
			asks('open'),
			[entry('old', { date: '2020-01-01' }), entry('new', { date: '2025-11-01', type: 'press-report' })],
			'2026-12-01',
		);
		expect(lead.latest).toEqual({
			title: 'Entry new',
			url: '/entries/2025-11-01-new/',
			date: '2025-11-01',
			precision: 'day',
			typeLabel: 'Press report',
		});
		expect(homeLead([], [], '2026-12-01')).toEqual({});
	});
});
