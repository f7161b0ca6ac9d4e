/**
 * The site's route files, read from src/pages, and the built pages each one made: so a browser
 * test can visit every kind of page (a sample of each route, not every page), and notice a kind
 * that should exist but was not built, or a built page that no route explains.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DIST, ROOT } from './built-routes.ts';
import { allPages } from './site.ts';

export interface RouteSample {
	/** The route file, e.g. `src/pages/entries/[id].astro`. */
	route: string;
	/** Whether the route has parameters (it may legitimately build no page, e.g. page 2 of a short list). */
	dynamic: boolean;
	/** A built page of this route (the largest, as the richest), or undefined if none was built. */
	url: string | undefined;
}

const PAGE_FILE = /\.(astro|md|mdx|html)$/;

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((n) => {
		const p = join(dir, n);
		return statSync(p).isDirectory() ? files(p) : [p];
	});
}

/** A route file's path segments without the extension and a final `index`. */
function segments(file: string): string[] {
	return file
		.replace(PAGE_FILE, '')
		.split('/')
		.filter((s, i, all) => !(s === 'index' && i === all.length - 1));
}

const isRest = (s: string) => /^\[\.\.\.[^\]]+\]$/.test(s);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The URL pattern of a page file (trailing slashes, as the site builds them): `[id]` matches one
 * segment, `[...rest]` any number, none included (`[...page].astro` builds `/` and `/page/2/`).
 */
export function routePattern(file: string): RegExp {
	if (file.replace(PAGE_FILE, '') === '404') return /^\/404\.html$/;
	const body = segments(file)
		.map((s) =>
			isRest(s)
				? '(?:/[^?#]+)?'
				: `/${s
						.split(/(\[[^\]]+\])/)
						.map((p) => (/^\[[^\]]+\]$/.test(p) ? '[^/]+' : escape(p)))
						.join('')}`,
		)
		.join('');
	return new RegExp(`^${body}/$`);
}

/** Astro's route priority, segment by segment: a static segment before a parameter, a parameter before a rest parameter. */
function byPriority(a: string, b: string): number {
	const rank = (s: string | undefined) => (s === undefined ? 3 : isRest(s) ? 2 : /\[/.test(s) ? 1 : 0);
	const sa = segments(a);
	const sb = segments(b);
	for (let i = 0; i < Math.max(sa.length, sb.length); i++) {
		const d = rank(sa[i]) - rank(sb[i]);
		if (d) return d;
	}
	return a < b ? -1 : a > b ? 1 : 0;
}

/** Every page route file under src/pages (endpoints such as `x.json.ts` are not pages), relative to it. */
export function routeFiles(): string[] {
	const pagesDir = join(ROOT, 'src/pages');
	return files(pagesDir)
		.map((abs) => relative(pagesDir, abs))
		.filter((f) => PAGE_FILE.test(f) && !f.split('/').some((s) => s.startsWith('_')))
		.sort(byPriority);
}

/**
 * The built pages of each route file, each page given to the route that Astro's priority picks
 * for it among those whose pattern matches; pages no route matches are under `unmatched`.
 */
export function pagesByRoute(built: readonly string[] = allPages()): {
	routes: Map<string, string[]>;
	unmatched: string[];
} {
	const routes = new Map(routeFiles().map((f) => [`src/pages/${f}`, [] as string[]]));
	const patterns = [...routes.keys()].map((r) => [r, routePattern(r.slice('src/pages/'.length))] as const);
	const unmatched: string[] = [];
	for (const url of built) {
		const route = patterns.find(([, p]) => p.test(url))?.[0];
		if (route) routes.get(route)!.push(url);
		else unmatched.push(url);
	}
	return { routes, unmatched };
}

const size = (url: string) => statSync(join(DIST, url, url.endsWith('/') ? 'index.html' : '')).size;

/** One sample per page route: its largest built page, as the richest. */
export function routeSamples(): RouteSample[] {
	return [...pagesByRoute().routes].map(([route, urls]) => ({
		route,
		dynamic: /\[/.test(route),
		url: [...urls].sort((a, b) => size(b) - size(a) || (a < b ? -1 : 1))[0],
	}));
}

/**
 * A few built pages of each route, at most `max`: its largest (the richest), then its first and
 * its last by path, so a check that costs seconds a page covers every template without visiting
 * every page. With the default of 2: the largest and the first (the last when they are one page).
 */
export function routeSample(urls: readonly string[], max = 2): string[] {
	if (urls.length <= max) return [...urls];
	const sorted = [...urls].sort();
	const largest = [...urls].sort((a, b) => size(b) - size(a) || (a < b ? -1 : 1))[0]!;
	const picked = new Set<string>();
	for (const u of [largest, sorted[0]!, sorted.at(-1)!, ...sorted]) {
		if (picked.size >= max) break;
		picked.add(u);
	}
	return [...picked].sort();
}
