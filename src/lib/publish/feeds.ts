/**
 * Atom feeds, written with the `feed` package: one of every entry, one per entity (every entry
 * that concerns it, in any role: the set of its page) and one per entry type. Each item has the
 * entry's title, its date (`published`; `updated` is the last change to its file, when known),
 * its summary, a short HTML content, its link and permanent id (the entry URL), and categories
 * for its type and its entities. Nothing is capped: a feed accounts for every entry it covers.
 *
 * `feed` marks titles and summaries `type="html"`; our text is plain, so it is HTML-escaped
 * first and a reader shows exactly the words written.
 */
import { Feed } from 'feed';
import { CHANGE_KIND_LABELS, type ChangeFeedItem } from '../derive/changes.ts';
import { datetimeAttr, formatApDate, rfc3339 } from '../model/dates.ts';
import type { EntryRecord } from './data-schemas.ts';
import { DATA_LICENSE } from './field-docs.ts';
import type { EntryType } from '../model/schema.ts';
import {
	absolute,
	changesFeedUrl,
	changesUrl,
	entityChangesFeedUrl,
	listChangesFeedUrl,
	entitiesUrl,
	entityFeedUrl,
	entityUrl,
	feedUrl,
	homeUrl,
	typeFeedUrl,
	typesUrl,
	typeUrl,
} from '../site/urls.ts';
import { typeLabel } from '../model/vocab.ts';
import { escapeXml as escapeHtml } from './xml.ts';
import type { RecordFreshness } from '../model/review.ts';

/**
 * What a feed says of the record's last review, after its subtitle.
 * @example reviewLine({ asOf: '2026-12-01', reviewedBy: 'Tracker editors', stale: false, daysSinceReview: 0 }) // 'Record reviewed through Dec. 1, 2026 (Tracker editors).'
 */
export function reviewLine(f: NonNullable<FeedContext['freshness']>): string {
	return `Record reviewed through ${formatApDate(f.asOf)} (${f.reviewedBy}).${f.stale ? ` That was ${f.daysSinceReview.toLocaleString('en-US')} days before this feed was built: it may be out of date.` : ''}`;
}
import { SITE as SITE_CONFIG } from '../site/config.ts';

export interface FeedSpec {
	title: string;
	subtitle: string;
	/** The feed's own path (`/feeds/entries.xml`). */
	path: string;
	/** The HTML page the feed follows (`/`, `/entities/x/`). */
	page: string;
}

export interface FeedContext {
	origin: string;
	/** Build date: the feed's `updated` when it has no items. */
	buildDate: string;
	/** The record's last review: the feed's subtitle says through which day the record was reviewed. */
	freshness?: Pick<RecordFreshness, 'asOf' | 'reviewedBy' | 'stale' | 'daysSinceReview'> | undefined;
	entityName: (id: string) => string;
}

/** The instant an item was last changed: its file's last commit day, else its date. */
const updatedOf = (r: EntryRecord): string => (r.lastUpdated && r.lastUpdated > r.date ? r.lastUpdated : r.date);

/** The item's HTML content: date at its precision, who and whom, summary, sources. */
function content(r: EntryRecord, ctx: FeedContext): string {
	const names = (ids: readonly string[]) => ids.map((id) => escapeHtml(ctx.entityName(id))).join(', ');
	const about = r.entities.filter((e) => !e.roles.includes('actor')).map((e) => e.id);
	return [
		`<p><time datetime="${datetimeAttr(r.date, r.datePrecision)}">${formatApDate(r.date, r.datePrecision)}</time> · ${escapeHtml(r.typeLabel)}</p>`,
		`<p>${escapeHtml(r.summary)}</p>`,
		`<p>By ${names(r.actors)}${about.length ? `. About ${names(about)}` : ''}.</p>`,
		`<p><a href="${escapeHtml(r.url)}">The entry, with its ${r.sources.length} source${r.sources.length === 1 ? '' : 's'}</a></p>`,
	].join('');
}

/**
 * An Atom feed of the given entries, newest first.
 * @returns the XML text
 */
export function atomFeed(spec: FeedSpec, records: readonly EntryRecord[], ctx: FeedContext): string {
	const items = [...records].sort((a, b) =>
		a.date < b.date ? 1 : a.date > b.date ? -1 : a.id < b.id ? 1 : a.id > b.id ? -1 : 0,
	);
	const latest = items.reduce((m, r) => (updatedOf(r) > m ? updatedOf(r) : m), '');
	const self = absolute(spec.path, ctx.origin);
	const feed = new Feed({
		id: self,
		title: spec.title,
		description: ctx.freshness ? `${spec.subtitle} ${reviewLine(ctx.freshness)}` : spec.subtitle,
		link: absolute(spec.page, ctx.origin),
		feedLinks: { atom: self },
		updated: new Date(rfc3339(latest || ctx.buildDate)),
		author: { name: SITE_CONFIG.publisher, link: absolute('/', ctx.origin) },
		copyright: `${DATA_LICENSE.name} (${DATA_LICENSE.url})`,
		generator: false,
	});
	for (const r of items) {
		feed.addItem({
			title: escapeHtml(r.title),
			id: r.url,
			link: r.url,
			date: new Date(rfc3339(updatedOf(r))),
			published: new Date(rfc3339(r.date)),
			description: escapeHtml(r.summary),
			content: content(r, ctx),
			category: [
				{ term: r.type, name: r.typeLabel, scheme: absolute(typesUrl(), ctx.origin) },
				...r.entities.map((e) => ({
					term: e.id,
					name: ctx.entityName(e.id),
					scheme: absolute(entitiesUrl(), ctx.origin),
				})),
			],
		});
	}
	return feed.atom1();
}

const SITE = SITE_CONFIG.name;

/** The feed of every entry. */
export const mainFeed = (): FeedSpec => ({
	title: `${SITE}: every entry`,
	subtitle: 'Every US policy action on Chinese cloud companies recorded by the tracker, newest first.',
	path: feedUrl(),
	page: homeUrl(),
});

/** The feed of one entity: every entry that concerns it, in any role. */
export const entityFeed = (id: string, name: string): FeedSpec => ({
	title: `${name}: ${SITE}`,
	subtitle: `Every entry of the ${SITE} that concerns ${name}, as actor, subject, addressee or list.`,
	path: entityFeedUrl(id),
	page: entityUrl(id),
});

/** The feed of one entry type. */
export const typeFeed = (type: EntryType): FeedSpec => ({
	title: `${typeLabel(type)}: ${SITE}`,
	subtitle: `Every entry of type \u201c${typeLabel(type)}\u201d in the ${SITE}.`,
	path: typeFeedUrl(type),
	page: typeUrl(type),
});

/** A feed as Layout's `feeds` prop wants it (`<link rel="alternate">`). */
export const feedLink = (f: FeedSpec): { title: string; href: string } => ({ title: f.title, href: f.path });

/* Feeds of changes: every change, per entity, per list. */

/** The feed of every change to the record. */
export const changesFeed = (): FeedSpec => ({
	title: `${SITE}: every change`,
	subtitle:
		'Entries added, corrected and updated, list standings and request statuses that changed: an entry appears again, as updated, when it changes.',
	path: changesFeedUrl(),
	page: changesUrl(),
});

/** The feed of the changes that concern one entity. */
export const entityChangesFeed = (id: string, name: string): FeedSpec => ({
	title: `${name}, changes: ${SITE}`,
	subtitle: `Every change to the ${SITE}\u2019s record that concerns ${name}: new entries, corrections and updates to old ones, list standings and request statuses.`,
	path: entityChangesFeedUrl(id),
	page: entityUrl(id),
});

/** The feed of the changes on one list. */
export const listChangesFeed = (id: string, name: string): FeedSpec => ({
	title: `${name}, changes in standings: ${SITE}`,
	subtitle: `Who was put on or taken off the ${name} in the ${SITE}\u2019s record, and corrections and updates to those entries.`,
	path: listChangesFeedUrl(id),
	page: entityUrl(id),
});

/** The HTML content of a change item: each change, newest first, dated, in words. */
function changesContent(item: ChangeFeedItem, origin: string): string {
	const li = item.changes.map(
		(c) =>
			`<li><time datetime="${c.date}">${formatApDate(c.date)}</time> · ${escapeHtml(CHANGE_KIND_LABELS[c.kind])}: ${escapeHtml(c.text)}${c.path !== item.path ? ` (<a href="${escapeHtml(absolute(c.path, origin))}">${escapeHtml(c.title)}</a>)` : ''}</li>`,
	);
	return `<p>What changed, newest first:</p><ul>${li.join('')}</ul><p><a href="${escapeHtml(absolute(item.path, origin))}">${escapeHtml(item.title)}</a></p>`;
}

/**
 * An Atom feed of changes: one item per entry (or entity) that changed, with the same id as in
 * the entry feeds (its page's address), `published` when it entered the record and `updated`
 * at its latest change, so a feed reader shows a corrected entry again, as updated; the
 * summary says the latest change in words and the content lists every change.
 */
export function changesAtom(
	spec: FeedSpec,
	items: readonly ChangeFeedItem[],
	ctx: Pick<FeedContext, 'origin' | 'buildDate'>,
): string {
	const self = absolute(spec.path, ctx.origin);
	const latest = items.reduce((m, i) => (i.updated > m ? i.updated : m), '');
	const feed = new Feed({
		id: self,
		title: spec.title,
		description: spec.subtitle,
		link: absolute(spec.page, ctx.origin),
		feedLinks: { atom: self },
		updated: new Date(rfc3339(latest || ctx.buildDate)),
		author: { name: SITE, link: absolute('/', ctx.origin) },
		copyright: `${DATA_LICENSE.name} (${DATA_LICENSE.url})`,
		generator: false,
	});
	for (const item of items) {
		const last = item.changes[0]!;
		const url = absolute(item.path, ctx.origin);
		feed.addItem({
			title: escapeHtml(
				item.revised ? `${last.kind === 'entry-corrected' ? 'Corrected' : 'Updated'}: ${item.title}` : item.title,
			),
			id: url,
			link: url,
			date: new Date(rfc3339(item.updated)),
			published: new Date(rfc3339(item.published)),
			description: escapeHtml(`${CHANGE_KIND_LABELS[last.kind]}, ${formatApDate(last.date)}: ${last.text}`),
			content: changesContent(item, ctx.origin),
			category: [...new Set(item.changes.map((c) => c.kind))].map((k) => ({ term: k, name: CHANGE_KIND_LABELS[k] })),
		});
	}
	return feed.atom1();
}
