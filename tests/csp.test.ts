/**
 * The Content-Security-Policy over the built site: every HTML page carries the policy as its
 * first <meta> after the charset, nothing on any page needs more than the policy allows (no
 * inline script or style, no handler attributes, no script URLs, no other origins for
 * scripts, styles or images), and the preview server sends the same policy as a header.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cspHeader, cspMeta } from '../src/lib/site/csp.ts';
import { allPages, DIST } from './helpers/site.ts';
import { serve } from '../scripts/serve.mjs';

const pages = allPages();
const read = (path: string) => readFileSync(join(DIST, path, path.endsWith('/') ? 'index.html' : ''), 'utf8');
/** Sources the policy allows for scripts, styles and images: this site's own paths. */
const sameSite = (url: string) => /^\/(?!\/)/.test(url) || /^[^:/?#]+(?:[/?#]|$)/.test(url);

describe('the CSP meta', () => {
	it('is on every page, once, first after the charset, with the shared policy', () => {
		expect(pages.length).toBeGreaterThan(20);
		for (const path of pages) {
			const head = parse(read(path)).querySelector('head')!;
			const metas = head.querySelectorAll('meta[http-equiv="Content-Security-Policy"]');
			expect(
				metas.map((m) => m.getAttribute('content')),
				path,
			).toEqual([cspMeta()]);
			// No other http-equiv anywhere on the page: a refresh sends readers away, and no policy stops it.
			const equivs = parse(read(path))
				.querySelectorAll('meta[http-equiv]')
				.map((m) => m.getAttribute('http-equiv'));
			expect(equivs, path).toEqual(['Content-Security-Policy']);
			const first = head.childNodes.filter((n) => n.nodeType === 1).map((n) => n.toString());
			expect(first[0], path).toMatch(/^<meta charset="utf-8"/);
			expect(first[1], path).toMatch(/^<meta http-equiv="Content-Security-Policy"/);
		}
	});
});

describe('nothing on a page needs more than the policy allows', () => {
	it('has no inline script (JSON-LD data aside), no <style>, no style or on* attributes, no script URLs', () => {
		for (const path of pages) {
			const doc = parse(read(path));
			for (const s of doc.querySelectorAll('script')) {
				const type = s.getAttribute('type');
				if (type === 'application/ld+json') continue;
				expect(s.getAttribute('src'), `${path}: inline <script>`).toBeTruthy();
				expect(sameSite(s.getAttribute('src')!), `${path}: script from ${s.getAttribute('src')}`).toBe(true);
			}
			expect(doc.querySelectorAll('style').length, `${path}: <style>`).toBe(0);
			for (const el of doc.querySelectorAll('*')) {
				for (const [name, value] of Object.entries(el.attributes)) {
					expect(name.toLowerCase() === 'style', `${path}: style attribute on <${el.tagName}>`).toBe(false);
					expect(/^on/i.test(name), `${path}: ${name}= on <${el.tagName}>`).toBe(false);
					if (/^(href|src|action|formaction|srcset|data|poster)$/i.test(name))
						expect(
							/^\s*(javascript|vbscript|data):/i.test(value) && !(el.tagName === 'IMG' && /^data:image\//.test(value)),
							`${path}: ${name}="${value}"`,
						).toBe(false);
				}
			}
			for (const l of doc.querySelectorAll('link[rel~="stylesheet"], img[src], iframe[src], object, embed')) {
				const url = l.getAttribute('href') ?? l.getAttribute('src') ?? '';
				expect(l.tagName === 'OBJECT' || l.tagName === 'EMBED', `${path}: <${l.tagName}>`).toBe(false);
				expect(sameSite(url) || /^data:image\//.test(url), `${path}: <${l.tagName}> from ${url}`).toBe(true);
			}
		}
	});

	it('builds CSS as files: no stylesheet is inlined into a page', () => {
		const home = read('/');
		expect(home).toMatch(/<link rel="stylesheet" href="\/_astro\/[^"]+\.css"/);
	});
});

describe('the preview server', () => {
	let server: Server;
	let base: string;
	beforeAll(async () => {
		server = await serve({ dir: DIST, port: 0, quiet: true });
		base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	});
	afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

	it('sends the same policy as a header, with frame-ancestors, on pages, files and the 404 page', async () => {
		for (const path of [
			pages.find((p) => p.startsWith('/entries/'))!,
			'/',
			'/enhance.js',
			'/no-such-page/',
			'/embed/no-such-embed/',
		]) {
			const r = await fetch(`${base}${path}`);
			expect(r.headers.get('content-security-policy'), path).toBe(cspHeader(path));
		}
		const page = await fetch(`${base}/`);
		expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
		const embed = await fetch(`${base}/embed/no-such-embed/`);
		expect(embed.status).toBe(404);
		expect(embed.headers.get('content-security-policy')).not.toContain('frame-ancestors');
		expect(embed.headers.get('x-frame-options')).toBeNull();
	});
});
