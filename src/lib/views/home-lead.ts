/**
 * The line that leads the timeline: the letters' requests scored by their derived status
 * ("4 requests: 0 acted on, 1 acknowledged, 3 with no recorded response, as of …") and the
 * latest entry. Pure: the home page passes it to the component that renders it.
 */
import type { AskOutcome, AskStatus } from '../derive/asks.ts';
import type { DatePrecision, Entry } from '../model/schema.ts';
import { formatApDate } from '../model/dates.ts';
import { entryUrl } from '../site/urls.ts';
import { typeLabel } from '../model/vocab.ts';

export interface Scorecard {
	total: number;
	counts: Record<AskStatus, number>;
	asOf: string;
	/** e.g. "4 requests in letters: 0 acted on, 1 acknowledged, 3 with no recorded response". */
	text: string;
}

export interface HomeLead {
	scorecard?: Scorecard;
	latest?: { title: string; url: string; date: string; precision: DatePrecision; typeLabel: string };
}

/** In the order a reader weighs them; zero counts are left out, but for "acted on" and "no response". */
const PARTS: [AskStatus, string, boolean][] = [
	['acted-on', 'acted on', true],
	['partly-acted-on', 'partly acted on', false],
	['declined', 'declined', false],
	['acknowledged', 'acknowledged without action', false],
	['open', 'with no recorded response', true],
];

/** The asks' scorecard, or undefined when the record holds no request. */
export function scorecard(asks: readonly Pick<AskOutcome, 'status'>[], asOf: string): Scorecard | undefined {
	if (asks.length === 0) return undefined;
	const counts: Record<AskStatus, number> = {
		open: 0,
		acknowledged: 0,
		'acted-on': 0,
		'partly-acted-on': 0,
		declined: 0,
	};
	for (const a of asks) counts[a.status]++;
	const parts = PARTS.filter(([s, , always]) => always || counts[s] > 0).map(([s, label]) => `${counts[s]} ${label}`);
	const n = asks.length;
	return {
		total: n,
		counts,
		asOf,
		text: `${n} ${n === 1 ? 'request' : 'requests'} in letters: ${parts.join(', ')}, as of ${formatApDate(asOf)}`,
	};
}

/** The lead of the timeline: the scorecard and the latest entry (entries oldest first). */
export function homeLead(
	asks: readonly Pick<AskOutcome, 'status'>[],
	entries: readonly Entry[],
	asOf: string,
): HomeLead {
	const lead: HomeLead = {};
	const s = scorecard(asks, asOf);
	if (s) lead.scorecard = s;
	const e = entries[entries.length - 1];
	if (e)
		lead.latest = {
			title: e.data.title,
			url: entryUrl(e.id),
			date: e.data.date,
			precision: e.data.datePrecision,
			typeLabel: typeLabel(e.data.type),
		};
	return lead;
}
