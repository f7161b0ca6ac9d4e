/**
 * "Cite this entry": BibTeX, CSL-JSON, APA (7th ed.) and Chicago (17th ed., bibliography).
 *
 * An entry page is a web page that changes when it is corrected, so every style cites it as a
 * web page by the tracker (a group author, which is also the site), dated by its last update
 * where the git history gives one (APA: "n.d." otherwise), with the day it was read: the build
 * date, which a reader should change to the day they read it.
 */
import { MONTH_NAMES } from '../model/ap-date.ts';
import { utcDay } from '../model/dates.ts';
import { SITE } from '../site/config.ts';

export interface CiteInput {
	/** Entry id. */
	id: string;
	title: string;
	/** Absolute URL of the entry page. */
	url: string;
	/** Last update of the entry, `YYYY-MM-DD`, when known. */
	updated?: string | undefined;
	/** Access date, `YYYY-MM-DD`. */
	accessed: string;
}

/** The tracker, as author and site. */
export const SITE_NAME = SITE.publisher;

const BIB_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * A day with the month spelled out, as APA and Chicago write it.
 * @example longDate('2020-08-17') // 'August 17, 2020'
 */
export function longDate(iso: string): string {
	const d = utcDay(iso);
	return `${MONTH_NAMES[d.getMonth()]} ${d.getDate()}, ${d.getFullYear()}`;
}

const parts = (iso: string): [number, number, number] => iso.split('-').map(Number) as [number, number, number];

/** A BibTeX key: `cct-` and the entry id (letters, digits and hyphens only). */
export const bibKey = (id: string): string => `cct-${id.replace(/[^A-Za-z0-9-]/g, '-')}`;

/**
 * Escape text for a BibTeX field value (inside braces).
 * @example bibEscape('R&D 100% {x}') // 'R\\&D 100\\% \\{x\\}'
 */
export function bibEscape(s: string): string {
	return s.replace(/[\\{}&%$#_~^]/g, (c) =>
		c === '\\' ? '\\textbackslash{}' : c === '~' ? '\\textasciitilde{}' : c === '^' ? '\\textasciicircum{}' : `\\${c}`,
	);
}

/** A BibTeX `@misc` record, readable by BibTeX and biblatex (`url`, `urldate`, `date`). */
export function bibtex(c: CiteInput): string {
	const fields: [string, string][] = [
		['title', `{${bibEscape(c.title)}}`],
		['author', `{${SITE_NAME}}`],
		['organization', SITE_NAME],
		['howpublished', `\\url{${c.url}}`],
		['url', c.url],
	];
	if (c.updated) {
		const [y, m] = parts(c.updated);
		fields.push(['date', c.updated], ['year', String(y)]);
		fields.push(['month', BIB_MONTHS[m - 1]!]);
	}
	fields.push(['urldate', c.accessed], ['note', `Accessed ${longDate(c.accessed)}`]);
	const body = fields.map(([k, v]) => (k === 'month' ? `  ${k} = ${v}` : `  ${k} = {${v}}`)).join(',\n');
	return `@misc{${bibKey(c.id)},\n${body}\n}`;
}

/** A CSL-JSON item (an array of one, as CSL-JSON files hold). */
export function cslJson(c: CiteInput): string {
	const item: Record<string, unknown> = {
		id: bibKey(c.id),
		type: 'webpage',
		title: c.title,
		author: [{ literal: SITE_NAME }],
		'container-title': SITE_NAME,
		publisher: SITE_NAME,
		URL: c.url,
		...(c.updated ? { issued: { 'date-parts': [parts(c.updated)] } } : {}),
		accessed: { 'date-parts': [parts(c.accessed)] },
	};
	return JSON.stringify([item], null, 2);
}

/** The title followed by a period, unless it ends in its own mark. */
const withPeriod = (title: string): string => (/[.?!]$/.test(title) ? title : `${title}.`);

/** APA 7, web page by a group author that is also the site (so the site name is not repeated); the title is italic. */
export function apa(c: CiteInput): { before: string; title: string; after: string; text: string } {
	const date = c.updated ? (([y, m, d]) => `${y}, ${MONTH_NAMES[m - 1]} ${d}`)(parts(c.updated)) : 'n.d.';
	const before = `${SITE_NAME}. (${date}). `;
	const title = withPeriod(c.title);
	const after = ` Retrieved ${longDate(c.accessed)}, from ${c.url}`;
	return { before, title, after, text: before + title + after };
}

/** Chicago 17, bibliography entry for a web page: modification date when known, then the access date. */
export function chicago(c: CiteInput): string {
	const t = withPeriod(c.title);
	const quoted = `\u201c${t}\u201d`;
	const modified = c.updated ? ` Last modified ${longDate(c.updated)}.` : '';
	return `${SITE_NAME}. ${quoted}${modified} Accessed ${longDate(c.accessed)}. ${c.url}.`;
}

/** A version of the record to cite: the commit the page was built from, and the entry's file at it. */
export interface CiteVersion {
	/** Full commit hash. */
	commit: string;
	/** The entry's file in the repository as of that commit, when a repository is configured. */
	fileUrl?: string | undefined;
	/** The record's review date, `YYYY-MM-DD`, when known. */
	reviewedThrough?: string | undefined;
}

/**
 * A citation of the entry as it stood in one version of the record: the page, plus the
 * commit and the entry's file at that commit, which does not change when the entry is
 * corrected later (Chicago-style, like `chicago`).
 * @example versionedCitation({ id: 'x', title: 'T', url: 'https://s/e/x/', accessed: '2026-12-01' }, { commit: 'abcdef1234567', fileUrl: 'https://g/r/blob/abcdef1234567/content/entries/x.mdx' })
 * // 'China Cloud Policy Tracker. “T.” Record version abcdef123456. Accessed December 1, 2026. https://s/e/x/ (source file at that version: https://g/r/blob/abcdef1234567/content/entries/x.mdx).'
 */
export function versionedCitation(c: CiteInput, v: CiteVersion): string {
	const t = withPeriod(c.title);
	const modified = c.updated ? ` Last modified ${longDate(c.updated)}.` : '';
	const review = v.reviewedThrough ? `, reviewed through ${longDate(v.reviewedThrough)}` : '';
	return `${SITE_NAME}. \u201c${t}\u201d${modified} Record version ${v.commit.slice(0, 12)}${review}. Accessed ${longDate(c.accessed)}. ${c.url}${v.fileUrl ? ` (source file at that version: ${v.fileUrl})` : ''}.`;
}
