/**
 * Every URL of the site is built here, so a route change is one edit. Paths end in `/`
 * (Astro's directory format); `absolute()` turns a path into a full URL for feeds and meta.
 */

/** The site's origin, from astro.config.mjs `site` (set through SITE_URL when deploying). */
export const SITE_ORIGIN = 'https://china-cloud-tracker.example.org';

export const homeUrl = (): string => '/';
export const entryUrl = (id: string): string => `/entries/${id}/`;
export const entitiesUrl = (): string => '/entities/';
export const entityUrl = (id: string): string => `/entities/${id}/`;
export const listsUrl = (): string => '/lists/';
export const asksUrl = (): string => '/asks/';
export const aboutUrl = (): string => '/about/';
export const searchUrl = (): string => '/search/';
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
/** Prefix of year ids on an entity's own timeline (`e-y2020`), apart from the page's other ids. */
export const ENTITY_YEAR_PREFIX = 'e-';
/** A year on the timeline, on the page (of that order) where the year starts. */
export const timelineYearUrl = (order: 'newest' | 'oldest', page: number, year: number): string => `${timelineUrl(order, page)}#${yearAnchor(year)}`;
/** A year on an entity's own timeline, on the page where the year starts. */
export const entityYearUrl = (id: string, page: number, year: number): string => `${entityPageUrl(id, page)}#${ENTITY_YEAR_PREFIX}${yearAnchor(year)}`;
/** The anchor of an ask on its letter's page and on /asks/. */
export const askAnchor = (askId: string): string => `ask-${askId}`;
export const askUrl = (entryId: string, askId: string): string => `${entryUrl(entryId)}#${askAnchor(askId)}`;
/** The anchor of a numbered source on an entry page. */
export const sourceAnchor = (key: string): string => `source-${key}`;

/** A full URL for a site path. */
export function absolute(path: string, origin: string = SITE_ORIGIN): string {
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
