/**
 * What the filtered timeline pages say: heading, lede, CSV and feed, for one entry type or one
 * year. Shared by page 1 and pages 2..N so they never disagree (`filteredPages` in
 * timeline-pages.ts splits the entries).
 */
import { feedLink, typeFeed } from '../publish/feeds.ts';
import type { Entry, EntryType } from '../model/schema.ts';
import { typeCsvUrl, yearCsvUrl } from '../site/urls.ts';
import { FORCE_LABELS, forceOf, typeLabel } from '../model/vocab.ts';

export interface FilterPage {
	title: string;
	heading: string;
	lede: string;
	csv: string;
	feed?: { title: string; href: string } | undefined;
}

const count = (n: number): string => `${n.toLocaleString('en-US')} ${n === 1 ? 'entry' : 'entries'}`;

/** The page of one entry type. */
export function typeProps(type: EntryType, entries: readonly Entry[]): FilterPage {
	const label = typeLabel(type);
	return {
		title: `${label}: every entry`,
		heading: label,
		lede: `${count(entries.length)} of type \u201c${label}\u201d (${FORCE_LABELS[forceOf(type)].toLowerCase()}), newest first.`,
		csv: typeCsvUrl(type),
		feed: feedLink(typeFeed(type)),
	};
}

/** The page of one year. */
export function yearProps(year: number, entries: readonly Entry[]): FilterPage {
	return {
		title: `${year}: every entry`,
		heading: String(year),
		lede: `${count(entries.length)} dated ${year}, newest first.`,
		csv: yearCsvUrl(year),
	};
}
