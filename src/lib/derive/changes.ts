/**
 * What changed in the record, and when: every change, derived from the entries (their dates,
 * dated corrections, designations and answers) and from the content files' git history (when
 * each file was first committed and each later commit that touched it). Pure: the git log
 * comes in already parsed (`git-history.ts` reads it, once per build).
 *
 * Kinds of change and their dates:
 * - an entry added: the first commit of its file; with no git history for the file, the
 *   entry's own date, and the change says so (`dateFrom: 'entry-date'`);
 * - an entry corrected: each dated `corrections` item (its date and its words);
 * - an entry updated: each later commit that touched its file, in the commit's words, except on
 *   a day the entry has a dated correction (which says it better);
 * - an entity added or updated: the commits of its file (only with git history);
 * - a list standing changed: each designation (put on, taken off, revised), dated by its entry;
 * - a request's status changed: each step of its status history, dated by the response.
 */
import type { AskOutcome } from './asks.ts';
import { STATUS_LABELS } from './asks.ts';
import { entityRoles, type Corpus } from './corpus.ts';
import { formatApDate } from '../model/dates.ts';
import type { Commit } from '../node/git-history.ts';
import { pageSlice } from '../views/pagination.ts';
import { statusHistory } from './status-history.ts';
import { askUrl, entityUrl, entryUrl } from '../site/urls.ts';
import { ASK_ACTION_LABELS } from '../model/vocab.ts';

export const CHANGE_KINDS = [
	'entry-added',
	'entry-corrected',
	'entry-updated',
	'entity-added',
	'entity-updated',
	'standing',
	'ask-status',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export const CHANGE_KIND_LABELS: Record<ChangeKind, string> = {
	'entry-added': 'Entry added',
	'entry-corrected': 'Correction',
	'entry-updated': 'Entry updated',
	'entity-added': 'Entity added',
	'entity-updated': 'Entity updated',
	standing: 'List standing',
	'ask-status': 'Request status',
};

/** Where a change's date comes from. */
export const DATE_SOURCES = ['git', 'entry-date', 'correction', 'entry'] as const;
export type DateSource = (typeof DATE_SOURCES)[number];

export interface Change {
	/** Stable id: kind, what it concerns, date and a counter for same-day repeats. */
	id: string;
	/** `YYYY-MM-DD`. */
	date: string;
	kind: ChangeKind;
	/** What it is about: an entry's title, an entity's name, a request. */
	title: string;
	/** What changed, in words (plain text). */
	text: string;
	/** The site page that shows it. */
	path: string;
	/** The entry concerned (for entity-file changes: none). */
	entry: string | null;
	/** The entity whose file changed (entity-file changes only). */
	entity: string | null;
	/** Every entity concerned, for the per-entity feeds. */
	entities: string[];
	/** Every list concerned, for the per-list feeds. */
	lists: string[];
	/** The request, as `<letter-id>#<ask-id>`, for status changes. */
	ask: string | null;
	dateFrom: DateSource;
	/** The commit, for changes read from git. */
	commit: string | null;
}

export interface ChangeInput {
	corpus: Corpus;
	asks: readonly AskOutcome[];
	/** Commits that touched content/, newest first (empty without git history). */
	commits: readonly Commit[];
	/** Whether the git history could be read; when not, why (said on the pages). */
	gitAvailable: boolean;
}

const ENTITY_FILE = /^content\/entities\/(.+)\.yaml$/;
const SUBJECT_MAX = 300;

const kindRank = new Map(CHANGE_KINDS.map((k, i) => [k, i]));
/** Newest first; same day: kind order, then id. */
export function compareChanges(a: Change, b: Change): number {
	if (a.date !== b.date) return a.date < b.date ? 1 : -1;
	const k = kindRank.get(a.kind)! - kindRank.get(b.kind)!;
	if (k) return k;
	return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Every change to the record, newest first. */
export function deriveChanges(input: ChangeInput): Change[] {
	const { corpus } = input;
	const out: Change[] = [];
	const ids = new Map<string, number>();
	const push = (c: Omit<Change, 'id'>, key: string): void => {
		const base = `${c.kind}:${key}:${c.date}`;
		const n = (ids.get(base) ?? 0) + 1;
		ids.set(base, n);
		out.push({ id: n === 1 ? base : `${base}:${n}`, ...c });
	};
	// File → its commits, oldest first (the log is newest first).
	const byFile = new Map<string, { commit: Commit; status: string }[]>();
	for (let i = input.commits.length - 1; i >= 0; i--) {
		const commit = input.commits[i]!;
		for (const f of commit.files) {
			const list = byFile.get(f.path) ?? [];
			list.push({ commit, status: f.status });
			byFile.set(f.path, list);
		}
	}
	const subject = (c: Commit): string =>
		(c.subject.length > SUBJECT_MAX ? `${c.subject.slice(0, SUBJECT_MAX - 1)}\u2026` : c.subject) || '(no message)';
	const shortHash = (h: string): string => h.slice(0, 7);

	for (const entry of corpus.entries) {
		const d = entry.data;
		const entities = [...entityRoles(entry).keys()];
		const lists = [...new Set(d.designations.map((g) => g.list))];
		const base = {
			title: d.title,
			path: entryUrl(entry.id),
			entry: entry.id,
			entity: null,
			entities,
			lists,
			ask: null,
		};
		const history = byFile.get(`content/entries/${entry.id}.mdx`) ?? [];
		// The file's life since it was last created (a file deleted and added again starts over).
		const lastAdd = history.map((h) => h.status).lastIndexOf('added');
		const life = lastAdd >= 0 ? history.slice(lastAdd) : history;
		const first = life[0];
		if (first) {
			push(
				{
					...base,
					date: first.commit.date,
					kind: 'entry-added',
					text: `Added to the record (commit ${shortHash(first.commit.hash)}: ${subject(first.commit)}).`,
					dateFrom: 'git',
					commit: first.commit.hash,
				},
				entry.id,
			);
		} else {
			const why = input.gitAvailable ? 'its file is not committed yet' : 'no git history in this build';
			push(
				{
					...base,
					date: d.date,
					kind: 'entry-added',
					text: `Added to the record; dated by the entry’s own date, ${formatApDate(d.date, d.datePrecision)}, since ${why}.`,
					dateFrom: 'entry-date',
					commit: null,
				},
				entry.id,
			);
		}
		const correctionDays = new Set(d.corrections.map((c) => c.date));
		for (const c of d.corrections)
			push(
				{ ...base, date: c.date, kind: 'entry-corrected', text: c.text, dateFrom: 'correction', commit: null },
				entry.id,
			);
		for (const h of life.slice(1)) {
			if (correctionDays.has(h.commit.date)) continue;
			push(
				{
					...base,
					date: h.commit.date,
					kind: 'entry-updated',
					text: `Changed in commit ${shortHash(h.commit.hash)}: ${subject(h.commit)}`,
					dateFrom: 'git',
					commit: h.commit.hash,
				},
				entry.id,
			);
		}
		for (const g of d.designations) {
			const name = corpus.entityById.get(g.entity)?.data.name ?? g.entity;
			const list = corpus.entityById.get(g.list)?.data.name ?? g.list;
			const verb =
				g.action === 'added'
					? `put on the ${list}`
					: g.action === 'removed'
						? `taken off the ${list}`
						: `had its entry on the ${list} revised`;
			push(
				{
					title: name,
					text: `${name} ${verb}, by “${d.title}”${g.note ? ` (${g.note})` : ''}.`,
					path: entityUrl(g.entity),
					entry: entry.id,
					entity: null,
					entities: [...new Set([g.entity, g.list, ...entities])],
					lists: [g.list],
					ask: null,
					date: d.date,
					kind: 'standing',
					dateFrom: 'entry',
					commit: null,
				},
				`${g.entity}:${g.list}`,
			);
		}
	}

	for (const o of input.asks) {
		const steps = statusHistory(o);
		const subjects = o.ask.subjects.map((s) => corpus.entityById.get(s)?.data.name ?? s).join(', ');
		const listName = o.ask.list ? (corpus.entityById.get(o.ask.list)?.data.name ?? o.ask.list) : undefined;
		const what = `${ASK_ACTION_LABELS[o.ask.action]}: ${subjects}${listName ? ` \u2192 ${listName}` : ''}`;
		for (const s of steps.slice(1)) {
			push(
				{
					title: what,
					text: `Request in “${o.letter.data.title}” now ${STATUS_LABELS[s.status].toLowerCase()}, by “${s.entry.title}”${s.inferred ? ' (inferred from a designation)' : ''}.`,
					path: askUrl(o.letter.id, o.ask.id),
					entry: s.entry.id,
					entity: null,
					entities: [...new Set([...o.ask.subjects, ...o.ask.addressees, ...(o.ask.list ? [o.ask.list] : [])])],
					lists: o.ask.list ? [o.ask.list] : [],
					ask: o.ref,
					date: s.date,
					kind: 'ask-status',
					dateFrom: 'entry',
					commit: null,
				},
				o.ref,
			);
		}
	}

	for (const [path, history] of byFile) {
		const m = ENTITY_FILE.exec(path);
		if (!m) continue;
		const entity = corpus.entityById.get(m[1]!);
		if (!entity) continue;
		const lastAdd = history.map((h) => h.status).lastIndexOf('added');
		const life = lastAdd >= 0 ? history.slice(lastAdd) : history;
		const base = {
			title: entity.data.name,
			path: entityUrl(entity.id),
			entry: null,
			entity: entity.id,
			entities: [entity.id],
			lists: entity.data.kind === 'list' ? [entity.id] : [],
			ask: null,
			dateFrom: 'git' as const,
		};
		life.forEach((h, i) => {
			const added = i === 0 && h.status === 'added';
			push(
				{
					...base,
					date: h.commit.date,
					kind: added ? 'entity-added' : 'entity-updated',
					text: `${added ? 'Added to the record' : 'Changed'} in commit ${shortHash(h.commit.hash)}: ${subject(h.commit)}`,
					commit: h.commit.hash,
				},
				entity.id,
			);
		});
	}
	return out.sort(compareChanges);
}

/** Changes per page of a month. */
export const CHANGES_PAGE_SIZE = 100;
/** Changes shown on /changes/ itself (the latest). */
export const CHANGES_ON_INDEX = 25;

/** `YYYY-MM` of a day. */
export const monthOf = (day: string): string => day.slice(0, 7);

/**
 * A month's name.
 * @example monthName('2024-05') // 'May 2024'
 */
export const monthName = (month: string): string => formatApDate(`${month}-01`, 'month');

export interface MonthSummary {
	month: string;
	count: number;
	byKind: Partial<Record<ChangeKind, number>>;
}

export interface ChangesIndex {
	/** Every change, newest first. */
	all: Change[];
	/** Months with changes, newest first. */
	months: MonthSummary[];
	/** Each month's changes, newest first. */
	byMonth: Map<string, Change[]>;
	byEntity: Map<string, Change[]>;
	byList: Map<string, Change[]>;
}

/** Index the changes once: by month, entity and list. */
export function indexChanges(changes: readonly Change[]): ChangesIndex {
	const all = [...changes].sort(compareChanges);
	const byMonth = new Map<string, Change[]>();
	const byEntity = new Map<string, Change[]>();
	const byList = new Map<string, Change[]>();
	const add = (m: Map<string, Change[]>, k: string, c: Change) => {
		const l = m.get(k);
		if (l) l.push(c);
		else m.set(k, [c]);
	};
	for (const c of all) {
		add(byMonth, monthOf(c.date), c);
		for (const e of c.entities) add(byEntity, e, c);
		for (const l of c.lists) add(byList, l, c);
	}
	const months = [...byMonth].map(([month, items]) => {
		const byKind: Partial<Record<ChangeKind, number>> = {};
		for (const c of items) byKind[c.kind] = (byKind[c.kind] ?? 0) + 1;
		return { month, count: items.length, byKind };
	});
	return { all, months, byMonth, byEntity, byList };
}

/** One page of one month. */
export interface MonthPage {
	month: string;
	/** 1-based. */
	page: number;
	pages: number;
	items: Change[];
	/** The next newer and older months with changes, if any. */
	newer?: string | undefined;
	older?: string | undefined;
}

/** Every page of every month, newest month first. */
export function monthPages(idx: ChangesIndex, size = CHANGES_PAGE_SIZE): MonthPage[] {
	const out: MonthPage[] = [];
	idx.months.forEach((m, i) => {
		const items = idx.byMonth.get(m.month) ?? [];
		const pages = Math.max(1, Math.ceil(items.length / size));
		for (let p = 1; p <= pages; p++)
			out.push({
				month: m.month,
				page: p,
				pages,
				items: pageSlice(items, p, size),
				newer: idx.months[i - 1]?.month,
				older: idx.months[i + 1]?.month,
			});
	});
	return out;
}

/** The "since" view of a month: that month and every later one, oldest first, with counts. */
export interface SinceView {
	month: string;
	months: MonthSummary[];
	total: number;
	byKind: Partial<Record<ChangeKind, number>>;
}

export function sinceView(idx: ChangesIndex, month: string): SinceView {
	const months = idx.months.filter((m) => m.month >= month).reverse();
	const byKind: Partial<Record<ChangeKind, number>> = {};
	for (const m of months)
		for (const [k, n] of Object.entries(m.byKind) as [ChangeKind, number][]) byKind[k] = (byKind[k] ?? 0) + n;
	return { month, months, total: months.reduce((s, m) => s + m.count, 0), byKind };
}

/**
 * Counts by kind in words.
 * @example kindCounts({ 'entry-added': 2, standing: 1 }) // '2 entries added, 1 list standing'
 */
export function kindCounts(byKind: Partial<Record<ChangeKind, number>>): string {
	const words: Record<ChangeKind, [string, string]> = {
		'entry-added': ['entry added', 'entries added'],
		'entry-corrected': ['correction', 'corrections'],
		'entry-updated': ['entry update', 'entry updates'],
		'entity-added': ['entity added', 'entities added'],
		'entity-updated': ['entity update', 'entity updates'],
		standing: ['list standing', 'list standings'],
		'ask-status': ['request status', 'request statuses'],
	};
	return CHANGE_KINDS.filter((k) => byKind[k])
		.map((k) => `${byKind[k]} ${words[k][byKind[k] === 1 ? 0 : 1]}`)
		.join(', ');
}

/** One item of a changes feed: an entry (or entity) with what changed in it, newest first. */
export interface ChangeFeedItem {
	/** Site path of the page: the item's permanent id, the same as in the entry feeds. */
	path: string;
	title: string;
	/** When it entered the record (its first change in the set). */
	published: string;
	/** Its latest change. */
	updated: string;
	/** Newest first. */
	changes: Change[];
	/** Whether the latest change is a correction or update of something already there. */
	revised: boolean;
}

/**
 * Group changes into feed items: one per entry (its addition, corrections, updates, and the
 * standings and statuses it changed), one per entity file; newest update first.
 */
export function feedItems(changes: readonly Change[], corpus: Corpus): ChangeFeedItem[] {
	const groups = new Map<string, Change[]>();
	for (const c of changes) {
		const key = c.entry ? `e:${c.entry}` : `n:${c.entity}`;
		const l = groups.get(key);
		if (l) l.push(c);
		else groups.set(key, [c]);
	}
	const items: ChangeFeedItem[] = [];
	for (const [key, list] of groups) {
		const sorted = [...list].sort(compareChanges);
		const id = key.slice(2);
		const isEntry = key.startsWith('e:');
		const title = isEntry ? (corpus.entryById.get(id)?.data.title ?? id) : (corpus.entityById.get(id)?.data.name ?? id);
		const added = sorted.find((c) => c.kind === 'entry-added' || c.kind === 'entity-added');
		const latest = sorted[0]!;
		items.push({
			path: isEntry ? entryUrl(id) : entityUrl(id),
			title,
			published: added?.date ?? sorted[sorted.length - 1]!.date,
			updated: latest.date,
			changes: sorted,
			revised: latest.kind === 'entry-corrected' || latest.kind === 'entry-updated' || latest.kind === 'entity-updated',
		});
	}
	return items.sort((a, b) => (a.updated !== b.updated ? (a.updated < b.updated ? 1 : -1) : a.path < b.path ? -1 : 1));
}

/** A change as a list row shows it. */
export interface ChangeRow {
	id: string;
	date: string;
	dateText: string;
	kind: ChangeKind;
	kindLabel: string;
	title: string;
	text: string;
	href: string;
	/** Set when the date is the entry's own, not when it entered the record. */
	approximate: boolean;
}

/** The row of a change. */
export const changeRow = (c: Change): ChangeRow => ({
	id: c.id,
	date: c.date,
	dateText: formatApDate(c.date),
	kind: c.kind,
	kindLabel: CHANGE_KIND_LABELS[c.kind],
	title: c.title,
	text: c.text,
	href: c.path,
	approximate: c.dateFrom === 'entry-date',
});

/** Months with changes, grouped by year (newest first), for the index's month links. */
export function monthsByYear(months: readonly MonthSummary[]): { year: string; months: MonthSummary[] }[] {
	const out: { year: string; months: MonthSummary[] }[] = [];
	for (const m of months) {
		const y = m.month.slice(0, 4);
		const last = out[out.length - 1];
		if (last?.year === y) last.months.push(m);
		else out.push({ year: y, months: [m] });
	}
	return out;
}
