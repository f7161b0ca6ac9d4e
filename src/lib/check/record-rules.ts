/**
 * The record's own consistency rules: what must hold across the content as a whole for the site
 * to state it truthfully, checked by `npm run check` and the build (the content check calls
 * `checkRecordRules` once, after the schemas and references). These replace unit tests that
 * asserted editorial facts ("this company is on that list"): an editor's correction changes the
 * facts, never these rules.
 *
 * - The review stamp (`content/review.yaml`) exists, is valid, is not in the future; a stamp more
 *   than 45 days old is a warning (see `review.ts`).
 * - No entity lists the same alias twice, or its own name as an alias.
 * - An entry does not both answer and merely bear on the same request, nor respond to its own.
 * - A proposed rule binds no one: it can bear on a request, never act on it.
 * - A listing on a different list never meets a request to add to a named list: an entry that
 *   says it acts on such a request must put a subject on that list.
 */
import type { LoadedContent } from '../node/content-files.ts';
import { entityFile, entryFile } from './integrity.ts';
import { fieldPath, type Problem } from './problems.ts';
import { readReviewStamp, reviewProblems, trackerToday } from '../model/review.ts';
import type { Entity, Entry } from '../model/schema.ts';

type LineOf = LoadedContent['lineOf'];

/**
 * An alias as compared for duplicates: Unicode-normalized (NFKC, so full-width and half-width
 * forms are one), white space collapsed. Case is kept: "HUAWEI CLOUD" is how the brand writes
 * itself, a form of its own.
 * @example aliasKey(' Ali\u3000Yun ') === aliasKey('Ali Yun') // true
 */
export function aliasKey(name: string): string {
	return name.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

/** Every alias of an entity that repeats an earlier alias or the entity's name. */
export function duplicateAliases(entities: readonly Entity[], lineOf: LineOf = () => undefined): Problem[] {
	const problems: Problem[] = [];
	for (const e of entities) {
		const file = entityFile(e.id);
		const seen = new Map<string, number>();
		e.data.aliases.forEach((a, i) => {
			const key = aliasKey(a.name);
			const path = ['aliases', i, 'name'];
			const first = seen.get(key);
			if (key === aliasKey(e.data.name)) {
				problems.push({
					file,
					field: fieldPath(path),
					line: lineOf(file, path),
					message: `the alias "${a.name}" is the entity's own name: search already finds it by its name. Remove this alias.`,
					severity: 'error',
				});
			} else if (first !== undefined) {
				const other = e.data.aliases[first]!;
				problems.push({
					file,
					field: fieldPath(path),
					line: lineOf(file, path),
					message: `duplicate alias "${a.name}" (lang ${a.lang}): aliases[${first}] is already "${other.name}" (lang ${other.lang}). Each name is listed once: remove one of them, keeping the one whose lang is right.`,
					severity: 'error',
				});
			} else seen.set(key, i);
		});
	}
	return problems;
}

/** Rules over entries' answers and bearsOn (references themselves are checked in integrity.ts). */
export function askConsistency(entries: readonly Entry[], lineOf: LineOf = () => undefined): Problem[] {
	const problems: Problem[] = [];
	const byId = new Map(entries.map((e) => [e.id, e]));
	const err = (entry: Entry, path: (string | number)[], message: string): void => {
		const file = entryFile(entry.id);
		problems.push({ file, field: fieldPath(path), line: lineOf(file, path), message, severity: 'error' });
	};
	for (const entry of entries) {
		const d = entry.data;
		const answered = new Set(d.answers.map((a) => a.ask));
		d.bearsOn.forEach((b, i) => {
			if (answered.has(b.ask))
				err(
					entry,
					['bearsOn', i, 'ask'],
					`"${b.ask}" is both answered (answers) and only borne on (bearsOn) by this entry: keep one. bearsOn is for what bears on a request without answering it.`,
				);
		});
		const own = (ref: string) => ref.split('#')[0] === entry.id;
		d.answers.forEach((a, i) => {
			if (own(a.ask))
				err(
					entry,
					['answers', i, 'ask'],
					`a letter cannot answer its own request "${a.ask}": answers go on the later entry that responds.`,
				);
		});
		d.bearsOn.forEach((b, i) => {
			if (own(b.ask))
				err(
					entry,
					['bearsOn', i, 'ask'],
					`an entry cannot bear on its own request "${b.ask}": name a request of an earlier letter.`,
				);
		});
		d.answers.forEach((a, i) => {
			if (a.response !== 'acted-on' && a.response !== 'partly-acted-on') return;
			if (d.type === 'proposed-rule') {
				err(
					entry,
					['answers', i, 'response'],
					`a proposed rule binds no one, so it cannot have ${a.response} on "${a.ask}": record it under bearsOn, with a note saying how it bears on the request and why it does not answer it.`,
				);
				return;
			}
			const [letterId, askId] = a.ask.split('#') as [string, string];
			const ask = byId.get(letterId)?.data.asks.find((x) => x.id === askId);
			if (!ask || ask.action !== 'add-to-list' || !ask.list || !d.designations.length) return;
			const onNamedList = d.designations.some(
				(g) => g.action === 'added' && g.list === ask.list && ask.subjects.includes(g.entity),
			);
			if (onNamedList) return;
			const elsewhere = [...new Set(d.designations.filter((g) => g.action === 'added').map((g) => g.list))].filter(
				(l) => l !== ask.list,
			);
			if (!elsewhere.length) return;
			err(
				entry,
				['answers', i, 'response'],
				`"${a.ask}" asks to add ${ask.subjects.join(', ')} to ${ask.list}, but this entry lists on ${elsewhere.join(', ')}: a listing on a different list does not meet the request. Record it under bearsOn, with a note saying what the listing is and what it is not (or designate the subject on ${ask.list} if that is what happened).`,
			);
		});
	}
	return problems;
}

/**
 * Every record rule, for the content check.
 * @param today the real day (nothing may be dated later); TRACKER_TODAY, when set, is the day the
 *   stamp's age is counted to
 */
export function checkRecordRules(
	root: string,
	loaded: Pick<LoadedContent, 'entries' | 'entities' | 'lineOf'>,
	today: string,
): Problem[] {
	return [
		...reviewProblems(readReviewStamp(root), today, trackerToday(process.env, today)),
		...duplicateAliases(loaded.entities, loaded.lineOf),
		...askConsistency(loaded.entries, loaded.lineOf),
	];
}
