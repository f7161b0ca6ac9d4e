/**
 * The view model of an entry page's key-facts box and of its reference-manager metadata
 * (Highwire Press `citation_*` tags, which Zotero, Mendeley and Google Scholar read): pure
 * functions over the entry, so the page and its tests see the same facts.
 */
import type { Corpus } from '../derive/corpus.ts';
import type { DatePrecision, Entry, EntryType } from '../model/schema.ts';
import { absolute, entityUrl, entryUrl, federalRegisterUrl } from '../site/urls.ts';
import { FORCE_LABELS, forceOf, typeLabel, type Force } from '../model/vocab.ts';

export interface EntryFacts {
	/** The day it happened or took effect, and how exactly it is known. */
	date: string;
	datePrecision: DatePrecision;
	/** "Effective" when a separate publication date is recorded, else "Date". */
	dateLabel: 'Date' | 'Effective';
	/** The publication date, only where it differs from `date`. */
	published?: string;
	type: EntryType;
	typeLabel: string;
	force: Force;
	forceLabel: string;
	/** Who acted, linked. */
	actors: { id: string; name: string; url: string }[];
	/** Official citations, each with the Federal Register's link where it resolves. */
	citations: { text: string; url?: string }[];
	/** The first primary source: the document itself (or the actor's own words). */
	primary?: { title: string; publisher: string; url: string };
	/** The entry's permanent address. */
	permalink: string;
}

/** The key facts of an entry, for the box at the top of its page. */
export function entryFacts(entry: Entry, corpus: Corpus, origin: string): EntryFacts {
	const d = entry.data;
	const facts: EntryFacts = {
		date: d.date,
		datePrecision: d.datePrecision,
		dateLabel: d.published && d.published !== d.date ? 'Effective' : 'Date',
		type: d.type,
		typeLabel: typeLabel(d.type),
		force: forceOf(d.type),
		forceLabel: FORCE_LABELS[forceOf(d.type)],
		actors: d.actors.map((id) => ({ id, name: corpus.entityById.get(id)?.data.name ?? id, url: entityUrl(id) })),
		citations: d.citation.map((text) => {
			const url = federalRegisterUrl(text);
			return url ? { text, url } : { text };
		}),
		permalink: absolute(entryUrl(entry.id), origin),
	};
	if (d.published && d.published !== d.date) facts.published = d.published;
	const p = d.sources.find((s) => s.kind === 'primary');
	if (p) facts.primary = { title: p.title, publisher: p.publisher, url: p.url };
	return facts;
}

/** `YYYY-MM-DD` as Highwire writes dates: `YYYY/MM/DD`. */
const hw = (iso: string): string => iso.replace(/-/g, '/');

export interface CitationMetaInput {
	title: string;
	/** The page's absolute URL. */
	url: string;
	/** Who publishes the page (an organisation: the tracker). */
	publisher: string;
	/** The site's name. */
	siteName: string;
	/** When the page was last updated (from git), `YYYY-MM-DD`; without it no date is claimed. */
	updated?: string | undefined;
	/** When the page was first published (from git), `YYYY-MM-DD`. */
	created?: string | undefined;
	keywords?: readonly string[];
}

/**
 * Highwire Press meta tags for a reference manager. The page is dated as "Cite this entry"
 * dates it, by its last update; no date at all when the history is not available, never a
 * guess. The author is the publishing organisation.
 * @example citationMeta({ title: 'T', url: 'https://t.example/entries/x/', publisher: 'P', siteName: 'S', updated: '2026-01-02' })[0] // { name: 'citation_title', content: 'T' }
 */
export function citationMeta(c: CitationMetaInput): { name: string; content: string }[] {
	const out: { name: string; content: string }[] = [
		{ name: 'citation_title', content: c.title },
		{ name: 'citation_author', content: c.publisher },
		{ name: 'citation_publisher', content: c.publisher },
	];
	if (c.updated) {
		out.push(
			{ name: 'citation_publication_date', content: hw(c.updated) },
			{ name: 'citation_date', content: hw(c.updated) },
		);
	}
	if (c.created) out.push({ name: 'citation_online_date', content: hw(c.created) });
	out.push(
		{ name: 'citation_public_url', content: c.url },
		{ name: 'citation_abstract_html_url', content: c.url },
		{ name: 'citation_fulltext_html_url', content: c.url },
		{ name: 'citation_journal_title', content: c.siteName },
		{ name: 'citation_language', content: 'en' },
	);
	if (c.keywords?.length) out.push({ name: 'citation_keywords', content: c.keywords.join('; ') });
	return out;
}
