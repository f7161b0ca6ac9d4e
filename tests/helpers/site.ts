/**
 * Reading the built site in tests: the content as the check loads it (the expected truth), and
 * dist/ pages parsed with a real HTML parser.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { loadContent } from '../../src/lib/node/content-files.ts';
import { builtRoutes, DIST, ROOT } from './built-routes.ts';

export { DIST, ROOT };

/** The content as `npm run check` reads it. */
export const content = () => loadContent(ROOT);

/** Parse a built page by its URL path (`/entries/x/`). */
export function page(path: string): HTMLElement {
	const file = join(DIST, path, path.endsWith('/') ? 'index.html' : '');
	if (!existsSync(file)) throw new Error(`no built page for ${path} (${file})`);
	return parse(readFileSync(file, 'utf8'));
}

/** Whether a built page exists for a URL path. */
export const hasPage = (path: string): boolean => existsSync(join(DIST, path, 'index.html'));

/** Every HTML file under dist/, as URL paths (see `builtRoutes`). */
export function allPages(): string[] {
	return builtRoutes().map((r) => r.path);
}

/** All pages of a paginated list, following rel="next" links from the first. */
export function paginated(first: string): HTMLElement[] {
	const pages: HTMLElement[] = [];
	for (let path: string | undefined = first; path;) {
		const doc = page(path);
		pages.push(doc);
		path = doc.querySelector('a[rel="next"]')?.getAttribute('href');
	}
	return pages;
}
