/**
 * The sitemap: every HTML page a reader or a search engine should find, with the day an entry
 * page last changed where the git history says so. Embeds (framed inside other sites, marked
 * noindex) and the 404 page are left out. Written by our own small integration rather than
 * @astrojs/sitemap: one dependency fewer, and it knows our rule for what is indexable and where
 * each entry's last-modified date comes from.
 */
import { EMBED_PREFIX } from '../site/urls.ts';
import { escapeXml } from './xml.ts';

export interface SitemapUrl {
	/** Absolute URL. */
	loc: string;
	/** `YYYY-MM-DD`, when known. */
	lastmod?: string | undefined;
}

/**
 * Whether a built page belongs in the sitemap: an HTML page (a directory path ending in `/`),
 * not the 404 page, not an embed.
 * @example isIndexable('/entries/x/') // true
 * @example isIndexable('/embed/entities/x/') // false
 */
export function isIndexable(path: string): boolean {
	return path.endsWith('/') && path !== '/404/' && !path.startsWith(EMBED_PREFIX);
}

/** The sitemap XML (sitemaps.org 0.9), URLs sorted for a stable file. */
export function sitemapXml(urls: readonly SitemapUrl[]): string {
	const body = [...urls]
		.sort((a, b) => (a.loc < b.loc ? -1 : a.loc > b.loc ? 1 : 0))
		.map((u) => `<url><loc>${escapeXml(u.loc)}</loc>${u.lastmod ? `<lastmod>${u.lastmod}</lastmod>` : ''}</url>`)
		.join('\n');
	return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`;
}
