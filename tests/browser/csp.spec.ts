/**
 * Every kind of page under the Content-Security-Policy in a real Chromium: one built page per
 * route in src/pages (the richest), the search page with a query, and the 404 page. Zero
 * `securitypolicyviolation` events and zero CSP console messages; the header and the meta
 * carry the shared policy. A control proves the listener hears a violation when there is one.
 */
import { expect, test, type Page, type Request } from '@playwright/test';
import { cspHeader, cspMeta } from '../../src/lib/site/csp.ts';
import { searchUrl } from '../../src/lib/site/urls.ts';
import { routeSamples } from '../helpers/routes.ts';

declare global {
	interface Window {
		__csp: string[];
		__ran?: boolean;
	}
}

const samples = routeSamples();

/** Open a URL, recording CSP violations (events and console), and return them. */
async function visit(page: Page, url: string) {
	const console: string[] = [];
	const requests: string[] = [];
	const heard = (m: { text(): string }) =>
		/content security policy|refused to/i.test(m.text()) && console.push(m.text());
	page.on('console', heard);
	// Pagefind searches in a worker: its messages (a refused WebAssembly compile) are heard too.
	page.on('worker', (w) => w.on('console', heard));
	const inFlight = new Set<Request>();
	page.on('request', (r) => (requests.push(new URL(r.url()).pathname), inFlight.add(r)));
	page.on('requestfinished', (r) => inFlight.delete(r));
	page.on('requestfailed', (r) => {
		inFlight.delete(r);
		console.push(`request failed: ${r.url()} ${r.failure()?.errorText}`);
	});
	await page.addInitScript(() => {
		window.__csp = [];
		document.addEventListener('securitypolicyviolation', (e) =>
			window.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
		);
	});
	const response = await page.goto(url);
	/**
	 * Wait until the page is done: the search page has rendered the search in its URL, and no
	 * request is in flight (a state, not a quiet period such as Playwright's networkidle).
	 */
	const settled = async () => {
		if (new URL(url, 'http://x').pathname === searchUrl())
			await page.waitForFunction(() => {
				const search = document.querySelector('tracker-search') as (Element & { lastResults?: unknown }) | null;
				return search?.lastResults !== undefined && !search.hasAttribute('aria-busy');
			});
		// (Bounded as a navigation is, not by expect's 5 s: a loaded machine serves slowly.)
		await expect
			.poll(() => [...inFlight].map((r) => r.url()), {
				intervals: [50],
				timeout: 30_000,
				message: `${url}: requests in flight`,
			})
			.toEqual([]);
	};
	await settled();
	return { response, console, requests, settled, events: () => page.evaluate(() => window.__csp) };
}

test('every route that must exist was built', () => {
	const missing = samples.filter((s) => !s.dynamic && !s.url).map((s) => s.route);
	expect(missing, 'static routes with no page in dist/').toEqual([]);
	expect(samples.filter((s) => s.url).length).toBeGreaterThanOrEqual(8);
});

for (const s of samples.filter((x) => x.url)) {
	// The search page runs its search (Pagefind and its WebAssembly) from the query in the URL.
	const url = s.url === searchUrl() ? `${s.url}?q=huawei` : s.url === '/404.html' ? '/no-such-page-under-csp/' : s.url!;
	test(`no CSP violation on ${s.route} (${url})`, async ({ page }) => {
		const { response, console, requests, settled, events } = await visit(page, url);
		expect(response!.status()).toBe(s.url === '/404.html' ? 404 : 200);
		expect(response!.headers()['content-security-policy']).toBe(cspHeader(new URL(url, 'http://x').pathname));
		await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', cspMeta());
		// Deferred scripts ran before the load event; use the page a little, and let what that starts finish.
		await page.keyboard.press('/');
		await settled();
		expect(await events()).toEqual([]);
		expect(console).toEqual([]);
		// The search really ran: Pagefind fetched its WebAssembly under this policy.
		if (s.url === searchUrl())
			expect(
				requests.some((p) => /^\/pagefind\/wasm\./.test(p)),
				requests.join('\n'),
			).toBe(true);
	});
}

test('the policy is enforced, and the listener hears a violation (control)', async ({ page }) => {
	const { console, events } = await visit(page, '/');
	await page.evaluate(() => {
		const s = document.createElement('script');
		s.textContent = 'window.__ran = true';
		document.body.append(s);
		document.body.setAttribute('style', 'color: red');
	});
	await expect
		.poll(events)
		.toEqual(
			expect.arrayContaining([
				expect.stringMatching(/^script-src-elem inline/),
				expect.stringMatching(/^style-src-attr inline/),
			]),
		);
	expect(await page.evaluate(() => window.__ran)).toBeUndefined();
	expect(console.length).toBeGreaterThan(0);
});
