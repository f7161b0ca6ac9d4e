// Search as a reader meets it: headless Chromium on /search/ served locally, a query typed into
// the search box, and the time from the keystroke to the first results on screen, with the
// bytes the browser fetched. "Results on screen" means an element matching a CSS selector
// appears (searched through open shadow roots too); the selector is an option because the
// search page's markup belongs to the search component.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

/**
 * @typedef {import('playwright-core').Page} Page
 * @typedef {import('playwright-core').Request} Request
 * @typedef {import('playwright-core').BrowserContext} BrowserContext
 * @typedef {import('playwright-core').Locator} Locator
 * @typedef {{ url: string, at: number, bytes: number, gzip: number | undefined, done: boolean }} Fetch one request the page made
 * @typedef {ReturnType<typeof network>} Network
 * @typedef {{ loc: Locator, sel: string }} Input the search box, and the selector that found it
 * @typedef {{ t0: number | null, t1: number | null, before: string | null }} Probe
 * @typedef {{ t0: number | null, t1: number | null }} ScreenProbe
 * @typedef {Window & typeof globalThis & { __benchProbe: Probe, __screen: ScreenProbe }} BenchWindow the page's window, with what the bench puts there
 * @typedef {{ query: string, ms: number | null, timedOut: boolean, results: number, pageBytes: number, pageGzip: number, firstQueryBytes: number, firstQueryGzip: number, requests: number, split: Record<string, { gzip: number, requests: number }>, input: string }} ColdQuery
 * @typedef {{ query: string, ms: number | null, timedOut: boolean, settled?: boolean, results: number, bytes: number, gzip: number, requests: number }} WarmQuery
 * @typedef {{ available: false, reason: string } | { available: true, url: string, resultSelector: string, cold: ColdQuery[], warm: WarmQuery[], streamed?: WarmQuery[], pasted?: WarmQuery[] }} SearchMeasure
 * @typedef {{ available: false, reason: string } | { available: true, names: number, ms: number | null, status: string | null, pageGzip: number, gzip: number, bytes: number }} ScreenMeasure
 */

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/** Tried in order; the first visible match is the search box. */
export const DEFAULT_INPUT_SELECTORS = ['main input[type="search"]', 'main input[type="text"]', 'main input:not([type])'];
/**
 * An element that exists only once results are rendered: a result's link. The defaults cover
 * Pagefind's component UI (`<pagefind-results>`: its loading skeletons have no link), its default
 * and modular UIs, and a page that marks its own result list with `data-search-results`.
 */
export const DEFAULT_RESULT_SELECTOR = 'tracker-search ol.search-list li a[href], pagefind-results a.pf-result-link[href], [data-search-results] a[href], .pagefind-ui__result-link, .pagefind-modular-list-link';

/**
 * Count what the page fetches, its workers included (Pagefind fetches its index from a Web
 * Worker, which a page-level CDP session does not see): each request stamped with when it
 * started, and its bytes on the wire (headers + body) once finished.
 * @param {Page} page
 * @param {(url: string) => number | undefined} [gzipSize] a response's size from a compressing host
 */
function network(page, gzipSize = () => undefined) {
	/** @type {Map<Request, Fetch>} */
	const requests = new Map();
	let inflight = 0;
	let lastActivity = performance.now();
	page.on('request', (req) => {
		inflight++;
		requests.set(req, { url: req.url(), at: performance.now(), bytes: 0, gzip: gzipSize(req.url()), done: false });
		lastActivity = performance.now();
	});
	/** @param {Request} req @param {boolean} failed */
	const finish = async (req, failed) => {
		const r = requests.get(req);
		if (!r || r.done) return;
		try {
			if (!failed && !r.url.startsWith('data:')) {
				const s = await req.sizes();
				r.bytes = s.responseHeadersSize + s.responseBodySize;
			}
		} catch {
			/* the page went away */
		}
		r.done = true;
		inflight--;
		lastActivity = performance.now();
	};
	page.on('requestfinished', (req) => finish(req, false));
	page.on('requestfailed', (req) => finish(req, true));
	return {
		requests,
		/** Resolve once nothing has been in flight for `quietMs` (or after `maxMs`). */
		async settle(quietMs = 400, maxMs = 8000) {
			const start = performance.now();
			while (performance.now() - start < maxMs) {
				if (inflight <= 0 && performance.now() - lastActivity >= quietMs) return;
				await new Promise((r) => setTimeout(r, 50));
			}
		},
		/**
		 * Gzip bytes and requests of the matching requests, by kind of file (see `fileKind`).
		 * @param {(r: Fetch) => boolean} filter
		 * @returns {Record<string, { gzip: number, requests: number }>}
		 */
		split(filter) {
			/** @type {Record<string, { gzip: number, requests: number }>} */
			const out = {};
			for (const r of requests.values()) {
				if (!filter(r)) continue;
				const k = fileKind(r.url);
				const o = (out[k] ??= { gzip: 0, requests: 0 });
				o.gzip += r.gzip ?? r.bytes;
				o.requests++;
			}
			return out;
		},
		/**
		 * Bytes as served, and as a compressing host would send them (body only).
		 * @param {(r: Fetch) => boolean} filter
		 */
		sum(filter) {
			let bytes = 0;
			let gzip = 0;
			let count = 0;
			for (const r of requests.values()) {
				if (!filter(r)) continue;
				bytes += r.bytes;
				gzip += r.gzip ?? r.bytes;
				count++;
			}
			return { bytes, gzip, requests: count };
		},
	};
}

/**
 * What a fetched file is, for the file-by-file split of a query's bytes.
 * @param {string} url
 * @returns {string}
 */
export function fileKind(url) {
	const path = url.startsWith('data:') ? 'data:' : new URL(url).pathname;
	/** @type {[RegExp, string][]} */
	const kinds = [
		[/\/pagefind\/pagefind\.js$/, 'pagefind.js'],
		[/\/pagefind\/pagefind-worker\.js$/, 'pagefind-worker.js'],
		[/\/pagefind\/wasm\.[^/]+\.pagefind$/, 'wasm'],
		[/\/pagefind\/pagefind-entry\.json$/, 'pagefind-entry.json'],
		[/\.pf_meta$/, 'pf_meta (page list, sorts)'],
		[/\/pagefind\/index\//, 'index chunks'],
		[/\/pagefind\/filter\//, 'filter chunks'],
		[/\/pagefind\/fragment\//, 'fragments'],
		[/^\/_astro\/.+\.js$/, 'site modules (/_astro/*.js)'],
		[/\.json$/, 'other JSON'],
	];
	return kinds.find(([re]) => re.test(path))?.[1] ?? `other (${path})`;
}

/**
 * The file-by-file split of each cold first query (gzip), as table lines; '' when none was measured.
 * @param {readonly { n: number, search?: SearchMeasure | undefined, searchBare?: SearchMeasure | undefined }[]} runs
 * @returns {string}
 */
export function searchSplit(runs) {
	/** @type {string[]} */
	const lines = [];
	const kb = (/** @type {number} */ b) => `${(b / 1024).toFixed(1)} KB`;
	for (const r of runs) {
		for (const [label, s] of /** @type {const} */ ([
			['our search', r.search],
			['bare Pagefind', r.searchBare],
		])) {
			if (!s?.available) continue;
			lines.push('', `First query, file by file (gzip; cold; ${label}, N = ${r.n.toLocaleString('en-US')})`);
			const kinds = [...new Set(s.cold.flatMap((c) => Object.keys(c.split ?? {})))].sort();
			const head = ['file', ...s.cold.map((c) => `"${c.query}"`)];
			const rows = kinds.map((k) => [k, ...s.cold.map((c) => ((o) => (o ? `${kb(o.gzip)} (${o.requests})` : '-'))(c.split?.[k]))]);
			rows.push(['total', ...s.cold.map((c) => kb(c.firstQueryGzip))]);
			const width = head.map((_, i) => Math.max(...[head, ...rows].map((row) => String(row[i]).length)));
			for (const row of [head, ...rows]) lines.push(row.map((c, i) => String(c).padEnd(width[i] ?? 0)).join('  ').trimEnd());
		}
	}
	return lines.join('\n');
}

/**
 * What a response would weigh from a host that compresses (as static hosts and CDNs do): the
 * served file gzipped, or as is when gzip does not shrink it (Pagefind's index files already are
 * compressed). `scripts/serve.mjs` serves files uncompressed, so raw bytes overstate transfer.
 * @param {string | undefined} dist
 * @returns {(url: string) => number | undefined}
 */
function gzipEstimator(dist) {
	/** @type {Map<string, number | undefined>} */
	const cache = new Map();
	return (url) => {
		if (!dist) return undefined;
		const u = new URL(url);
		if (!/^https?:$/.test(u.protocol)) return 0;
		if (cache.has(u.pathname)) return cache.get(u.pathname);
		let file = join(dist, decodeURIComponent(u.pathname));
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		/** @type {number | undefined} */
		let size;
		if (existsSync(file)) {
			const buf = readFileSync(file);
			size = Math.min(buf.length, gzipSync(buf).length);
		}
		cache.set(u.pathname, size);
		return size;
	};
}

/**
 * In the page: note the first keystroke (or text insertion) and the first results after it.
 * @param {string} selector
 */
function installProbe(selector) {
	/** @param {ParentNode} root @returns {Element | null} */
	const deepFind = (root) => {
		const hit = root.querySelector(selector);
		if (hit) return hit;
		for (const el of root.querySelectorAll('*')) if (el.shadowRoot) {
			const h = deepFind(el.shadowRoot);
			if (h) return h;
		}
		return null;
	};
	// Results count as shown once a result element appears that was not there at the keystroke
	// (a re-render), or its text changed. Comparing text alone missed a query whose results are
	// the same as its prefix's ("satellit" → "satellite"): they were on screen, yet never counted.
	const beforeNode = deepFind(document);
	const before = beforeNode?.textContent ?? null;
	/** @type {Probe} */
	const probe = { t0: null, t1: null, before };
	/** @type {BenchWindow} */ (window).__benchProbe = probe;
	/** @param {Event} e */
	const start = (e) => {
		if (probe.t0 === null) probe.t0 = e.timeStamp;
	};
	window.addEventListener('keydown', start, true);
	window.addEventListener('beforeinput', start, true);
	const check = () => {
		if (probe.t0 === null || probe.t1 !== null) return;
		const hit = deepFind(document);
		if (hit && (hit !== beforeNode || hit.textContent !== probe.before)) probe.t1 = performance.now();
	};
	new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
	const frame = () => {
		check();
		if (probe.t1 === null) requestAnimationFrame(frame);
	};
	requestAnimationFrame(frame);
}

/**
 * Resolves true once the document has not changed for `quietMs`, or false after `maxMs` in all.
 * @param {{ quietMs: number, maxMs: number }} how
 * @returns {Promise<boolean>}
 */
function domQuiet({ quietMs, maxMs }) {
	return new Promise((done) => {
		let quiet = false;
		const finish = () => {
			mo.disconnect();
			clearTimeout(timer);
			clearTimeout(cap);
			done(quiet);
		};
		const quietNow = () => {
			quiet = true;
			finish();
		};
		const mo = new MutationObserver(() => {
			clearTimeout(timer);
			timer = setTimeout(quietNow, quietMs);
		});
		let timer = setTimeout(quietNow, quietMs);
		const cap = setTimeout(finish, maxMs);
		mo.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
	});
}

/** @param {string} selector @returns {number} matches in the page, through open shadow roots */
function countResults(selector) {
	let n = 0;
	/** @param {ParentNode} root */
	const walk = (root) => {
		n += root.querySelectorAll(selector).length;
		for (const el of root.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
	};
	walk(document);
	return n;
}

/**
 * @param {Page} page
 * @param {readonly string[]} selectors
 * @returns {Promise<Input | undefined>}
 */
async function findInput(page, selectors) {
	for (const sel of selectors) {
		const loc = page.locator(sel).first();
		if ((await loc.count()) && (await loc.isVisible())) return { loc, sel };
	}
	return undefined;
}

/**
 * Put all but the last character of `query` into the search box, then time one keystroke.
 * `prefix: 'silent'` (a cold page): the box is given the prefix without an input event, then
 * focused, as a reader's box holds what they typed before the search loaded; the page searches
 * it on focus. `'typed'` (a warm page, the box already focused): the prefix is typed key by key
 * (60 ms apart, a fast typist), so each key fires its input event, as a reader's would. In both,
 * the last key comes once the page has settled (no request for 200 ms, then no change to the
 * document for 250 ms): the time is what that one key costs, not a queue of earlier searches.
 * `'streamed'`: the whole query typed 60 ms apart, the last key too, with no pause: the last key
 * may wait behind the prefix's searches (an indication of a fast typist's worst case).
 * `'none'`: the box is empty and the whole query arrives in one input event (a paste).
 * @param {Page} page
 * @param {Input} input
 * @param {string} query
 * @param {{ resultSelector: string, timeoutMs: number, net: Network, prefix?: 'silent' | 'typed' | 'streamed' | 'none' }} how
 */
async function typeQuery(page, input, query, { resultSelector, timeoutMs, net, prefix = 'silent' }) {
	if (prefix === 'silent') {
		await input.loc.evaluate((el, v) => {
			/** @type {HTMLInputElement} */ (el).value = v;
		}, query.slice(0, -1));
	}
	const focusAt = performance.now();
	await input.loc.focus();
	if (prefix === 'typed' || prefix === 'streamed') await page.keyboard.type(query.slice(0, -1), { delay: 60 });
	/** Whether the page settled before the timed key (false: the 3 s cap was reached first). */
	let settled = true;
	if (prefix === 'streamed') await new Promise((ok) => setTimeout(ok, 60));
	else {
		await net.settle(200, 3000);
		settled = await page.evaluate(domQuiet, { quietMs: 250, maxMs: 3000 });
	}
	await page.evaluate(installProbe, resultSelector);
	const keyAt = performance.now();
	if (prefix === 'none') {
		await input.loc.evaluate((el, v) => {
			const box = /** @type {HTMLInputElement} */ (el);
			box.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertFromPaste', data: v, bubbles: true, cancelable: true }));
			box.value = v;
			box.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', data: v, bubbles: true }));
		}, query);
	} else await page.keyboard.type(query.slice(-1));
	return { ...(await finish(page, { focusAt, keyAt, resultSelector, timeoutMs, net })), settled };
}

/**
 * Wait for the probe to see results, then read it.
 * @param {Page} page
 * @param {{ focusAt: number, keyAt: number, resultSelector: string, timeoutMs: number, net: Network }} how
 */
async function finish(page, { focusAt, keyAt, resultSelector, timeoutMs, net }) {
	let timedOut = false;
	try {
		await page.waitForFunction(() => /** @type {BenchWindow} */ (window).__benchProbe.t1 !== null, null, { timeout: timeoutMs, polling: 'raf' });
	} catch {
		timedOut = true;
	}
	await net.settle();
	const probe = await page.evaluate(() => /** @type {BenchWindow} */ (window).__benchProbe);
	const results = await page.evaluate(countResults, resultSelector);
	return { focusAt, keyAt, ms: timedOut || probe.t0 === null ? null : Math.round(/** @type {number} */ (probe.t1) - probe.t0), timedOut, results };
}

/** Where the bench serves its bare Pagefind page (never a file of the site: routed in the browser). */
export const BARE_PATH = '/__bench/pagefind-bare/';
/**
 * The floor for search: a tiny page with a search box that imports `/pagefind/pagefind.js` (the
 * site's own index) when the box gets focus (searching what the box already holds, as the site's
 * page does), calls Pagefind's `search()` on each input and shows
 * the first 10 results' titles as links. No debounce, no filters, no sorting, no facet counts:
 * what any page on this index must spend. Its script is inline because the page is answered by
 * the bench (route), not served from dist with the site's policy.
 */
const BARE_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bare Pagefind</title></head><body><main>
<input type="search" aria-label="Search"><ol data-search-results></ol></main>
<script type="module">
const input = document.querySelector('input');
const list = document.querySelector('ol');
let pf;
const load = () => (pf ??= import('/pagefind/pagefind.js').then(async (p) => { await p.init(); return p; }));
let run = 0;
const go = async () => {
	const mine = ++run;
	const pagefind = await load();
	const s = await pagefind.search(input.value);
	if (mine !== run) return;
	const data = await Promise.all(s.results.slice(0, 10).map((r) => r.data()));
	if (mine !== run) return;
	list.replaceChildren(...data.map((d) => { const li = document.createElement('li'); const a = document.createElement('a'); a.href = d.url; a.textContent = d.meta.title ?? d.url; li.append(a); return li; }));
};
// Like the site's search: load on focus, and search what was typed before it loaded.
input.addEventListener('focus', () => { load(); if (input.value.trim()) go(); });
input.addEventListener('input', go);
</script></body></html>`;

/**
 * Answer the bare page inside a browser context (the site's server is not touched).
 * @param {BrowserContext} context
 * @param {string} baseUrl
 */
async function routeBare(context, baseUrl) {
	await context.route(new URL(BARE_PATH, baseUrl).href, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: BARE_HTML }));
}

/**
 * @typedef {{ query: string, results: number, searchMs: number, fragmentsMs: number }} EngineQuery
 * @typedef {{ available: true, queries: EngineQuery[] } | { available: false, reason: string }} EngineMeasure
 */

/**
 * What Pagefind itself spends on a search once the index chunks it needs are in memory: for each
 * query, in a fresh page, its index chunks are preloaded, then `search()` is timed (the engine's
 * own time: matching and ranking every page that has the words) and the first 10 results' data
 * (their fragments fetched, excerpts made). No page of ours runs: this is the floor under the
 * warm budget, since a warm search must do at least this (an indication, not a budget).
 * @param {{ baseUrl: string, queries: readonly string[], executablePath?: string }} options
 * @returns {Promise<EngineMeasure>}
 */
export async function measureEngine({ baseUrl, queries, executablePath = '/usr/bin/chromium' }) {
	const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
	try {
		/** @type {EngineQuery[]} */
		const out = [];
		for (const q of queries) {
			const context = await browser.newContext();
			await routeBare(context, baseUrl);
			const page = await context.newPage();
			await page.goto(new URL(BARE_PATH, baseUrl).href, { waitUntil: 'load' });
			out.push(
				await page.evaluate(async (query) => {
					const url = '/pagefind/pagefind.js';
					/** @type {any} */
					const pagefind = await import(url);
					await pagefind.options({ noWorker: true });
					await pagefind.init();
					await pagefind.preload(query);
					const t0 = performance.now();
					const search = await pagefind.search(query);
					const t1 = performance.now();
					await Promise.all(search.results.slice(0, 10).map((/** @type {any} */ r) => r.data()));
					const t2 = performance.now();
					return { query, results: search.results.length, searchMs: Math.round(t1 - t0), fragmentsMs: Math.round(t2 - t1) };
				}, q),
			);
			await context.close();
		}
		return { available: true, queries: out };
	} catch (e) {
		return { available: false, reason: /** @type {Error} */ (e).message.split('\n')[0] ?? 'failed' };
	} finally {
		await browser.close();
	}
}

/**
 * Measure `queries` on `${baseUrl}/search/`: each one cold (a fresh browser context: nothing
 * cached, Pagefind not loaded yet), then all of them one after another in one page (warm:
 * typed key by key), and again in another page (pasted whole).
 * @param {{ baseUrl: string, dist?: string, queries: readonly string[], inputSelectors?: readonly string[], resultSelector?: string, timeoutMs?: number, executablePath?: string, path?: string, bare?: boolean }} options
 * @returns {Promise<SearchMeasure>}
 */
export async function measureSearch({ baseUrl, dist, queries, inputSelectors = DEFAULT_INPUT_SELECTORS, resultSelector = DEFAULT_RESULT_SELECTOR, timeoutMs = 10_000, executablePath = '/usr/bin/chromium', path = '/search/', bare = false }) {
	const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
	const url = new URL(bare ? BARE_PATH : path, baseUrl).href;
	const gzipSize = gzipEstimator(dist);
	try {
		/** @type {ColdQuery[]} */
		const cold = [];
		for (const q of queries) {
			const context = await browser.newContext();
			if (bare) await routeBare(context, baseUrl);
			const page = await context.newPage();
			const net = network(page, gzipSize);
			const resp = await page.goto(url, { waitUntil: 'load' });
			if (!resp || resp.status() >= 400) return { available: false, reason: `${new URL(url).pathname} answered ${resp?.status() ?? 'nothing'}` };
			await net.settle();
			const input = await findInput(page, inputSelectors);
			if (!input) return { available: false, reason: `no search box on ${new URL(url).pathname} matched ${inputSelectors.join(' | ')} (set --input-selector)` };
			const r = await typeQuery(page, input, q, { resultSelector, timeoutMs, net });
			// The page before a query: what loads before the reader even focuses the box. The first
			// query: everything after that (what focus starts, then the keystroke's search).
			const pageLoad = net.sum((x) => x.at < r.focusAt);
			const searchBeforeKey = net.sum((x) => x.at >= r.focusAt && x.at < r.keyAt);
			const afterKey = net.sum((x) => x.at >= r.keyAt);
			cold.push({
				query: q,
				ms: r.ms,
				timedOut: r.timedOut,
				results: r.results,
				pageBytes: pageLoad.bytes,
				pageGzip: pageLoad.gzip,
				// The bytes this first search cost: everything fetched after the keystroke, plus all
				// the page fetched after focus and before it (the search bundle, preloaded on focus).
				firstQueryBytes: afterKey.bytes + searchBeforeKey.bytes,
				firstQueryGzip: afterKey.gzip + searchBeforeKey.gzip,
				requests: afterKey.requests + searchBeforeKey.requests,
				split: net.split((x) => x.at >= r.focusAt),
				input: input.sel,
			});
			await context.close();
		}
		/**
		 * Warm: one page, its search loaded, the queries one after another. Each pass has a page
		 * of its own, so none is helped by what another fetched.
		 * @param {'typed' | 'streamed' | 'none'} prefix
		 * @returns {Promise<WarmQuery[]>}
		 */
		const warmPass = async (prefix) => {
			/** @type {WarmQuery[]} */
			const out = [];
			const context = await browser.newContext();
			if (bare) await routeBare(context, baseUrl);
			const page = await context.newPage();
			const net = network(page, gzipSize);
			await page.goto(url, { waitUntil: 'load' });
			await net.settle();
			// Found on the cold pass's page already.
			const input = /** @type {Input} */ (await findInput(page, inputSelectors));
			for (const q of queries) {
				await input.loc.fill('');
				await net.settle(300, 3000);
				const r = await typeQuery(page, input, q, { resultSelector, timeoutMs, net, prefix });
				const after = net.sum((x) => x.at >= r.keyAt);
				out.push({ query: q, ms: r.ms, timedOut: r.timedOut, settled: r.settled, results: r.results, bytes: after.bytes, gzip: after.gzip, requests: after.requests });
			}
			await context.close();
			return out;
		};
		// The budget's warm search: a reader typing the next query key by key; the time is the
		// last key's, once the page has settled, as in the cold pass. Streamed: the same typing
		// with no pause before the last key. Pasted: the whole query in one input event (nothing
		// of it fetched before). The last two are indications.
		const warm = await warmPass('typed');
		const streamed = await warmPass('streamed');
		const pasted = await warmPass('none');
		return { available: true, url, resultSelector, cold, warm, streamed, pasted };
	} finally {
		await browser.close();
	}
}

/**
 * The name check (`/screen/`), cold: a fresh context, `names` pasted into the box, then the
 * button clicked; the time from the click to the status line saying how many names were
 * checked (the data file's fetch included: it loads on first use), and the bytes fetched.
 * @param {{ baseUrl: string, dist?: string, names: readonly string[], timeoutMs?: number, executablePath?: string }} options
 * @returns {Promise<ScreenMeasure>}
 */
export async function measureScreen({ baseUrl, dist, names, timeoutMs = 20_000, executablePath = '/usr/bin/chromium' }) {
	const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
	try {
		const context = await browser.newContext();
		const page = await context.newPage();
		const net = network(page, gzipEstimator(dist));
		const resp = await page.goto(new URL('/screen/', baseUrl).href, { waitUntil: 'load' });
		if (!resp || resp.status() >= 400) return { available: false, reason: `/screen/ answered ${resp?.status() ?? 'nothing'}` };
		await net.settle();
		const box = page.locator('name-check textarea');
		if (!(await box.count())) return { available: false, reason: 'no name-check textarea on /screen/' };
		const pageLoad = net.sum(() => true);
		await box.evaluate((el, v) => {
			/** @type {HTMLTextAreaElement} */ (el).value = v;
		}, names.join('\n'));
		await page.evaluate(() => {
			const w = /** @type {BenchWindow} */ (window);
			const status = /** @type {Element} */ (document.querySelector('name-check .screen-status'));
			w.__screen = { t0: null, t1: null };
			/** @type {Element} */ (document.querySelector('name-check button[type="submit"]')).addEventListener('click', (e) => (w.__screen.t0 ??= e.timeStamp), true);
			new MutationObserver(() => {
				if (w.__screen.t1 === null && /names? checked/.test(status.textContent ?? '')) w.__screen.t1 = performance.now();
			}).observe(status, { childList: true, characterData: true, subtree: true });
		});
		const clickAt = performance.now();
		await page.locator('name-check button[type="submit"]').click();
		let timedOut = false;
		try {
			await page.waitForFunction(() => /** @type {BenchWindow} */ (window).__screen.t1 !== null, null, { timeout: timeoutMs, polling: 'raf' });
		} catch {
			timedOut = true;
		}
		await net.settle();
		const t = await page.evaluate(() => /** @type {BenchWindow} */ (window).__screen);
		const after = net.sum((x) => x.at >= clickAt);
		const status = await page.locator('name-check .screen-status').textContent();
		await context.close();
		return { available: true, names: names.length, ms: timedOut ? null : Math.round(/** @type {number} */ (t.t1) - /** @type {number} */ (t.t0)), status, pageGzip: pageLoad.gzip, gzip: after.gzip, bytes: after.bytes };
	} finally {
		await browser.close();
	}
}
