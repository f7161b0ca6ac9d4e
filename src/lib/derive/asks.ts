/**
 * Asks and outcomes. Each request of each letter gets a status derived from the record, never
 * typed: from later entries that say they answer it (`answers`), and from designations that put
 * the asked-for entity on the asked-for list (an inference, named by its rule).
 */
import { ancestors, entityRoles, type Corpus } from './corpus.ts';
import { daysBetween } from '../model/dates.ts';
import type { Ask, Entry, Response } from '../model/schema.ts';

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

/** A development that bears on an ask without answering it (an entry's `bearsOn`). */
export interface AskDevelopment {
	entry: Entry;
	/** The editor's reason, in words: how it bears on the request and why it does not answer it. */
	note: string;
	/**
	 * True when the entry concerns none of the request's named subjects: it bears on the request
	 * beyond them (the letter asked about "other" providers "such as" those it named).
	 */
	beyondSubjects: boolean;
}

/**
 * A listing after the letter, of a subject of the request or of a parent of one, on a list
 * other than the one the request names (or the SDN list, for a sanction): what it is, shown so
 * that it is never read as meeting the request.
 */
export interface OtherListing {
	entry: Entry;
	/** The entity listed: a subject, or a parent of one. */
	entity: string;
	/** The list it was added to. */
	list: string;
	/** The request's subject it concerns. */
	subject: string;
	/** Whether the listed entity is the subject itself or a parent of it. */
	via: 'subject' | 'parent';
}

export interface AskOutcome {
	letter: Entry;
	ask: Ask;
	/** `<letter-id>#<ask-id>`. */
	ref: string;
	status: AskStatus;
	responses: AskResponse[];
	developments: AskDevelopment[];
	/** Listings on other lists than the one the request names: never an answer (empty for asks that name no list). */
	otherListings: OtherListing[];
	/** The list whose designations can act on the request: the one it names, or the SDN list for a sanction. */
	targetList: string | undefined;
	/** Whole days from the letter to `asOf` (0 when the letter is later than the review). */
	daysOpen: number;
	/** The day the status is stated as of: the record's last review (content/review.yaml), never the build date. */
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
export function targetList(ask: Ask): string | undefined {
	return ask.action === 'add-to-list' ? ask.list : ask.action === 'sanction' ? (ask.list ?? SDN_LIST) : undefined;
}

function inferred(ask: Ask, letter: Entry, entry: Entry): AskResponse | undefined {
	if (entry.data.date < letter.data.date || entry.id === letter.id) return undefined;
	const list = targetList(ask);
	if (!list) return undefined;
	const covered = ask.subjects.filter((s) =>
		entry.data.designations.some((g) => g.action === 'added' && g.list === list && g.entity === s),
	);
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
 * @param asOf the record's last review, `YYYY-MM-DD` (content/review.yaml's `reviewedThrough`):
 *   statuses are stated, and days counted, as of it
 */
export function deriveAsks(corpus: Corpus, asOf: string): AskOutcome[] {
	const written = new Map<string, AskResponse[]>();
	const developments = new Map<string, { entry: Entry; note: string }[]>();
	// Every `added` designation by entity, in corpus order, for listings on other lists.
	const additions = new Map<string, Addition[]>();
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
			const byEntity = additions.get(g.entity) ?? [];
			byEntity.push({ entry, entity: g.entity, list: g.list });
			additions.set(g.entity, byEntity);
			const key = `${g.list}|${g.entity}`;
			const list = addedTo.get(key) ?? [];
			if (list[list.length - 1] !== entry) list.push(entry);
			addedTo.set(key, list);
		}
	});
	// A subject's own id and its parents' ids, computed once per subject.
	const families = new Map<string, { id: string; via: 'subject' | 'parent' }[]>();
	const subjectFamily = (s: string) => {
		let f = families.get(s);
		if (!f)
			families.set(
				s,
				(f = [
					{ id: s, via: 'subject' as const },
					...ancestors(corpus, s).map((a) => ({ id: a.id, via: 'parent' as const })),
				]),
			);
		return f;
	};
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
			responses.sort((a, b) =>
				a.entry.data.date < b.entry.data.date ? -1 : a.entry.data.date > b.entry.data.date ? 1 : 0,
			);
			const devs = (developments.get(ref) ?? []).map((d): AskDevelopment => {
				const roles = entityRoles(d.entry);
				return { ...d, beyondSubjects: !ask.subjects.some((s) => roles.has(s)) };
			});
			out.push({
				letter,
				ask,
				ref,
				status: statusOf(responses),
				responses,
				developments: devs,
				otherListings: list ? otherListings(corpus, ask, letter, list, additions, subjectFamily) : [],
				targetList: list,
				daysOpen: Math.max(0, daysBetween(letter.data.date, asOf)),
				asOf,
			});
		}
	}
	return out;
}

interface Addition {
	entry: Entry;
	entity: string;
	list: string;
}

/**
 * Listings after the letter of a subject (or a parent) on any list but the target: shown as what
 * they are, never as meeting the request.
 */
function otherListings(
	corpus: Corpus,
	ask: Ask,
	letter: Entry,
	target: string,
	additions: ReadonlyMap<string, readonly Addition[]>,
	family: (s: string) => { id: string; via: 'subject' | 'parent' }[],
): OtherListing[] {
	const out: OtherListing[] = [];
	const seen = new Set<string>();
	for (const s of ask.subjects) {
		for (const m of family(s)) {
			for (const a of additions.get(m.id) ?? []) {
				if (
					a.list === target ||
					a.entry.data.date < letter.data.date ||
					a.entry.id === letter.id ||
					!corpus.entityById.has(a.list)
				)
					continue;
				const key = `${a.entry.id}|${a.entity}|${a.list}|${s}`;
				if (seen.has(key)) continue;
				seen.add(key);
				out.push({ entry: a.entry, entity: a.entity, list: a.list, subject: s, via: m.via });
			}
		}
	}
	return out.sort((a, b) =>
		a.entry.data.date < b.entry.data.date ? -1 : a.entry.data.date > b.entry.data.date ? 1 : 0,
	);
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
	const idx: AskIndex = {
		byRef: new Map(),
		byLetter: new Map(),
		bySubject: new Map(),
		byAddressee: new Map(),
		byStatus: new Map(),
		addressees: [],
		inferredByEntry: new Map(),
	};
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
