/**
 * A link checker over dist/: every internal href, src and form action on every built page
 * resolves to a built file, and every #fragment names an id on the page it points at.
 * External links are listed (counted by host), never fetched: the checks run offline.
 */
import { readFileSync } from 'node:fs';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { SITE_ORIGIN } from '../src/lib/site/config.ts';
import { builtRoutes, fileFor, type Route } from './helpers/built-routes.ts';

/** Attributes that point at a resource, by element. */
const REFS: [selector: string, attr: string][] = [
	['a[href]', 'href'],
	['area[href]', 'href'],
	['link[href]', 'href'],
	['meta[property="og:url"]', 'content'],
	['form[action]', 'action'],
	['script[src]', 'src'],
	['img[src]', 'src'],
	['source[src]', 'src'],
	['iframe[src]', 'src'],
];

interface Ref {
	page: string;
	attr: string;
	value: string;
}

const routes = builtRoutes();
const docs = new Map<string, HTMLElement>();
const docOf = (file: string): HTMLElement => {
	let doc = docs.get(file);
	if (!doc) docs.set(file, (doc = parse(readFileSync(file, 'utf8'))));
	return doc;
};
/** Ids on a page, and names of <a name> (which HTML also allows as fragment targets). */
const targetsOf = (file: string): Set<string> => {
	const doc = docOf(file);
	return new Set([
		...doc.querySelectorAll('[id]').map((e) => e.id),
		...doc.querySelectorAll('a[name]').map((e) => e.getAttribute('name')!),
	]);
};

const refs: Ref[] = routes.flatMap((r: Route) =>
	REFS.flatMap(([sel, attr]) =>
		docOf(r.file)
			.querySelectorAll(sel)
			.map((el) => ({ page: r.path, attr: `${el.tagName.toLowerCase()}[${attr}]`, value: el.getAttribute(attr)! })),
	),
);

/** A reference as a URL, resolved against its page; internal when on this site's origin. */
function resolve(ref: Ref): { url: URL; internal: boolean } {
	const url = new URL(ref.value, new URL(ref.page, SITE_ORIGIN));
	return { url, internal: url.origin === SITE_ORIGIN };
}

const internal = refs.filter((r) => resolve(r).internal);
const external = refs.filter((r) => !resolve(r).internal);

describe('links in dist/', () => {
	it('finds links to check on every page', () => {
		expect(routes.length).toBeGreaterThan(20);
		for (const r of routes)
			expect(
				refs.some((ref) => ref.page === r.path),
				r.path,
			).toBe(true);
		expect(internal.length).toBeGreaterThan(routes.length);
	});

	it('resolves every internal link to a built file', () => {
		const broken: string[] = [];
		for (const ref of internal) {
			const { pathname } = resolve(ref).url;
			if (fileFor(pathname)) continue;
			broken.push(`${ref.page}: ${ref.attr}="${ref.value}" → nothing at ${pathname}`);
		}
		expect(broken).toEqual([]);
	});

	it('finds the target of every #fragment', () => {
		const broken: string[] = [];
		for (const ref of internal) {
			const { url } = resolve(ref);
			if (ref.value.trim() === '#' || url.hash === '#') {
				broken.push(`${ref.page}: ${ref.attr}="${ref.value}" is an empty fragment`);
				continue;
			}
			if (!url.hash) continue;
			const file = fileFor(url.pathname);
			if (!file) continue; // a missing page is the test above's failure
			const id = decodeURIComponent(url.hash.slice(1));
			if (!targetsOf(file).has(id))
				broken.push(`${ref.page}: ${ref.attr}="${ref.value}" → no id "${id}" on ${url.pathname}`);
		}
		expect(broken).toEqual([]);
	});

	it('lists external links (not fetched) and each is a well-formed http(s) or mailto URL', () => {
		const byHost = new Map<string, number>();
		const bad: string[] = [];
		for (const ref of external) {
			const { url } = resolve(ref);
			if (!['https:', 'http:', 'mailto:'].includes(url.protocol)) bad.push(`${ref.page}: ${ref.value}`);
			byHost.set(url.host || url.protocol, (byHost.get(url.host || url.protocol) ?? 0) + 1);
		}
		const unique = new Set(external.map((r) => resolve(r).url.href)).size;
		console.info(
			`${external.length} external links (${unique} distinct), not fetched:\n${[...byHost]
				.sort((a, b) => b[1] - a[1])
				.map(([h, n]) => `  ${n}\t${h}`)
				.join('\n')}`,
		);
		expect(bad).toEqual([]);
	});
});
