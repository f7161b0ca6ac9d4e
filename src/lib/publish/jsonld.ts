/**
 * schema.org structured data (JSON-LD) for entry, entity and data pages.
 *
 * Entries: a rule, an order or a proposed rule is a legal document, so `Legislation` (schema.org:
 * "a legal document such as an act, decree, bill, etc. (enforceable or not)"), with its official
 * citation as identifier and its Federal Register page as `sameAs`. Every other entry (a
 * designation, a letter, a hearing, a report, a company's move) is something that happened on a
 * day: an `Event`, its actors as organizers. Dates keep their precision ("2021-12" for a month).
 *
 * Entities: people are `Person`; agencies `GovernmentOrganization`; companies, universities,
 * research institutes and outlets the matching `Organization` subtypes; a restricted list is a
 * document its agency publishes (`CreativeWork`). `sameAs`: Wikidata, OpenSanctions, official site.
 */
import { datetimeAttr } from '../model/dates.ts';
import type { EntityRecord, EntryRecord } from './data-schemas.ts';
import { DATA_LICENSE } from './field-docs.ts';
import type { EntityKind, EntryType } from '../model/schema.ts';
import { absolute, dataUrl, entityUrl, federalRegisterUrl, homeUrl } from '../site/urls.ts';
import { SITE as SITE_CONFIG } from '../site/config.ts';

type Node = Record<string, unknown>;

/** Entry types recorded as schema.org `Legislation`. */
export const LEGISLATION_TYPES: ReadonlySet<EntryType> = new Set([
	'entity-list-rule',
	'executive-order',
	'proposed-rule',
	'final-rule',
]);

/** The schema.org type of each entity kind. */
export const ENTITY_TYPES: Record<EntityKind, string> = {
	company: 'Corporation',
	'government-agency': 'GovernmentOrganization',
	official: 'Person',
	legislator: 'Person',
	university: 'CollegeOrUniversity',
	'research-institute': 'ResearchOrganization',
	'media-outlet': 'NewsMediaOrganization',
	list: 'CreativeWork',
	project: 'Organization',
	organization: 'Organization',
};

export interface JsonLdContext {
	origin: string;
	/** Name and kind of an entity id (undefined for an unknown id). */
	entity: (id: string) => { name: string; kind: EntityKind } | undefined;
}

const site = (origin: string): Node => ({
	'@type': 'WebSite',
	name: SITE_CONFIG.name,
	url: absolute(homeUrl(), origin),
});

/** A short reference to an entity: type, name, its page. */
function ref(id: string, ctx: JsonLdContext): Node {
	const e = ctx.entity(id);
	return { '@type': e ? ENTITY_TYPES[e.kind] : 'Thing', name: e?.name ?? id, url: absolute(entityUrl(id), ctx.origin) };
}

/** Drop empty arrays and undefined values, so the output says only what is known. */
function clean(n: Node): Node {
	return Object.fromEntries(
		Object.entries(n).filter(([, v]) => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0)),
	);
}

/** JSON-LD of an entry page. */
export function entryJsonLd(r: EntryRecord, ctx: JsonLdContext): Node {
	const about = r.entities.filter((e) => !e.roles.includes('actor')).map((e) => ref(e.id, ctx));
	const sources = r.sources.map((s) =>
		clean({
			'@type': 'CreativeWork',
			name: s.title,
			url: s.url,
			publisher: { '@type': 'Organization', name: s.publisher },
			datePublished: s.date,
		}),
	);
	const common = {
		'@context': 'https://schema.org',
		'@id': `${r.url}#entry`,
		name: r.title,
		url: r.url,
		description: r.summary,
		about,
		keywords: r.tags.join(', ') || undefined,
	};
	if (LEGISLATION_TYPES.has(r.type)) {
		return clean({
			...common,
			'@type': 'Legislation',
			legislationType: r.typeLabel,
			legislationDate: datetimeAttr(r.date, r.datePrecision),
			datePublished: r.published,
			legislationIdentifier: r.citation.length === 1 ? r.citation[0] : r.citation,
			legislationPassedBy: r.actors.map((id) => ref(id, ctx)),
			sameAs: r.citation.map(federalRegisterUrl).filter((u): u is string => !!u),
			citation: sources,
			dateModified: r.lastUpdated ?? undefined,
			isPartOf: site(ctx.origin),
		});
	}
	return clean({
		...common,
		'@type': 'Event',
		startDate: datetimeAttr(r.date, r.datePrecision),
		organizer: r.actors.map((id) => ref(id, ctx)),
		subjectOf: sources,
	});
}

/** JSON-LD of an entity page. */
export function entityJsonLd(r: EntityRecord, ctx: JsonLdContext): Node {
	const type = ENTITY_TYPES[r.kind];
	const sameAs = [
		r.identifiers.wikidata && `https://www.wikidata.org/wiki/${r.identifiers.wikidata}`,
		r.identifiers.opensanctions && `https://www.opensanctions.org/entities/${r.identifiers.opensanctions}/`,
		r.identifiers.website,
	].filter((u): u is string => !!u);
	const parent = r.parent ? ref(r.parent, ctx) : undefined;
	const isPerson = type === 'Person';
	const isOrg = !isPerson && type !== 'CreativeWork';
	return clean({
		'@context': 'https://schema.org',
		'@type': type,
		'@id': `${r.url}#entity`,
		name: r.name,
		alternateName: [...(r.shortName ? [r.shortName] : []), ...r.aliases.map((a) => a.name)],
		url: r.url,
		description: r.description,
		sameAs,
		jobTitle: isPerson ? r.role : undefined,
		affiliation: isPerson ? parent : undefined,
		parentOrganization: isOrg ? parent : undefined,
		publisher: type === 'CreativeWork' ? parent : undefined,
		address: isOrg && r.country ? { '@type': 'PostalAddress', addressCountry: r.country } : undefined,
		subjectOf: {
			'@type': 'DataFeed',
			name: `${r.name}: entries in the ${SITE_CONFIG.name}`,
			url: r.feed,
			encodingFormat: 'application/atom+xml',
		},
	});
}

export interface DatasetInfo {
	name: string;
	description: string;
	/** First and last entry dates. */
	from: string;
	to: string;
	buildDate: string;
	downloads: { url: string; format: string }[];
}

/** JSON-LD of the Data page: a schema.org Dataset with its downloads. */
export function datasetJsonLd(d: DatasetInfo, origin: string): Node {
	return clean({
		'@context': 'https://schema.org',
		'@type': 'Dataset',
		name: d.name,
		description: d.description,
		url: absolute(dataUrl(), origin),
		license: DATA_LICENSE.url,
		isAccessibleForFree: true,
		creator: { '@type': 'Organization', name: SITE_CONFIG.publisher, url: absolute(homeUrl(), origin) },
		dateModified: d.buildDate,
		temporalCoverage: d.from && d.to ? `${d.from}/${d.to}` : undefined,
		distribution: d.downloads.map((x) => ({ '@type': 'DataDownload', contentUrl: x.url, encodingFormat: x.format })),
	});
}
