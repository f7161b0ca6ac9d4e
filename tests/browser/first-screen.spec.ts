/**
 * Every page answers its question on the first screen (issue 15), measured in Chromium at a
 * desktop (1280×900) and a phone (390×844): the timeline's first headline, an entity's list
 * status strip, an entry's Cite control; each page loaded once and measured at both sizes. And
 * the Cite control copies with JavaScript and jumps to "Cite this entry" without it.
 */
import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');
const SCREENS = [
	{ name: 'desktop', width: 1280, height: 900 },
	{ name: 'phone', width: 390, height: 844 },
];
const entryIds = readdirSync(join(ROOT, 'content/entries'))
	.filter((f) => f.endsWith('.mdx'))
	.map((f) => f.replace(/\.mdx$/, ''));
const companies = readdirSync(join(ROOT, 'content/entities'))
	.filter((f) => /^kind: company$/m.test(readFileSync(join(ROOT, 'content/entities', f), 'utf8')))
	.map((f) => f.replace(/\.yaml$/, ''));

/** The top of the first element matching `sel`, in CSS px from the top of the window, at load. */
const topOf = (page: Page, sel: string) =>
	page
		.locator(sel)
		.first()
		.evaluate((el) => el.getBoundingClientRect().top);

/**
 * The first element matching `sel`, measured in one round trip: its top and bottom in CSS px
 * from the top of the window, and whether it is visible; null if there is none.
 */
const boxOf = (page: Page, sel: string) =>
	page.evaluate((sel) => {
		const el = document.querySelector(sel);
		if (!el) return null;
		const r = el.getBoundingClientRect();
		return {
			top: r.top,
			bottom: r.bottom,
			visible: el.checkVisibility({ visibilityProperty: true }) && r.width > 0 && r.height > 0,
		};
	}, sel);

/** How many tests the per-page loops below are split into, and the pages of one of them. */
const PARTS = 2;
const inPart = (ids: readonly string[], part: number) => [...ids].sort().filter((_, i) => i % PARTS === part);

type Screen = (typeof SCREENS)[number];
const label = (s: Screen) => `${s.name} ${s.width}×${s.height}`;

/**
 * Measure the loaded page at every screen size: the window is resized in turn (nothing on these
 * pages lays out by script, so a resized page is laid out as one loaded at that size), and the
 * page is loaded once rather than once per size.
 */
async function atEachScreen(page: Page, measure: (s: Screen) => Promise<void>): Promise<void> {
	for (const s of SCREENS) {
		await page.setViewportSize({ width: s.width, height: s.height });
		// At the top of the page, as at load.
		expect(await page.evaluate(() => scrollY), `${label(s)}: scrolled`).toBe(0);
		await measure(s);
	}
}

test.describe(`at ${SCREENS.map(label).join(' and ')}`, () => {
	test('the timeline: the newest entry’s headline starts on the first screen, under the scorecard', async ({
		page,
	}) => {
		for (const path of ['/', '/oldest/']) {
			await page.goto(path);
			await atEachScreen(page, async (s) => {
				const top = await topOf(page, 'main ol.timeline li.entry-row h3');
				expect(top, `${path} at ${label(s)}: first headline at ${Math.round(top)}px`).toBeLessThan(s.height);
				await expect(page.locator('.timeline-lead a[href="/asks/"]'), `${path} at ${label(s)}: scorecard`).toHaveText(
					/^\d+ requests? in letters: \d+ acted on, .*as of /,
				);
				// Filters and downloads are folded; years are one row.
				await expect(
					page.locator('details.timeline-tools nav.filter-nav'),
					`${path} at ${label(s)}: filters folded`,
				).toBeHidden();
				const rows = await page
					.locator('nav.year-nav li')
					.evaluateAll((lis) => new Set(lis.map((li) => Math.round(li.getBoundingClientRect().top))).size);
				expect(rows, `${path} at ${label(s)}: years in one row`).toBe(1);
			});
		}
	});

	test('there are companies and entries to measure', () => {
		expect(companies.length).toBeGreaterThan(0);
		expect(entryIds.length).toBeGreaterThan(0);
	});

	// The pages of a kind in PARTS tests (every PARTS-th one from the i-th, in name order), so
	// that no one long test holds a worker while the other runs out of tests.
	for (let part = 0; part < PARTS; part++) {
		const suffix = ` (part ${part + 1} of ${PARTS})`;
		test(`every company’s page shows its list status strip on the first screen${suffix}`, async ({ page }) => {
			test.slow();
			for (const id of inPart(companies, part)) {
				await page.goto(`/entities/${id}/`);
				await atEachScreen(page, async (s) => {
					const box = await boxOf(page, 'main .list-strip');
					expect(box, `${id} at ${label(s)}: no strip`).not.toBeNull();
					expect(box!.visible, `${id} at ${label(s)}: strip visible`).toBe(true);
					expect(box!.top, `${id} at ${label(s)}: strip top ${Math.round(box!.top)}px`).toBeLessThan(s.height);
					expect(box!.bottom, `${id} at ${label(s)}: strip bottom ${Math.round(box!.bottom)}px`).toBeLessThanOrEqual(
						s.height,
					);
				});
			}
		});

		test(`every entry’s Cite control is on the first screen${suffix}`, async ({ page }) => {
			test.slow();
			for (const id of inPart(entryIds, part)) {
				await page.goto(`/entries/${id}/`);
				await atEachScreen(page, async (s) => {
					const box = await boxOf(page, 'main a.cite-jump');
					expect(box, `${id} at ${label(s)}: no Cite control`).not.toBeNull();
					expect(box!.bottom, `${id} at ${label(s)}: Cite ends at ${Math.round(box!.bottom)}px`).toBeLessThanOrEqual(
						s.height,
					);
				});
			}
		});
	}
});

test('the Cite control copies the APA citation with JavaScript', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto(`/entries/${entryIds[0]}/`);
	const button = page.locator('main button.cite-copy');
	await expect(button).toBeVisible();
	await button.click();
	await expect(button).toHaveText('Copied');
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toBe((await page.locator('#cite-apa').textContent())!.trim());
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the Cite control is a link to the full "Cite this entry", which stays in place', async ({ page }) => {
		await page.goto(`/entries/${entryIds[0]}/`);
		await expect(page.locator('main button.cite-copy')).toBeHidden();
		await page.locator('main a.cite-jump').click();
		await expect(page).toHaveURL(/#cite$/);
		await expect(page.getByRole('heading', { name: 'Cite this entry' })).toBeInViewport();
	});
});
