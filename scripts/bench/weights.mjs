// What a build produced: output size, the largest HTML pages, and the weight of a page as a
// reader's browser loads it (HTML, the stylesheets and scripts it links or inlines; raw and gzip).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

export const KB = 1024;
/** The largest HTML page allowed at 10,000 entries: 150 KB raw. */
export const MAX_HTML_BYTES = 150 * KB;
/** An entry page's HTML plus CSS, gzip. */
export const MAX_ENTRY_GZIP = 20 * KB;

/** @param {Buffer} buf @returns {number} its gzip size */
const gz = (buf) => gzipSync(buf).length;

/**
 * @typedef {{ path: string, bytes: number }} FileSize a file under a folder ('/'-separated path)
 * @typedef {{ raw: number, gzip: number }} Weight
 */

/**
 * Every file under `dir`, with its size.
 * @param {string} dir
 * @param {string} [base]
 * @param {FileSize[]} [out]
 * @returns {FileSize[]}
 */
export function walk(dir, base = dir, out = []) {
	for (const name of readdirSync(dir)) {
		const p = join(dir, name);
		const s = statSync(p);
		if (s.isDirectory()) walk(p, base, out);
		else out.push({ path: relative(base, p).split(sep).join('/'), bytes: s.size });
	}
	return out;
}

/**
 * Output totals: bytes and files, by kind, with Pagefind's bundle apart.
 * @param {string} dist
 */
export function outputSize(dist) {
	const files = walk(dist);
	const sum = (/** @type {(f: FileSize) => boolean} */ f) => files.filter(f).reduce((s, x) => s + x.bytes, 0);
	return {
		files: files.length,
		bytes: sum(() => true),
		htmlPages: files.filter((f) => f.path.endsWith('.html')).length,
		htmlBytes: sum((f) => f.path.endsWith('.html')),
		pagefindBytes: sum((f) => f.path.startsWith('pagefind/')),
		pagefindFiles: files.filter((f) => f.path.startsWith('pagefind/')).length,
	};
}

/**
 * The largest HTML pages (top `k`), and how many are above the limit.
 * @param {string} dist
 * @param {number} [k]
 * @param {number} [limit]
 */
export function largestPages(dist, k = 5, limit = MAX_HTML_BYTES) {
	const pages = walk(dist).filter((f) => f.path.endsWith('.html'));
	pages.sort((a, b) => b.bytes - a.bytes);
	return { top: pages.slice(0, k).map((p) => ({ url: urlOf(p.path), bytes: p.bytes })), over: pages.filter((p) => p.bytes > limit).length, limit };
}

/** `entries/x/index.html` → `/entries/x/`. @param {string} path */
export const urlOf = (path) => `/${path.replace(/index\.html$/, '')}`;
/** @param {string} dist @param {string} url @returns {string} the file under dist a site URL names */
const fileOf = (dist, url) => join(dist, decodeURIComponent((url.split('#')[0] ?? '').split('?')[0] ?? ''), url.endsWith('/') ? 'index.html' : '');

/**
 * @typedef {{ src: string, defer?: boolean, async?: boolean, preload?: boolean, inline?: undefined } | { inline: string, src?: undefined, defer?: undefined, async?: undefined, preload?: undefined }} Script
 */

/**
 * The assets a page's HTML loads: stylesheets, scripts (with src or inline), module preloads.
 * @param {string} html
 * @returns {{ css: string[], inlineCss: string[], scripts: Script[] }}
 */
export function assetsOf(html) {
	const doc = parse(html);
	const css = doc.querySelectorAll('link[rel~="stylesheet"]').map((l) => l.getAttribute('href'))
		.filter(/** @returns {h is string} */ (h) => Boolean(h));
	const inlineCss = doc.querySelectorAll('style').map((s) => s.text);
	/** @type {Script[]} */
	const scripts = [];
	for (const s of doc.querySelectorAll('script')) {
		const type = (s.getAttribute('type') ?? '').toLowerCase();
		if (type && !/^(module|text\/javascript|application\/javascript)$/.test(type)) continue; // JSON-LD and other data
		const src = s.getAttribute('src');
		scripts.push(src ? { src, defer: s.hasAttribute('defer') || type === 'module', async: s.hasAttribute('async') } : { inline: s.text });
	}
	for (const l of doc.querySelectorAll('link[rel="modulepreload"]')) scripts.push({ src: l.getAttribute('href') ?? '', preload: true });
	return { css, inlineCss, scripts };
}

/**
 * A page's weight as the browser fetches it: HTML, CSS files and inline styles, JS files and
 * inline scripts; raw and gzip (a CDN serves them compressed). Undefined when there is no page.
 * @param {string} dist
 * @param {string} url
 * @param {Map<string, Weight & { missing: boolean }>} [cache] each asset's weight, by href
 */
export function pageWeight(dist, url, cache = new Map()) {
	const file = fileOf(dist, url);
	if (!existsSync(file)) return undefined;
	const html = readFileSync(file);
	const { css, inlineCss, scripts } = assetsOf(html.toString('utf8'));
	/** @param {string} href @returns {Weight & { external?: boolean, missing?: boolean }} */
	const asset = (href) => {
		if (!href || /^(https?:)?\/\//.test(href)) return { raw: 0, gzip: 0, external: true };
		if (!cache.has(href)) {
			const p = fileOf(dist, href);
			const buf = existsSync(p) ? readFileSync(p) : Buffer.alloc(0);
			cache.set(href, { raw: buf.length, gzip: buf.length ? gz(buf) : 0, missing: !buf.length });
		}
		return /** @type {Weight & { missing: boolean }} */ (cache.get(href));
	};
	/** @param {Weight} a @param {Weight} b @returns {Weight} */
	const add = (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
	let cssW = { raw: 0, gzip: 0 };
	for (const h of css) cssW = add(cssW, asset(h));
	for (const s of inlineCss) cssW = add(cssW, { raw: Buffer.byteLength(s), gzip: gz(Buffer.from(s)) });
	let jsW = { raw: 0, gzip: 0 };
	for (const s of scripts) jsW = add(jsW, s.inline === undefined ? asset(s.src) : { raw: Buffer.byteLength(s.inline), gzip: gz(Buffer.from(s.inline)) });
	return {
		url,
		html: { raw: html.length, gzip: gz(html) },
		css: { ...cssW, files: css },
		js: {
			...jsW,
			scripts: scripts.map((s) => (s.inline === undefined ? `${s.src}${s.preload ? ' (modulepreload)' : s.defer ? ' (defer)' : s.async ? ' (async)' : ''}` : `inline (${Buffer.byteLength(s.inline)} B)`)),
		},
	};
}

/**
 * Every entry page: the heaviest by gzip HTML + CSS, and every script any entry page carries
 * (with how many pages carry it).
 * @param {string} dist
 * @param {string} [prefix]
 */
export function entryPages(dist, prefix = 'entries/') {
	const root = join(dist, prefix);
	if (!existsSync(root)) return undefined;
	/** @type {Map<string, Weight & { missing: boolean }>} */
	const cache = new Map();
	/** @type {{ url: string, total: number, html: Weight, css: Weight & { files: string[] } } | undefined} */
	let worst;
	let count = 0;
	/** @type {Map<string, number>} */
	const scripts = new Map();
	let jsMax = { raw: 0, gzip: 0 };
	for (const name of readdirSync(root)) {
		const w = pageWeight(dist, `/${prefix}${name}/`, cache);
		if (!w) continue;
		count++;
		const total = w.html.gzip + w.css.gzip;
		if (!worst || total > worst.total) worst = { url: w.url, total, html: w.html, css: w.css };
		for (const s of w.js.scripts) scripts.set(s, (scripts.get(s) ?? 0) + 1);
		if (w.js.raw > jsMax.raw) jsMax = { raw: w.js.raw, gzip: w.js.gzip };
	}
	return { pages: count, heaviest: worst, scripts: Object.fromEntries(scripts), jsMax };
}
