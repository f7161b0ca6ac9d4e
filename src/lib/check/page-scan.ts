/**
 * The last lock: a scan of every built page for markup that only an attack would put there,
 * whatever produced it. `npm run build` runs it over the new site before it replaces dist/
 * (scripts/build.mjs) and fails naming the page; tests/page-scan.test.ts runs it over dist/.
 *
 * Refused: a `<meta http-equiv>` other than the site's own Content-Security-Policy (a `refresh`
 * sends readers to another site, and no policy stops it); a `<script>` other than ours (a file
 * under /_astro/ or /pagefind/, /enhance.js, or JSON-LD data that parses as JSON); any `on…=`
 * attribute; a `javascript:`, `vbscript:` or `data:` URL in any attribute (images aside);
 * `<base href>`, `<iframe>`, `<frame>`, `<object>`, `<embed>`, `<applet>`, `<portal>`.
 */
import { parse, type HTMLElement } from 'node-html-parser';
import { cspMeta } from '../site/csp.ts';

/** Scripts the site itself ships. */
const OUR_SCRIPT = /^\/(?:_astro\/[\w.~-]+\.js|pagefind\/[\w./-]+\.js|enhance\.js)$/;
/** Elements no page of the site has. */
const NEVER = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal']);
/** A script URL, once the tabs and line breaks browsers ignore inside a scheme are removed. */
const SCRIPT_URL = /^(?:javascript|vbscript|data|livescript):/i;

/** Every breach on one page, as sentences; [] when the page is clean. */
export function scanPage(html: string): string[] {
	const found: string[] = [];
	const root = parse(html, {
		comment: false,
		blockTextElements: { script: true, style: true, noscript: false, pre: true },
	});
	// A tag name the HTML parser would see that node-html-parser does not build (e.g. inside a
	// raw-text element) still shows in the text: the scan of the source catches those.
	for (const m of html.matchAll(/<meta\b[^>]*\bhttp-equiv\s*=\s*["']?([^"'\s>]+)[^>]*>/gi))
		if (m[1]!.toLowerCase() !== 'content-security-policy')
			found.push(`<meta http-equiv="${m[1]}"> (it can send readers to another site)`);
	for (const el of root.querySelectorAll('*') as HTMLElement[]) {
		const tag = el.rawTagName?.toLowerCase() ?? '';
		if (NEVER.has(tag)) found.push(`a <${tag}> element`);
		// Embeds open their links in a new tab with <base target="_blank">; a base URL would re-point every link.
		if (tag === 'base' && el.hasAttribute('href')) found.push('a <base href> (it re-points every link of the page)');
		if (tag === 'meta' && el.hasAttribute('http-equiv')) {
			const equiv = (el.getAttribute('http-equiv') ?? '').toLowerCase();
			if (equiv === 'content-security-policy' && el.getAttribute('content') !== cspMeta())
				found.push("a Content-Security-Policy <meta> that is not the site's own");
		}
		if (tag === 'script') {
			const src = el.getAttribute('src');
			const type = el.getAttribute('type');
			if (type === 'application/ld+json' && !src) {
				try {
					JSON.parse(el.textContent);
				} catch {
					found.push('a JSON-LD <script> that is not JSON');
				}
			} else if (!src || !OUR_SCRIPT.test(src) || el.textContent.trim()) {
				found.push(src ? `a <script src="${src}"> that the site does not ship` : 'an inline <script>');
			}
		}
		for (const [name, value] of Object.entries(el.attributes)) {
			if (/^on/i.test(name)) found.push(`an event handler attribute ${name}= on <${tag}>`);
			// eslint-disable-next-line no-control-regex -- browsers ignore control characters and spaces before a scheme
			const url = value.replace(/[\u0000-\u0020]+/g, '');
			if (
				SCRIPT_URL.test(url) &&
				!(tag === 'img' && /^data:image\/(png|gif|jpeg|webp);/i.test(url)) &&
				!(name === 'content' && tag === 'meta')
			)
				found.push(`a ${url.slice(0, url.indexOf(':') + 1)} URL in ${name}= on <${tag}>`);
		}
	}
	return [...new Set(found)];
}
