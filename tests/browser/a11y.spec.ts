/**
 * WCAG 2.2 AA with axe-core in Chromium over every page template of the built site, in the
 * light and the dark colour scheme: zero violations. Every route file in src/pages is checked
 * on a sample of the pages it built (its largest and its first by path: see `routeSample`), not
 * on every page: the pages of one route share their template, and axe costs seconds a page.
 * Every built page must belong to a route, and the sitemap must list the same pages as dist/.
 * The 404 page is visited at an address that does not exist, the search page with a query that
 * has results.
 *
 * The light scheme gets every rule of the tags on every sampled page; the dark scheme only the
 * rules that read colours (`DARK_RULES`), on each route's largest page, because the dark scheme
 * only recolours: a test below reads the built CSS and
 * fails if a colour-scheme media block declares anything but colours, and another fails if
 * axe-core changes under the list.
 *
 * axe-core is injected once per page and run in it (`axeRun` in ./axe.ts), not through
 * AxeBuilder, which re-injects it and opens a blank page for every run (seconds a page); a
 * control test shows that this way of running axe reports violations.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { builtRoutes, DIST, sitemapFile, sitemapPaths, visitPath } from '../helpers/built-routes.ts';
import { pagesByRoute, routeSample, routeSamples } from '../helpers/routes.ts';
import { axeCore, axeRun } from './axe.ts';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA; plus axe's best practices (landmarks, heading order). */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** WCAG 2.5.3 Label in Name, which axe still files as experimental: run it by name. */
const EXTRA_RULES = ['label-content-name-mismatch'];
/**
 * The rules of the light pass whose outcome can change when only colours change, read from
 * axe-core 4.13.0's source: `color-contrast` and `link-in-text-block` (the cat.color rules) and
 * `th-has-data-cells`, whose "is this a data table" test compares the rows' background colours
 * and images. The dark pass runs these alone.
 */
const DARK_RULES = ['color-contrast', 'link-in-text-block', 'th-has-data-cells'];
/** The axe-core whose source DARK_RULES was read from. */
const AXE_REVIEWED = '4.13.0';

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
	const built = builtRoutes();
	const all = built.map((r) => r.path);
	const bytes = new Map(built.map((r) => [r.path, readFileSync(r.file).length]));
	expect(all).toContain('/');
	expect(all).toContain('/404.html');
	expect(unmatched, 'built pages that no route file in src/pages explains').toEqual([]);
	for (const [route, urls] of byRoute) {
		if (!/\[/.test(route)) expect(urls, `${route} built no page`).toHaveLength(1);
		if (!urls.length) continue;
		expect(sampled.filter((r) => urls.includes(r)).length, route).toBe(Math.min(2, urls.length));
		// The largest page of the route (the richest) is always among those checked.
		const largest = Math.max(...urls.map((u) => bytes.get(u)!));
		expect(
			sampled.some((r) => urls.includes(r) && bytes.get(r) === largest),
			`${route}: its largest page is sampled`,
		).toBe(true);
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

test('the dark pass runs every rule of the light pass that reads colours', () => {
	const axe = axeCore();
	expect(
		axe.version,
		`axe-core is ${axe.version}; DARK_RULES (the rules whose outcome can change with colours alone) was read from ` +
			`axe-core ${AXE_REVIEWED}'s source: read the new version's rules again (their matches and checks that read ` +
			'computed colours or backgrounds), update DARK_RULES and AXE_REVIEWED',
	).toBe(AXE_REVIEWED);
	const light = axe.getRules(TAGS).filter((r) => !r.tags.includes('experimental'));
	const lightIds = [...light.map((r) => r.ruleId), ...EXTRA_RULES];
	for (const id of DARK_RULES) expect(lightIds, `${id} is a rule of the light pass`).toContain(id);
	for (const r of light.filter((r) => r.tags.includes('cat.color')))
		expect(DARK_RULES, `${r.ruleId} is about colour: the dark pass must run it`).toContain(r.ruleId);
});

/** A declaration in the built CSS under a `prefers-color-scheme` condition that is not only a colour. */
interface SchemeDeclaration {
	file: string;
	media: string;
	selector: string;
	declaration: string;
}

test('the colour schemes differ in colours alone: every prefers-color-scheme block of the built CSS declares only colours', async ({
	page,
}) => {
	const texts = (dir: string, ext: RegExp): { file: string; text: string }[] =>
		readdirSync(dir, { recursive: true, withFileTypes: true })
			.filter((d) => d.isFile() && ext.test(d.name))
			.map((d) => {
				const file = join(d.parentPath, d.name);
				return { file: file.slice(DIST.length + 1), text: readFileSync(file, 'utf8') };
			});
	const css = texts(DIST, /\.css$/);
	// Only the CSS switches on the scheme: no page, inline style or script does.
	const elsewhere = texts(DIST, /\.(html|m?js|svg)$/).filter((f) => /prefers-color-scheme/i.test(f.text));
	expect(
		elsewhere.map((f) => f.file),
		'pages or scripts that depend on the colour scheme: the dark axe pass must then run the full rules again',
	).toEqual([]);
	expect(
		css.some((f) => /prefers-color-scheme:\s*dark/.test(f.text)),
		'the built CSS has a dark scheme (else this spec needs no dark pass)',
	).toBe(true);
	await page.goto('/');
	// Chromium parses the CSS (its CSSOM): each style rule with its media conditions, and for each
	// declaration whether it is a colour, or the same as the declaration outside the scheme blocks
	// for the same selector but for its colours.
	const bad = await page.evaluate((sheets) => {
		const out: SchemeDeclaration[] = [];
		const isScheme = (m: string) => /prefers-color-scheme/i.test(m);
		const isColour = (v: string) => CSS.supports('color', v.trim()) && !/var\(/.test(v);
		const COLOUR_FN = /\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color|color-mix|light-dark)\((?:[^()]|\([^()]*\))*\)/gi;
		const mask = (v: string) =>
			v
				.replace(COLOUR_FN, '<colour>')
				.replace(/#[0-9a-f]{3,8}\b/gi, '<colour>')
				.replace(/(?<![-\w])[a-z]+(?![-\w(])/gi, (w) => (CSS.supports('color', w) ? '<colour>' : w));
		const declarations = (text: string) => {
			const parts: string[] = [];
			let depth = 0;
			let quote = '';
			let cur = '';
			for (const ch of text) {
				if (quote) quote = ch === quote ? '' : quote;
				else if (ch === '"' || ch === "'") quote = ch;
				else if (ch === '(') depth++;
				else if (ch === ')') depth--;
				else if (ch === ';' && depth === 0) {
					parts.push(cur.trim());
					cur = '';
					continue;
				}
				cur += ch;
			}
			if (cur.trim()) parts.push(cur.trim());
			return parts.map((d) => {
				const i = d.indexOf(':');
				return { name: d.slice(0, i).trim(), value: d.slice(i + 1).trim(), text: d };
			});
		};
		type Rule = { file: string; media: string[]; selector: string; cssText: string; other?: string };
		const rules: Rule[] = [];
		const walk = (list: CSSRuleList, file: string, media: string[]) => {
			for (const r of list) {
				if (r instanceof CSSStyleRule) rules.push({ file, media, selector: r.selectorText, cssText: r.style.cssText });
				else if (r instanceof CSSMediaRule) walk(r.cssRules, file, [...media, r.conditionText]);
				else if (r instanceof CSSGroupingRule) walk(r.cssRules, file, media);
				else if (media.some(isScheme)) rules.push({ file, media, selector: '', cssText: '', other: r.cssText });
				if (r instanceof CSSStyleRule && r.cssRules.length) walk(r.cssRules, file, media);
			}
		};
		for (const { file, text } of sheets) {
			const sheet = new CSSStyleSheet();
			sheet.replaceSync(text);
			walk(sheet.cssRules, file, []);
		}
		const plain = new Map<string, string[]>();
		for (const r of rules.filter((r) => !r.media.some(isScheme)))
			for (const d of declarations(r.cssText))
				plain.set(`${r.selector}\n${d.name}`, [...(plain.get(`${r.selector}\n${d.name}`) ?? []), mask(d.value)]);
		for (const r of rules.filter((r) => r.media.some(isScheme))) {
			const media = r.media.join(' and ');
			if (r.other) {
				out.push({ file: r.file, media, selector: '(not a style rule)', declaration: r.other });
				continue;
			}
			for (const d of declarations(r.cssText)) {
				const ok = d.name.startsWith('--')
					? isColour(d.value)
					: /^(?:color|fill|stroke|color-scheme)$|-color$/.test(d.name) ||
						(plain.get(`${r.selector}\n${d.name}`) ?? []).includes(mask(d.value));
				if (!ok) out.push({ file: r.file, media, selector: r.selector, declaration: d.text });
			}
		}
		return { out, checked: rules.filter((r) => r.media.some(isScheme)).length };
	}, css);
	expect(bad.checked, 'style rules under a prefers-color-scheme condition').toBeGreaterThan(0);
	expect(
		bad.out.map((d) => `${d.file} @media ${d.media} { ${d.selector} { ${d.declaration} } }`),
		'a colour-scheme block declares more than colours (a custom property set to something other than a colour, ' +
			'or a property that is not a colour and differs from the same selector outside the block in more than ' +
			'its colours): the dark scheme may then change more than colours, so the dark axe pass in this spec ' +
			'must run the full rules again (TAGS and EXTRA_RULES, as the light pass), not DARK_RULES alone',
	).toEqual([]);
});

/** On the search page, wait until results for the query are shown. */
async function expectSearchResults(page: Page): Promise<void> {
	const result = page.locator('main').locator('a[href^="/entries/"]:visible, a[href^="/entities/"]:visible').first();
	await expect(result, 'the search page shows results for ?q=huawei').toBeVisible({ timeout: 20_000 });
}

const SCHEMES = ['light', 'dark'] as const;
/**
 * The dark pass (colour rules only) runs on the largest page of each route, the richest in what
 * its template can show: the colours come from the route's template and the site's CSS, not from
 * which entry a page shows. The light pass (every rule) runs on every sampled page.
 */
const DARK_PAGES = new Set(routeSamples().flatMap((r) => (r.url ? [r.url] : [])));

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

test('axe, run as the page checks run it, reports a violation when there is one (control)', async ({ page }) => {
	await page.goto('/about/');
	await page.evaluate(() => {
		const img = document.createElement('img');
		img.src = '/favicon.svg';
		const faint = document.createElement('p');
		faint.textContent = 'Faint text';
		faint.style.color = '#777';
		faint.style.background = '#888';
		document.querySelector('main')!.append(img, faint);
	});
	const light = await axeRun(page, { runOnly: { type: 'tag', values: TAGS }, resultTypes: ['violations'] });
	expect(light.violations.map((v) => v.id)).toEqual(expect.arrayContaining(['image-alt', 'color-contrast']));
	await page.emulateMedia({ colorScheme: 'dark' });
	const dark = await axeRun(page, { runOnly: { type: 'rule', values: DARK_RULES }, resultTypes: ['violations'] });
	expect(dark.violations.map((v) => v.id)).toEqual(['color-contrast']);
});

test('the dark pass covers every route, on its largest page', () => {
	for (const [route, urls] of byRoute)
		if (urls.length)
			expect(
				urls.filter((u) => DARK_PAGES.has(u)),
				route,
			).toHaveLength(1);
	for (const u of DARK_PAGES) expect(routes, `${u} is checked`).toContain(u);
});

for (const route of routes) {
	const schemes = DARK_PAGES.has(route) ? SCHEMES : (['light'] as const);
	it(`axe: ${route} (${schemes.join(', ')})`, async ({ shared: page }) => {
		// A few seconds a page on a quiet machine; the largest pages (the timeline, the open
		// requests) took over a minute on a shared, loaded one (load average 16 on 2 cores).
		test.slow();
		const response = await page.goto(visitPath(route));
		expect(response?.status()).toBe(route === '/404.html' ? 404 : 200);
		if (route === '/search/') await expectSearchResults(page);
		// What a <details> hides is checked too: open them all.
		await page
			.locator('details:not([open])')
			.evaluateAll((els) => els.forEach((d) => ((d as HTMLDetailsElement).open = true)));
		const found: string[] = [];
		for (const scheme of schemes) {
			await page.emulateMedia({ colorScheme: scheme });
			expect(
				await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches),
				`${scheme} scheme applies`,
			).toBe(scheme === 'dark');
			// Light: the tags, and the extra rules enabled by name (axe runs a rule enabled in
			// `rules` whatever `runOnly` says), rather than a second run for them alone. Dark: only
			// the rules that read colours, since the dark scheme changes nothing else (tested above).
			// Only violations are collected in full (`resultTypes`): the other results keep one node
			// each, which is all this spec reads of them, and axe spends less.
			// axe is injected once per page and run in it for each scheme (see ./axe.ts).
			const { violations, passes, incomplete, inapplicable } = await axeRun(
				page,
				scheme === 'light'
					? {
							runOnly: { type: 'tag', values: TAGS },
							rules: Object.fromEntries(EXTRA_RULES.map((id) => [id, { enabled: true }])),
							resultTypes: ['violations'],
						}
					: { runOnly: { type: 'rule', values: DARK_RULES }, resultTypes: ['violations'] },
			);
			if (scheme === 'dark') {
				// The dark pass ran the colour rules, each of them, and no others.
				const ran = new Set([...violations, ...passes, ...incomplete, ...inapplicable].map((r) => r.id));
				expect([...ran].sort(), `${route}: the rules of the dark pass`).toEqual([...DARK_RULES].sort());
			}
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
