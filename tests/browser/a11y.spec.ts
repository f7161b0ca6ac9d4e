/**
 * WCAG 2.2 AA with axe-core in Chromium over every page template of the built site, in the
 * light and the dark colour scheme: zero violations. Every route file in src/pages is checked
 * on a sample of the pages it built (its first and last by path and its largest: see
 * `routeSample`), not on every page: the pages of one route share their template, and axe costs
 * seconds a page. Every built page must belong to a route, and the sitemap must list the same
 * pages as dist/. The 404 page is visited at an address that does not exist, the search page
 * with a query that has results.
 */
import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { builtRoutes, sitemapFile, sitemapPaths, visitPath } from '../helpers/built-routes.ts';
import { pagesByRoute, routeSample } from '../helpers/routes.ts';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA; plus axe's best practices (landmarks, heading order). */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** WCAG 2.5.3 Label in Name, which axe still files as experimental: run it by name. */
const EXTRA_RULES = ['label-content-name-mismatch'];

const { routes: byRoute, unmatched } = pagesByRoute();
const sampled = [...byRoute.values()].flatMap((urls) => routeSample(urls));
/**
 * The pages that split long lists (a list's roster, the requests about one entity, the requests),
 * checked whatever the sample picks; scale-pages.spec.ts ran axe's default rules on them, a subset
 * of what this spec runs (its tags, both schemes, open <details>), so it no longer does.
 */
const SPLIT_PAGES = ['/lists/entity-list/', '/asks/about/huawei-cloud/', '/asks/'];
const routes = [...new Set([...sampled, ...SPLIT_PAGES])].sort();

test('samples every route that built a page, and every built page belongs to a route', () => {
	const all = builtRoutes().map((r) => r.path);
	expect(all).toContain('/');
	expect(all).toContain('/404.html');
	expect(unmatched, 'built pages that no route file in src/pages explains').toEqual([]);
	for (const [route, urls] of byRoute) {
		if (!/\[/.test(route)) expect(urls, `${route} built no page`).toHaveLength(1);
		if (urls.length) expect(sampled.filter((r) => urls.includes(r)).length, route).toBe(Math.min(3, urls.length));
	}
	for (const p of SPLIT_PAGES) expect(all, `${p} is built`).toContain(p);
	expect(routes.some((r) => r.startsWith('/entries/'))).toBe(true);
	expect(routes.some((r) => r.startsWith('/entities/'))).toBe(true);
});

test('the sitemap lists the same pages as dist/', () => {
	const listed = sitemapPaths();
	expect(listed, 'the build writes no sitemap (dist/sitemap.xml)').toBeDefined();
	// A sitemap lists pages with addresses of their own: every page but the 404 page and the
	// pages that ask not to be indexed (the embeds, made to be framed in other sites' articles).
	const built = builtRoutes()
		.filter(
			(r) => r.path !== '/404.html' && !/<meta name="robots" content="noindex"/.test(readFileSync(r.file, 'utf8')),
		)
		.map((r) => r.path)
		.sort();
	expect([...new Set(listed)].sort(), `${sitemapFile()} and dist/ disagree`).toEqual(built);
	expect(listed!.length, 'the sitemap lists a page twice').toBe(new Set(listed).size);
});

/** On the search page, wait until results for the query are shown. */
async function expectSearchResults(page: Page): Promise<void> {
	const result = page.locator('main').locator('a[href^="/entries/"]:visible, a[href^="/entities/"]:visible').first();
	await expect(result, 'the search page shows results for ?q=huawei').toBeVisible({ timeout: 20_000 });
}

const SCHEMES = ['light', 'dark'] as const;

/**
 * One page for the whole run, reused from route to route (a fresh browser context per page
 * costs more than the check itself); each route is checked in both schemes by switching the
 * emulated colour scheme, Playwright's `colorScheme`, on the loaded page.
 */
const it = test.extend<object, { shared: Page }>({
	shared: [
		async ({ browser }, use) => {
			const context = await browser.newContext();
			await use(await context.newPage());
			await context.close();
		},
		{ scope: 'worker' },
	],
});

for (const route of routes) {
	it(`axe: ${route} (${SCHEMES.join(', ')})`, async ({ shared: page }) => {
		const response = await page.goto(visitPath(route));
		expect(response?.status()).toBe(route === '/404.html' ? 404 : 200);
		if (route === '/search/') await expectSearchResults(page);
		// What a <details> hides is checked too: open them all.
		await page
			.locator('details:not([open])')
			.evaluateAll((els) => els.forEach((d) => ((d as HTMLDetailsElement).open = true)));
		const found: string[] = [];
		for (const scheme of SCHEMES) {
			await page.emulateMedia({ colorScheme: scheme });
			expect(
				await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches),
				`${scheme} scheme applies`,
			).toBe(scheme === 'dark');
			// One run per scheme: the tags, and the extra rules enabled by name (axe runs a rule
			// enabled in `rules` whatever `runOnly` says), rather than a third run for them alone.
			const { violations } = await new AxeBuilder({ page })
				.options({
					runOnly: { type: 'tag', values: TAGS },
					rules: Object.fromEntries(EXTRA_RULES.map((id) => [id, { enabled: true }])),
				})
				.analyze();
			found.push(
				...violations.flatMap((v) =>
					v.nodes.map(
						(n) =>
							`${scheme}: ${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join(' ').trim()}`,
					),
				),
			);
		}
		expect(found, route).toEqual([]);
	});
}
