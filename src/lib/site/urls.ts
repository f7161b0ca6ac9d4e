/**
 * Every URL of the site is built here, so a route change is one edit. Paths end in `/`
 * (Astro's directory format); `absolute()` turns a path into a full URL for feeds and meta.
 */

// The site's origin is in the site configuration (src/lib/site/config.ts, SITE_URL when deploying),
// not here: this module is also bundled into the search page's script.

export const homeUrl = (): string => '/';
export const entryUrl = (id: string): string => `/entries/${id}/`;
export const entitiesUrl = (): string => '/entities/';
export const entityUrl = (id: string): string => `/entities/${id}/`;
export const listsUrl = (): string => '/lists/';
/** The matrix of tracked companies against the tracked lists, as CSV (the table on /lists/). */
export const listMatrixCsvUrl = (): string => '/lists/matrix.csv';
/** Which requests an /asks/ page shows: all, or those with one status, addressee or subject. */
export interface AsksFilter {
	status?: string | undefined;
	addressee?: string | undefined;
	/** An entity id: requests about it. */
	about?: string | undefined;
}
/**
 * The requests page, optionally filtered (one filter at a time); page 2 onward under `page/N/`.
 * @example asksUrl() // '/asks/'
 * @example asksUrl({ addressee: 'gina-raimondo' }, 2) // '/asks/addressee/gina-raimondo/page/2/'
 */
export function asksUrl(filter: AsksFilter = {}, page = 1): string {
	const base = filter.status
		? `/asks/status/${filter.status}/`
		: filter.addressee
			? `/asks/addressee/${filter.addressee}/`
			: filter.about
				? `/asks/about/${filter.about}/`
				: '/asks/';
	return page > 1 ? `${base}page/${page}/` : base;
}
export const aboutUrl = (): string => '/about/';
export const searchUrl = (): string => '/search/';
/** Pagefind's browser API, written by `pagefind --site dist`; loaded only when a search starts. */
export const pagefindUrl = (): string => '/pagefind/pagefind.js';
/** The map from Pagefind result ids to entry ids, written by `scripts/search-ids.mjs`. */
export const searchIdsUrl = (): string => '/search/entry-ids.json';
/** Every indexed page in date order, for sorting results by date (`scripts/search-ids.mjs`). */
export const searchDateOrderUrl = (): string => '/search/date-order.json';
export const dataUrl = (): string => '/data/';
/** The anchor of a year on the timeline. */
export const yearAnchor = (year: number): string => `y${year}`;
/** A timeline page: newest first at `/`, oldest first at `/oldest/`; page 2 onward under `page/N/`. */
export function timelineUrl(order: 'newest' | 'oldest' = 'newest', page = 1): string {
	const base = order === 'newest' ? '/' : '/oldest/';
	return page > 1 ? `${base}page/${page}/` : base;
}
/** An entity's own timeline, page 2 onward under `page/N/`. */
export function entityPageUrl(id: string, page = 1): string {
	return page > 1 ? `${entityUrl(id)}page/${page}/` : entityUrl(id);
}
/** Every tracked designation on one list, page 2 onward under `page/N/`. */
export function rosterUrl(listId: string, page = 1): string {
	const base = `/lists/${listId}/`;
	return page > 1 ? `${base}page/${page}/` : base;
}
/** Prefix of year ids on an entity's own timeline (`e-y2020`), apart from the page's other ids. */
export const ENTITY_YEAR_PREFIX = 'e-';
/** A year on the timeline, on the page (of that order) where the year starts. */
export const timelineYearUrl = (order: 'newest' | 'oldest', page: number, year: number): string =>
	`${timelineUrl(order, page)}#${yearAnchor(year)}`;
/** A year on an entity's own timeline, on the page where the year starts. */
export const entityYearUrl = (id: string, page: number, year: number): string =>
	`${entityPageUrl(id, page)}#${ENTITY_YEAR_PREFIX}${yearAnchor(year)}`;
/** The anchor of an ask on its letter's page and on /asks/. */
export const askAnchor = (askId: string): string => `ask-${askId}`;
export const askUrl = (entryId: string, askId: string): string => `${entryUrl(entryId)}#${askAnchor(askId)}`;
/** The anchor of a numbered source on an entry page. */
export const sourceAnchor = (key: string): string => `source-${key}`;

/** A full URL for a site path. */
export function absolute(path: string, origin: string): string {
	return new URL(path, origin).href;
}

/**
 * The Federal Register's own link for a citation such as `85 FR 51596`, or undefined when the
 * citation is not a Federal Register one.
 * @example federalRegisterUrl('85 FR 51596') // 'https://www.federalregister.gov/citation/85-FR-51596'
 */
export function federalRegisterUrl(citation: string): string | undefined {
	const m = /^(\d+)\s+FR\s+(\d+)$/.exec(citation.trim());
	return m ? `https://www.federalregister.gov/citation/${m[1]}-FR-${m[2]}` : undefined;
}

/* Feeds, data files, filtered views, embeds, sitemap: everything that leaves the site. */

/** The Atom feed of every entry. */
export const feedUrl = (): string => '/feeds/entries.xml';
/** The Atom feed of the entries that concern one entity (as actor, subject, addressee or list). */
export const entityFeedUrl = (id: string): string => `/feeds/entities/${id}.xml`;
/** The Atom feed of one entry type. */
export const typeFeedUrl = (type: string): string => `/feeds/types/${type}.xml`;
/** The index of entry types, with counts, feeds and CSVs. */
export const typesUrl = (): string => '/types/';
/** The timeline of one entry type, page 2 onward under `page/N/`. */
export function typeUrl(type: string, page = 1): string {
	return page > 1 ? `/types/${type}/page/${page}/` : `/types/${type}/`;
}
/** The timeline of one year, page 2 onward under `page/N/`. */
export function yearUrl(year: number | string, page = 1): string {
	return page > 1 ? `/years/${year}/page/${page}/` : `/years/${year}/`;
}
/** The published data sets. */
export const DATASETS = ['entries', 'entities', 'asks'] as const;
export type Dataset = (typeof DATASETS)[number];
/** A whole data set as JSON or CSV: `/data/entries.json`. */
export const dataFileUrl = (dataset: Dataset, format: 'json' | 'csv'): string => `/data/${dataset}.${format}`;
/** The JSON Schema of a data file: `/data/entries.schema.json` (JSON), `/data/entries.csv.schema.json` (one CSV row). */
export const schemaUrl = (dataset: Dataset, format: 'json' | 'csv'): string =>
	format === 'json' ? `/data/${dataset}.schema.json` : `/data/${dataset}.csv.schema.json`;
/** The CSV of one entry type's entries (same columns as entries.csv). */
export const typeCsvUrl = (type: string): string => `/data/types/${type}.csv`;
/** The CSV of one year's entries. */
export const yearCsvUrl = (year: number | string): string => `/data/years/${year}.csv`;
/** The CSV of the entries that concern one entity. */
export const entityCsvUrl = (id: string): string => `/data/entities/${id}.csv`;
/** The embeddable timeline of one entity, for an article iframe. */
export const embedUrl = (id: string): string => `/embed/entities/${id}/`;
/** Paths under this prefix are embeds: no site chrome, not indexed, frameable by any site. */
export const EMBED_PREFIX = '/embed/';
export const sitemapUrl = (): string => '/sitemap.xml';
export const robotsUrl = (): string => '/robots.txt';

/**
 * The public history of a content file, from a URL template with `{path}` (set through the
 * REPO_HISTORY_URL environment variable, e.g. `https://github.com/<owner>/<repo>/commits/main/{path}`),
 * or undefined when no template is configured: a repository address is never guessed.
 * @example repoHistoryUrl('content/entries/x.mdx', 'https://git.example/r/commits/main/{path}') // 'https://git.example/r/commits/main/content/entries/x.mdx'
 */
export function repoHistoryUrl(path: string, template: string | undefined): string | undefined {
	if (!template || !template.includes('{path}') || !/^https?:\/\//.test(template)) return undefined;
	return template.replace('{path}', path.split('/').map(encodeURIComponent).join('/'));
}

/* What changed, and citing a version of the record. */

/** Every change to the record, by month. */
export const changesUrl = (): string => '/changes/';
/** The changes of one month (`YYYY-MM`), page 2 onward under `page/N/`. */
export function changesMonthUrl(month: string, page = 1): string {
	return page > 1 ? `/changes/${month}/page/${page}/` : `/changes/${month}/`;
}
/** Every month with changes from `month` (`YYYY-MM`) on: the "since" view. */
export const changesSinceUrl = (month: string): string => `/changes/since/${month}/`;
/** The Atom feed of every change. */
export const changesFeedUrl = (): string => '/feeds/changes.xml';
/** The Atom feed of the changes that concern one entity (a list included). */
export const entityChangesFeedUrl = (id: string): string => `/feeds/changes/entities/${id}.xml`;
/** The Atom feed of the changes on one list: standings and the entries that make them. */
export const listChangesFeedUrl = (id: string): string => `/feeds/changes/lists/${id}.xml`;
/** The change log as data. */
export const changesDataUrl = (format: 'json' | 'csv'): string => `/data/changes.${format}`;
/** The JSON Schema of changes.json (`json`) or of one row of changes.csv (`csv`). */
export const changesSchemaUrl = (format: 'json' | 'csv'): string =>
	format === 'json' ? '/data/changes.schema.json' : '/data/changes.csv.schema.json';

/** Repository links (the repository is `SITE.repositoryUrl`, src/lib/site/config.ts), GitHub-style, which GitLab and Forgejo also accept. */
const encodePath = (path: string): string => path.split('/').map(encodeURIComponent).join('/');
/**
 * A file of the repository as of one commit.
 * @example repoFileUrl('content/entries/x.mdx', 'abc123', 'https://git.example/r') // 'https://git.example/r/blob/abc123/content/entries/x.mdx'
 */
export const repoFileUrl = (path: string, commit: string, repo: string): string =>
	`${repo}/blob/${encodeURIComponent(commit)}/${encodePath(path)}`;
/**
 * A folder of the repository as of a tag or commit.
 * @example repoTreeUrl('record-2026-11-30', 'content', 'https://git.example/r') // 'https://git.example/r/tree/record-2026-11-30/content'
 */
export const repoTreeUrl = (ref: string, path: string, repo: string): string =>
	`${repo}/tree/${encodeURIComponent(ref)}${path ? `/${encodePath(path)}` : ''}`;
