/**
 * Status over time, derived, never typed. A request's status history: asked on the letter's
 * day, then each day its status changed, as the dated responses (written or inferred, the same
 * ones `deriveAsks` finds) raised it; an entity's list standings over time: every designation
 * that put it on, took it off or revised it on a list. Pure: no git, no Astro.
 */
import { statusOf, STATUS_LABELS, type AskOutcome, type AskResponse, type AskStatus } from './asks.ts';
import type { Corpus } from './corpus.ts';
import { formatApDate } from '../model/dates.ts';
import type { Designations } from './designations.ts';

/** One change of a request's status. */
export interface StatusStep {
	/** The day it took this status, `YYYY-MM-DD` (the letter's day for the first step). */
	date: string;
	/** `open` for the first step (asked). */
	status: AskStatus;
	/** The entry that gave it this status (the letter itself for the first step). */
	entry: { id: string; title: string };
	/** Whether the status was inferred from a designation rather than written as an answer. */
	inferred: boolean;
}

/** Words for a step: "asked", "acknowledged", "partly acted on", … */
export const STEP_WORDS: Record<AskStatus, string> = {
	open: 'asked',
	acknowledged: 'acknowledged',
	'partly-acted-on': 'partly acted on',
	'acted-on': 'acted on',
	declined: 'declined',
};

/**
 * A request's status over time, oldest first: the first step is the letter (status `open`),
 * then one step for each day its status changed. Responses of one day count together; a
 * response that leaves the status as it was (a second acknowledgement) adds no step.
 */
export function statusHistory(o: Pick<AskOutcome, 'letter' | 'responses'>): StatusStep[] {
	const steps: StatusStep[] = [
		{
			date: o.letter.data.date,
			status: 'open',
			entry: { id: o.letter.id, title: o.letter.data.title },
			inferred: false,
		},
	];
	const sorted = [...o.responses].sort((a, b) =>
		a.entry.data.date < b.entry.data.date ? -1 : a.entry.data.date > b.entry.data.date ? 1 : 0,
	);
	const seen: AskResponse[] = [];
	for (let i = 0; i < sorted.length; i++) {
		const day = sorted[i]!.entry.data.date;
		const ofDay: AskResponse[] = [];
		while (i < sorted.length && sorted[i]!.entry.data.date === day) ofDay.push(sorted[i++]!);
		i--;
		seen.push(...ofDay);
		const status = statusOf(seen);
		if (status === steps[steps.length - 1]!.status) continue;
		// The response that made the status what it is now.
		const by = ofDay.find((r) => r.response === status) ?? ofDay[0]!;
		steps.push({
			date: day,
			status,
			entry: { id: by.entry.id, title: by.entry.data.title },
			inferred: Boolean(by.rule),
		});
	}
	return steps;
}

/**
 * The history in one line of words.
 * @example statusHistoryText(steps) // 'Asked on April 25, 2023; acknowledged on May 10, 2023; acted on on Jan. 6, 2025.'
 */
export function statusHistoryText(steps: readonly StatusStep[]): string {
	const parts = steps.map(
		(s) => `${STEP_WORDS[s.status]} on ${formatApDate(s.date)}${s.inferred ? ' (inferred)' : ''}`,
	);
	const text = parts.join('; ');
	return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** A step as the asks data files carry it. */
export interface StatusStepRecord {
	date: string;
	status: AskStatus;
	entry: string;
	inferred: boolean;
}

/** The history as records for asks.json. */
export const statusHistoryRecords = (o: Pick<AskOutcome, 'letter' | 'responses'>): StatusStepRecord[] =>
	statusHistory(o).map((s) => ({ date: s.date, status: s.status, entry: s.entry.id, inferred: s.inferred }));

/** The label a status step shows (as on the ask card's badge). */
export const stepLabel = (s: StatusStep): string => (s.status === 'open' ? 'Asked' : STATUS_LABELS[s.status]);

/** One dated change of an entity's standing on a list. */
export interface StandingStep {
	date: string;
	list: { id: string; name: string };
	action: 'added' | 'removed' | 'revised';
	entry: { id: string; title: string };
	note?: string | undefined;
}

/** An entity's standing history, newest first, at most `limit` steps, and how many there are. */
export interface StandingHistory {
	name: string;
	steps: StandingStep[];
	total: number;
}

/** How many standing changes an entity page shows (the list pages have all of them). */
export const STANDING_STEPS_ON_PAGE = 20;

/** An entity's list standings over time: every designation of it, newest first. */
export function standingHistory(
	corpus: Corpus,
	d: Designations,
	entityId: string,
	limit = STANDING_STEPS_ON_PAGE,
): StandingHistory {
	const events = [...(d.byEntity.get(entityId)?.values() ?? [])].flatMap((s) => s.events);
	events.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.list < b.list ? -1 : a.list > b.list ? 1 : 0));
	const listName = (id: string) => corpus.entityById.get(id)?.data.name ?? id;
	return {
		name: corpus.entityById.get(entityId)?.data.name ?? entityId,
		total: events.length,
		steps: events.slice(0, limit).map((e) => ({
			date: e.date,
			list: { id: e.list, name: listName(e.list) },
			action: e.action,
			entry: { id: e.entry.id, title: e.entry.data.title },
			note: e.note,
		})),
	};
}
