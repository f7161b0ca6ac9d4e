/**
 * List status at a glance: for an entity, one cell per tracked list saying where it stands
 * (listed since, removed, listed through its parent or a subsidiary, or not listed as of the
 * record's date); and the matrix of every tracked company against every list, for `/lists/`
 * and its CSV. Pure view models over `deriveDesignations`: pages pass the result to components.
 *
 * The tracked lists are derived from the content, never named in code: every entity of kind
 * `list` in `content/entities/`, whether or not a designation on it is recorded yet.
 */
import { ancestors, descendants, type Corpus } from './corpus.ts';
import { formatApDate } from '../model/dates.ts';
import type { Designations, ListingEvent } from './designations.ts';
import { csvField } from '../publish/csv.ts';
import { entityUrl, entryUrl } from '../site/urls.ts';

/** A list the record tracks. */
export interface TrackedList {
	id: string;
	name: string;
	/** Short name for tight cells (the entity's `shortName`, else its name). */
	short: string;
	url: string;
}

/** Where an entity stands on one list. */
export type StandingState = 'listed' | 'via-parent' | 'via-subsidiary' | 'removed' | 'not-listed';

/** The designating entry behind a standing. */
export interface StandingSource {
	entryId: string;
	title: string;
	url: string;
	/** The entry's first official citation (e.g. `85 FR 51596`), when it has one. */
	citation?: string;
}

/** One cell of the status strip. */
export interface StandingCell {
	list: TrackedList;
	state: StandingState;
	/** The date the state dates from (`YYYY-MM-DD`); absent for `not-listed`. */
	date?: string;
	/** The entry that made the state (the addition or the removal). */
	source?: StandingSource;
	/** For `via-*`: the listed relative (the earliest listed, nearest first on a tie). */
	relative?: { id: string; name: string; url: string };
	/** For `via-*`: how many other relatives are also on the list. */
	moreRelatives: number;
	/** For `via-*` and `not-listed`: the entity's own removal from this list, if any. */
	ownRemoval?: { date: string; source: StandingSource };
	/** The record's date the standing holds as of (`YYYY-MM-DD`). */
	asOf: string;
	/** The standing in a few words, e.g. "listed since Aug. 17, 2020". */
	text: string;
}

/** Every tracked list: entities of kind `list`, by name. */
export function trackedLists(corpus: Corpus): TrackedList[] {
	return corpus.entities
		.filter((e) => e.data.kind === 'list')
		.map((e) => ({ id: e.id, name: e.data.name, short: e.data.shortName ?? e.data.name, url: entityUrl(e.id) }))
		.sort((a, b) => a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id));
}

const sourceOf = (ev: ListingEvent): StandingSource => {
	const s: StandingSource = { entryId: ev.entry.id, title: ev.entry.data.title, url: entryUrl(ev.entry.id) };
	const c = ev.entry.data.citation[0];
	if (c) s.citation = c;
	return s;
};

/**
 * The standing of one entity on one list. Its own current listing comes first; then a
 * listing through a parent or subsidiary (the entity itself may have been removed); then its
 * own removal; otherwise it is not listed as of `asOf`.
 */
export function standingOn(
	corpus: Corpus,
	d: Designations,
	entityId: string,
	list: TrackedList,
	asOf: string,
): StandingCell {
	const own = d.byEntity.get(entityId)?.get(list.id);
	const base = { list, asOf, moreRelatives: 0 };
	if (own?.current && own.added) {
		return {
			...base,
			state: 'listed',
			date: own.added.date,
			source: sourceOf(own.added),
			text: `listed since ${formatApDate(own.added.date)}`,
		};
	}
	const ownRemoval = own?.removed ? { date: own.removed.date, source: sourceOf(own.removed) } : undefined;
	const rel: {
		e: ReturnType<typeof ancestors>[number];
		relation: 'parent' | 'subsidiary';
		ev: ListingEvent;
		order: number;
	}[] = [];
	let order = 0;
	for (const [relation, list2] of [
		['parent', ancestors(corpus, entityId)],
		['subsidiary', descendants(corpus, entityId)],
	] as const) {
		for (const e of list2) {
			const st = d.byEntity.get(e.id)?.get(list.id);
			if (st?.current && st.added) rel.push({ e, relation, ev: st.added, order: order++ });
		}
	}
	if (rel.length) {
		rel.sort((a, b) => (a.ev.date < b.ev.date ? -1 : a.ev.date > b.ev.date ? 1 : a.order - b.order));
		const first = rel[0]!;
		const word = first.relation === 'parent' ? 'parent' : 'subsidiary';
		const more = rel.length - 1;
		const cell: StandingCell = {
			...base,
			state: first.relation === 'parent' ? 'via-parent' : 'via-subsidiary',
			date: first.ev.date,
			source: sourceOf(first.ev),
			relative: { id: first.e.id, name: first.e.data.name, url: entityUrl(first.e.id) },
			moreRelatives: more,
			text: `listed through its ${word} ${first.e.data.name}${more ? ` (and ${more} more)` : ''} since ${formatApDate(first.ev.date)}`,
		};
		if (ownRemoval) cell.ownRemoval = ownRemoval;
		return cell;
	}
	if (ownRemoval)
		return {
			...base,
			state: 'removed',
			date: ownRemoval.date,
			source: ownRemoval.source,
			text: `removed ${formatApDate(ownRemoval.date)}`,
		};
	return { ...base, state: 'not-listed', text: `not listed as of ${formatApDate(asOf)}` };
}

/** An entity's standing on every tracked list, in the lists' order. */
export function entityStandings(
	corpus: Corpus,
	d: Designations,
	entityId: string,
	lists: readonly TrackedList[],
	asOf: string,
): StandingCell[] {
	return lists.map((l) => standingOn(corpus, d, entityId, l, asOf));
}

/** One row of the list matrix: a company, indented under its parent company. */
export interface MatrixRow {
	id: string;
	name: string;
	url: string;
	/** 0 for a group's top company, 1 for its subsidiary, and so on. */
	depth: number;
	/** The top company of its group (its own id at depth 0). */
	group: string;
	parentName?: string;
	cells: StandingCell[];
}

export interface ListMatrix {
	lists: TrackedList[];
	/** Groups of rows, each led by a top company, then its subsidiaries (by name). */
	groups: { id: string; name: string; rows: MatrixRow[] }[];
	asOf: string;
}

/**
 * Every tracked company (entities of kind `company`) against every tracked list, grouped by
 * parent: a company whose parent is not a company leads a group, its subsidiaries follow it.
 */
export function listMatrix(corpus: Corpus, d: Designations, asOf: string): ListMatrix {
	const lists = trackedLists(corpus);
	const isCompany = (id: string | undefined): boolean => !!id && corpus.entityById.get(id)?.data.kind === 'company';
	const tops = corpus.entities.filter((e) => e.data.kind === 'company' && !isCompany(e.data.parent));
	const groups: ListMatrix['groups'] = [];
	for (const top of tops) {
		const rows: MatrixRow[] = [];
		const walk = (id: string, depth: number): void => {
			const e = corpus.entityById.get(id)!;
			const row: MatrixRow = {
				id,
				name: e.data.name,
				url: entityUrl(id),
				depth,
				group: top.id,
				cells: entityStandings(corpus, d, id, lists, asOf),
			};
			const p = e.data.parent && corpus.entityById.get(e.data.parent);
			if (p) row.parentName = p.data.name;
			rows.push(row);
			for (const c of corpus.children.get(id) ?? []) if (c.data.kind === 'company') walk(c.id, depth + 1);
		};
		walk(top.id, 0);
		groups.push({ id: top.id, name: top.data.name, rows });
	}
	return { lists, groups, asOf };
}

/**
 * A CSV cell that a spreadsheet will not run as a formula: a value starting with `=`, `+`, `-`,
 * `@`, a tab or a carriage return gets a leading `'`; then RFC 4180 quoting.
 * @example safeCsvField('=HYPERLINK("x")') // '"\'=HYPERLINK(""x"")"'
 */
export function safeCsvField(value: string): string {
	return csvField(/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
}

/** The columns of the matrix CSV, in order. */
export function matrixCsvHeader(lists: readonly TrackedList[]): string[] {
	return ['entity', 'name', 'group', 'parent', ...lists.flatMap((l) => [`${l.id}`, `${l.id}Since`, `${l.id}Entry`])];
}

/**
 * The matrix as CSV (UTF-8, CRLF): one row per company; per list its state (`listed`,
 * `via-parent`, `via-subsidiary`, `removed`, `not-listed`), the date the state dates from and
 * the URL of the designating entry (absolute, from `origin`).
 */
export function matrixCsv(m: ListMatrix, origin: string): string {
	const lines = [matrixCsvHeader(m.lists)];
	for (const g of m.groups) {
		for (const r of g.rows) {
			lines.push([
				r.id,
				r.name,
				r.group,
				r.parentName ?? '',
				...r.cells.flatMap((c) => [c.state, c.date ?? '', c.source ? new URL(c.source.url, origin).href : '']),
			]);
		}
	}
	return lines.map((l) => l.map(safeCsvField).join(',') + '\r\n').join('');
}

/**
 * The status strip of an entity's page: every company, and any other entity (a university, a
 * research institute) that it or a relative was ever designated on a list; none for lists,
 * agencies, people or outlets that were never designated.
 */
export function entityStrip(
	corpus: Corpus,
	d: Designations,
	entityId: string,
	asOf: string,
): StandingCell[] | undefined {
	const e = corpus.entityById.get(entityId);
	if (!e || e.data.kind === 'list') return undefined;
	const related = [
		entityId,
		...ancestors(corpus, entityId).map((a) => a.id),
		...descendants(corpus, entityId).map((c) => c.id),
	];
	if (e.data.kind !== 'company' && !related.some((id) => d.byEntity.has(id))) return undefined;
	return entityStandings(corpus, d, entityId, trackedLists(corpus), asOf);
}
