/**
 * The routes of the built site, for the checks that must visit every page (axe, the HTML
 * validator, the link checker): every HTML file in dist/, and the sitemap's URLs when the
 * site has a sitemap, so the two can be compared. No dependencies beyond node:fs, so both
 * vitest and Playwright import it.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../..');
export const DIST = join(ROOT, 'dist');

/** Folders of dist/ that hold assets, not pages. */
const ASSET_DIRS = new Set(['_astro', 'pagefind']);

/** A built page: its URL path and its file under dist/. */
export interface Route {
	/** The path a reader visits: `/entries/x/`, or `/404.html` for a non-directory page. */
	path: string;
	file: string;
}

/** Every HTML page under dist/, sorted by path. */
export function builtRoutes(dir = DIST, prefix = '/'): Route[] {
	if (!existsSync(join(DIST, 'index.html'))) throw new Error('no built site in dist/: run npm run build');
	const out: Route[] = [];
	for (const name of readdirSync(dir)) {
		const file = join(dir, name);
		if (statSync(file).isDirectory()) {
			if (!(prefix === '/' && ASSET_DIRS.has(name))) out.push(...builtRoutes(file, `${prefix}${name}/`));
		} else if (name === 'index.html') out.push({ path: prefix, file });
		else if (name.endsWith('.html')) out.push({ path: `${prefix}${name}`, file });
	}
	return out.sort((a, b) => a.path.localeCompare(b.path));
}

/** The file dist/ serves for a URL path (`/a/` → a/index.html), or undefined when none. */
export function fileFor(path: string): string | undefined {
	const clean = decodeURIComponent(path.split(/[?#]/)[0]!);
	const candidates = clean.endsWith('/')
		? [join(DIST, clean, 'index.html')]
		: [join(DIST, clean), join(DIST, clean, 'index.html')];
	return candidates.find((f) => existsSync(f) && statSync(f).isFile());
}

/** The sitemap a build may write: `sitemap.xml`, or `sitemap-index.xml` (@astrojs/sitemap). */
export function sitemapFile(): string | undefined {
	return ['sitemap.xml', 'sitemap-index.xml'].map((f) => join(DIST, f)).find(existsSync);
}

/**
 * The URL paths a sitemap lists, following a sitemap index to its child sitemaps; undefined
 * when the site has no sitemap. Absolute URLs are reduced to their paths.
 */
export function sitemapPaths(file = sitemapFile()): string[] | undefined {
	if (!file) return undefined;
	const xml = readFileSync(file, 'utf8');
	const locs = [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map(
		(m) => new URL(m[1]!.replace(/&amp;/g, '&'), 'https://x.invalid').pathname,
	);
	if (/<sitemapindex[\s>]/.test(xml)) {
		return locs.flatMap((p) => {
			const child = fileFor(p);
			if (!child) throw new Error(`${file} lists ${p}, which is not built`);
			return sitemapPaths(child) ?? [];
		});
	}
	return locs;
}

/** The route a page is visited at in a browser: the 404 page at an address that does not exist. */
export const NOT_FOUND_VISIT = '/no-such-page-here/';

/** Where to point the browser for a built route. */
export function visitPath(route: string): string {
	if (route === '/404.html') return NOT_FOUND_VISIT;
	// The search page is checked showing results, as a reader who searched sees it.
	if (route === '/search/') return '/search/?q=huawei';
	return route;
}
