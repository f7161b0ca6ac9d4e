/**
 * Integrity across the whole corpus, after each file passed its schema: every reference
 * resolves, ids are unique, dates are real, not in the future and agree with their precision
 * and file name, parent chains do not loop. Astro's `reference()` only warns on a missing id;
 * here a misspelled id fails the check and the build.
 */
import { precisionFits } from '../model/dates.ts';
import { didYouMean, fieldPath, type Problem } from './problems.ts';
import type { Entity, EntryData } from '../model/schema.ts';

/** An entry as the integrity check needs it: fields that failed their schema may be missing. */
export interface CheckedEntry {
	id: string;
	data: Partial<EntryData>;
}

/** Ids of files that exist but failed to parse or validate: references to them are not reported again. */
export interface KnownInvalid {
	entries?: ReadonlySet<string>;
	entities?: ReadonlySet<string>;
}

/** Where to point for a field of a file, when lines are known. */
export type LineLookup = (file: string, path: readonly (string | number)[]) => number | undefined;

/** The earliest date any content may carry. */
export const EARLIEST = '1900-01-01';

export const entryFile = (id: string): string => `content/entries/${id}.mdx`;
export const entityFile = (id: string): string => `content/entities/${id}.yaml`;

/**
 * Check references and dates across entries and entities. Entries that failed their schema
 * may be passed with the fields that are valid; their missing fields are skipped.
 * @param today the build date as `YYYY-MM-DD`; nothing may be dated after it.
 * @param invalid files that exist but are broken (their own problems are reported elsewhere)
 */
export function checkIntegrity(
	entries: readonly CheckedEntry[],
	entities: readonly Entity[],
	today: string,
	lineOf: LineLookup = () => undefined,
	invalid: KnownInvalid = {},
): Problem[] {
	const problems: Problem[] = [];
	const entityById = new Map(entities.map((e) => [e.id, e]));
	const entryById = new Map(entries.map((e) => [e.id, e]));
	const err = (file: string, path: (string | number)[], message: string): void => {
		problems.push({ file, field: fieldPath(path), line: lineOf(file, path), message, severity: 'error' });
	};

	const entityRef = (file: string, path: (string | number)[], id: string, wantList = false): void => {
		const entity = entityById.get(id);
		if (!entity && invalid.entities?.has(id)) return;
		if (!entity) {
			err(
				file,
				path,
				`unknown entity "${id}"${didYouMean(id, entityById.keys())}: no file content/entities/${id}.yaml. Use an existing id, or create the entity (npm run new can).`,
			);
		} else if (wantList && entity.data.kind !== 'list') {
			err(
				file,
				path,
				`"${id}" is a ${entity.data.kind}, not a list: name a list entity (kind: list), e.g. ${
					[...entityById.values()]
						.filter((e) => e.data.kind === 'list')
						.map((e) => e.id)
						.join(', ') || 'entity-list'
				}.`,
			);
		}
	};

	/** Dates before 1900 are out of the tracker's range (and years below 100 are misread by date libraries). */
	const early = (file: string, path: (string | number)[], date: string | undefined, what: string): void => {
		if (date !== undefined && date < EARLIEST)
			err(
				file,
				path,
				`the ${what} ${date} is before ${EARLIEST.slice(0, 4)}: the tracker records actions from ${EARLIEST.slice(0, 4)} on, so this is a typing mistake (write the year in full, e.g. 2020).`,
			);
	};

	const askRef = (
		file: string,
		path: (string | number)[],
		ref: string,
		entryDate: string | undefined,
		selfId?: string,
	): void => {
		const [letterId, askId] = ref.split('#') as [string, string];
		if (letterId === selfId) {
			err(
				file,
				path,
				`"${ref}" is an ask of this entry itself: an entry cannot answer or bear on its own asks. Name an ask of an earlier letter, or remove the line.`,
			);
			return;
		}
		const letter = entryById.get(letterId);
		if (letter && !letter.data.asks) return; // the letter's asks are broken: reported on its own file
		if (!letter) {
			err(
				file,
				path,
				`unknown entry "${letterId}"${didYouMean(letterId, entryById.keys())} in "${ref}": name an existing letter entry as <entry-id>#<ask-id>.`,
			);
			return;
		}
		const ids = (letter.data.asks ?? []).map((a) => a.id);
		if (!ids.includes(askId)) {
			err(
				file,
				path,
				`"${letterId}" has no ask "${askId}"${didYouMean(askId, ids)}: ${ids.length ? `its asks are ${ids.join(', ')}` : 'that entry lists no asks'}.`,
			);
		} else if (letter.data.date && entryDate && letter.data.date > entryDate) {
			err(
				file,
				path,
				`"${ref}" was asked on ${letter.data.date}, after this entry (${entryDate}): an entry can only answer an earlier ask.`,
			);
		}
	};

	for (const entry of entries) {
		const file = entryFile(entry.id);
		const d = entry.data;
		if (d.date !== undefined) {
			if (entry.id.slice(0, 10) !== d.date)
				err(
					file,
					['date'],
					`the date ${d.date} does not match the file name, which starts ${entry.id.slice(0, 10)}: rename the file or fix the date.`,
				);
			if (d.datePrecision && !precisionFits(d.date, d.datePrecision))
				err(
					file,
					['datePrecision'],
					`datePrecision "${d.datePrecision}" contradicts the date ${d.date}: for a month write the 1st (${d.date.slice(0, 8)}01), for a year Jan. 1 (${d.date.slice(0, 4)}-01-01), or use datePrecision: day.`,
				);
			if (d.date > today)
				err(
					file,
					['date'],
					`the date ${d.date} is in the future (today is ${today}): the tracker records what has happened.`,
				);
		}
		early(file, ['date'], d.date, 'date');
		early(file, ['published'], d.published, 'publication date');
		if (d.published && d.published > today)
			err(file, ['published'], `the publication date ${d.published} is in the future (today is ${today}).`);
		d.corrections?.forEach((c, i) => {
			early(file, ['corrections', i, 'date'], c.date, 'correction date');
			if (c.date > today)
				err(file, ['corrections', i, 'date'], `the correction date ${c.date} is in the future (today is ${today}).`);
			else if (d.date && c.date < d.date)
				err(
					file,
					['corrections', i, 'date'],
					`the correction date ${c.date} is before the entry's own date (${d.date}): a correction comes after what it corrects. Fix the date.`,
				);
		});

		d.actors?.forEach((id, i) => entityRef(file, ['actors', i], id));
		d.subjects?.forEach((id, i) => entityRef(file, ['subjects', i], id));
		d.designations?.forEach((g, i) => {
			entityRef(file, ['designations', i, 'entity'], g.entity);
			entityRef(file, ['designations', i, 'list'], g.list, true);
			if (g.entity === g.list)
				err(
					file,
					['designations', i, 'entity'],
					`the list "${g.list}" cannot be put on (or taken off) itself: name the entity designated under entity:, and the list under list:.`,
				);
		});

		const keys = new Set<string>();
		d.sources?.forEach((s, i) => {
			if (keys.has(s.key))
				err(file, ['sources', i, 'key'], `duplicate source key "${s.key}": each source needs its own key.`);
			keys.add(s.key);
			early(file, ['sources', i, 'date'], s.date, 'source date');
			if (s.date && s.date > today)
				err(file, ['sources', i, 'date'], `the source date ${s.date} is in the future (today is ${today}).`);
		});

		const askIds = new Set<string>();
		d.asks?.forEach((a, i) => {
			if (askIds.has(a.id))
				err(file, ['asks', i, 'id'], `duplicate ask id "${a.id}": each ask of a letter needs its own id.`);
			askIds.add(a.id);
			if (d.sources && !keys.has(a.source))
				err(
					file,
					['asks', i, 'source'],
					`unknown source key "${a.source}"${didYouMean(a.source, keys)}: use the key of one of this entry's sources.`,
				);
			a.addressees.forEach((id, j) => entityRef(file, ['asks', i, 'addressees', j], id));
			a.subjects.forEach((id, j) => entityRef(file, ['asks', i, 'subjects', j], id));
			if (a.list) entityRef(file, ['asks', i, 'list'], a.list, true);
			if (a.action === 'add-to-list' && !a.list)
				err(
					file,
					['asks', i, 'list'],
					'an ask to add to a list must name the list (list: entity-list, ns-cmic-list, …).',
				);
		});

		const answered = new Map<string, string>();
		d.answers?.forEach((a, i) => {
			askRef(file, ['answers', i, 'ask'], a.ask, d.date, entry.id);
			const earlier = answered.get(a.ask);
			if (earlier !== undefined)
				err(
					file,
					['answers', i],
					earlier === a.response
						? `"${a.ask}" is answered twice: keep one answer.`
						: `"${a.ask}" is answered twice, as "${earlier}" and as "${a.response}": one entry gives one answer to an ask. Keep the one the sources support.`,
				);
			answered.set(a.ask, a.response);
		});
		d.bearsOn?.forEach((b, i) => {
			askRef(file, ['bearsOn', i, 'ask'], b.ask, d.date, entry.id);
			if (answered.has(b.ask))
				err(
					file,
					['bearsOn', i, 'ask'],
					`"${b.ask}" is both answered and borne on by this entry: an entry that answers an ask does not also bear on it. Keep it under answers: or under bearsOn:, not both.`,
				);
		});
		d.related?.forEach((id, i) => {
			if (id === entry.id) err(file, ['related', i], 'an entry cannot be related to itself.');
			else if (!entryById.has(id))
				err(
					file,
					['related', i],
					`unknown entry "${id}"${didYouMean(id, entryById.keys())}: related entries are file names in content/entries/ without .mdx.`,
				);
		});
	}

	// Removals in date order: an entity can only be taken off a list an earlier entry put it on.
	const onList = new Map<string, boolean>();
	const byDate = entries
		.filter((e) => e.data.date && e.data.designations)
		.sort((a, b) => (a.data.date! < b.data.date! ? -1 : a.data.date! > b.data.date! ? 1 : a.id < b.id ? -1 : 1));
	for (const entry of byDate)
		entry.data.designations!.forEach((g, i) => {
			const key = `${g.entity}|${g.list}`;
			if (g.action === 'added') onList.set(key, true);
			else if (g.action === 'removed') {
				if (!onList.get(key) && entityById.has(g.entity) && entityById.has(g.list))
					err(
						entryFile(entry.id),
						['designations', i, 'action'],
						`"${g.entity}" is taken off "${g.list}", but no earlier entry puts it on that list: add the entry that listed it (or fix the entity or the list).`,
					);
				onList.set(key, false);
			}
		});

	for (const entity of entities) {
		const file = entityFile(entity.id);
		entity.data.notes?.forEach((n, i) => {
			early(file, ['notes', i, 'date'], n.date, 'date');
			early(file, ['notes', i, 'source', 'date'], n.source.date, 'source date');
		});
		const parent = entity.data.parent;
		if (parent === undefined) continue;
		if (parent === entity.id) {
			err(file, ['parent'], 'an entity cannot be its own parent.');
			continue;
		}
		if (!entityById.has(parent)) {
			entityRef(file, ['parent'], parent);
			continue;
		}
		const chain = [entity.id];
		for (let p: string | undefined = parent; p !== undefined; p = entityById.get(p)?.data.parent) {
			if (chain.includes(p)) {
				// Reported on each entity in the loop, not on those that merely lead into it.
				if (p === entity.id)
					err(
						file,
						['parent'],
						`the parent chain loops: ${[...chain, p].join(' → ')}. An entity cannot be its own ancestor: one of these parents is wrong.`,
					);
				break;
			}
			chain.push(p);
		}
	}
	return problems;
}
