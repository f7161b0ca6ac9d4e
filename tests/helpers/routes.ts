/**
 * The site's route patterns, read from src/pages, and a built page for each: so a browser test
 * can visit one page of every kind that exists, and notice a kind that should exist but was
 * not built.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { allPages, ROOT } from './site.ts';

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

/** The URL pattern of a page file: `[id]` matches one segment, `[...rest]` any number. */
export function routePattern(file: string): RegExp {
	const path = file.replace(PAGE_FILE, '');
	if (path === '404') return /^\/404\.html$/;
	const segments = path.split('/').filter((s, i, all) => !(s === 'index' && i === all.length - 1));
	const body = segments.map((s) => s.replace(/\[\.\.\.[^\]]+\]/g, '.*').replace(/\[[^\]]+\]/g, '[^/]+')).join('/');
	return new RegExp(`^/${body}${body ? '/' : ''}$`);
}

/** One sample per page route (endpoints such as `x.json.ts` are not pages). */
export function routeSamples(): RouteSample[] {
	const pagesDir = join(ROOT, 'src/pages');
	const built = allPages();
	const size = (url: string) => statSync(join(ROOT, 'dist', url, url.endsWith('/') ? 'index.html' : '')).size;
	return files(pagesDir)
		.map((abs) => relative(pagesDir, abs))
		.filter((f) => PAGE_FILE.test(f) && !f.split('/').some((s) => s.startsWith('_')))
		.sort()
		.map((f) => {
			const pattern = routePattern(f);
			const matches = built.filter((u) => pattern.test(u)).sort((a, b) => size(b) - size(a) || (a < b ? -1 : 1));
			return { route: `src/pages/${f}`, dynamic: /\[/.test(f), url: matches[0] };
		});
}
