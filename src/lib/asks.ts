/**
 * Asks and outcomes. Each request of each letter gets a status derived from the record, never
 * typed: from later entries that say they answer it (`answers`), and from designations that put
 * the asked-for entity on the asked-for list (an inference, named by its rule).
 */
import type { Corpus } from './corpus.ts';
import { daysBetween } from './dates.ts';
import type { Ask, Entry, Response } from './schema.ts';

export type AskStatus = 'open' | Response;

export const STATUS_LABELS: Record<AskStatus, string> = {
	open: 'Open',
	acknowledged: 'Acknowledged',
	'acted-on': 'Acted on',
	'partly-acted-on': 'Partly acted on',
	declined: 'Declined',
};

/** The rules by which a designation counts as acting on an ask without a written link. */
export const INFERENCE_RULES = {
	'designation-on-named-list':
		'A designation that adds the asked-for entity to the list the request names counts as acting on it.',
	'sanction-as-sdn':
		'A request to sanction an entity counts as acted on when Treasury adds that entity to the SDN list.',
} as const;
export type InferenceRule = keyof typeof INFERENCE_RULES;

/** One response to an ask. */
export interface AskResponse {
	entry: Entry;
	response: Response;
	note?: string | undefined;
	/** Set when the response was inferred from a designation rather than written. */
	rule?: InferenceRule | undefined;
	/** For inferred responses: the subjects the designation covered. */
	covered?: string[];
}

/** A development that bears on an ask without answering it. */
export interface AskDevelopment {
	entry: Entry;
	note: string;
}

export interface AskOutcome {
	letter: Entry;
	ask: Ask;
	/** `<letter-id>#<ask-id>`. */
	ref: string;
	status: AskStatus;
	responses: AskResponse[];
	developments: AskDevelopment[];
	/** Days from the letter to `asOf`. */
	daysOpen: number;
	/** The date the status is stated as of (the build date). */
	asOf: string;
}

/** Strongest first: the status of an ask is its strongest response. */
const PRECEDENCE: readonly Response[] = ['acted-on', 'partly-acted-on', 'declined', 'acknowledged'];

/** The status of an ask from its responses. */
export function statusOf(responses: readonly Pick<AskResponse, 'response'>[]): AskStatus {
	for (const r of PRECEDENCE) if (responses.some((x) => x.response === r)) return r;
	return 'open';
}

/** The SDN list's entity id, for the sanction rule. */
export const SDN_LIST = 'sdn-list';

/** The list whose designations can act on an ask: the one it names, or the SDN list for a sanction. */
function targetList(ask: Ask): string | undefined {
	return ask.action === 'add-to-list' ? ask.list : ask.action === 'sanction' ? (ask.list ?? SDN_LIST) : undefined;
}

function inferred(ask: Ask, letter: Entry, entry: Entry): AskResponse | undefined {
	if (entry.data.date < letter.data.date || entry.id === letter.id) return undefined;
	const list = targetList(ask);
	if (!list) return undefined;
	const covered = ask.subjects.filter((s) => entry.data.designations.some((g) => g.action === 'added' && g.list === list && g.entity === s));
	if (!covered.length) return undefined;
	return {
		entry,
		response: covered.length === ask.subjects.length ? 'acted-on' : 'partly-acted-on',
		rule: ask.action === 'sanction' && !ask.list ? 'sanction-as-sdn' : 'designation-on-named-list',
		covered,
	};
}

/**
 * Derive every ask's outcome, in letter order then ask order.
 * @param asOf the build date, `YYYY-MM-DD`
 */
export function deriveAsks(corpus: Corpus, asOf: string): AskOutcome[] {
	const written = new Map<string, AskResponse[]>();
	const developments = new Map<string, AskDevelopment[]>();
	// Entries that add an entity to a list, by `list|entity`, in corpus order: an ask only looks
	// at the entries that could act on it, not at every designation entry (which made this
	// O(asks × designations)).
	const addedTo = new Map<string, Entry[]>();
	const position = new Map<string, number>();
	corpus.entries.forEach((entry, i) => {
		position.set(entry.id, i);
		for (const a of entry.data.answers) {
			const list = written.get(a.ask) ?? [];
			list.push({ entry, response: a.response, note: a.note });
			written.set(a.ask, list);
		}
		for (const b of entry.data.bearsOn) {
			const list = developments.get(b.ask) ?? [];
			list.push({ entry, note: b.note });
			developments.set(b.ask, list);
		}
		for (const g of entry.data.designations) {
			if (g.action !== 'added') continue;
			const key = `${g.list}|${g.entity}`;
			const list = addedTo.get(key) ?? [];
			if (list[list.length - 1] !== entry) list.push(entry);
			addedTo.set(key, list);
		}
	});
	const out: AskOutcome[] = [];
	for (const letter of corpus.entries) {
		for (const ask of letter.data.asks) {
			const ref = `${letter.id}#${ask.id}`;
			const responses = [...(written.get(ref) ?? [])];
			const list = targetList(ask);
			const candidates = list ? [...new Set(ask.subjects.flatMap((s) => addedTo.get(`${list}|${s}`) ?? []))] : [];
			candidates.sort((a, b) => position.get(a.id)! - position.get(b.id)!);
			for (const entry of candidates) {
				if (responses.some((r) => r.entry.id === entry.id)) continue;
				const r = inferred(ask, letter, entry);
				if (r) responses.push(r);
			}
			responses.sort((a, b) => (a.entry.data.date < b.entry.data.date ? -1 : a.entry.data.date > b.entry.data.date ? 1 : 0));
			out.push({
				letter,
				ask,
				ref,
				status: statusOf(responses),
				responses,
				developments: developments.get(ref) ?? [],
				daysOpen: daysBetween(letter.data.date, asOf),
				asOf,
			});
		}
	}
	return out;
}

/** Whether no recorded action has followed: open, or only acknowledged. */
export function awaitingAction(o: AskOutcome): boolean {
	return o.status === 'open' || o.status === 'acknowledged';
}

/**
 * Lookups over outcomes, built once: by ref, by letter, by subject entity, by addressee, by
 * status, inferred by entry; each list in letter order. The /asks/ pages filter by status and
 * addressee through these instead of each scanning every ask.
 */
export interface AskIndex {
	byRef: Map<string, AskOutcome>;
	byLetter: Map<string, AskOutcome[]>;
	bySubject: Map<string, AskOutcome[]>;
	byAddressee: Map<string, AskOutcome[]>;
	byStatus: Map<AskStatus, AskOutcome[]>;
	/** Every addressee id, sorted. */
	addressees: string[];
	inferredByEntry: Map<string, { outcome: AskOutcome; response: AskResponse }[]>;
}

/** Index outcomes for pages, in one pass. */
export function indexAsks(outcomes: readonly AskOutcome[]): AskIndex {
	const idx: AskIndex = { byRef: new Map(), byLetter: new Map(), bySubject: new Map(), byAddressee: new Map(), byStatus: new Map(), addressees: [], inferredByEntry: new Map() };
	const push = <K, V>(m: Map<K, V[]>, k: K, v: V): void => {
		const l = m.get(k);
		if (l) l.push(v);
		else m.set(k, [v]);
	};
	for (const o of outcomes) {
		idx.byRef.set(o.ref, o);
		push(idx.byLetter, o.letter.id, o);
		for (const s of o.ask.subjects) push(idx.bySubject, s, o);
		for (const a of new Set(o.ask.addressees)) push(idx.byAddressee, a, o);
		push(idx.byStatus, o.status, o);
		for (const r of o.responses) if (r.rule) push(idx.inferredByEntry, r.entry.id, { outcome: o, response: r });
	}
	idx.addressees = [...idx.byAddressee.keys()].sort();
	return idx;
}
