/**
 * Keyboard only: the skip link, the search box, the timeline by year, an entry, the chart's
 * links, and (once the search page is built) facets and results; with a visible focus
 * indicator at every stop (tests/browser/focus.ts).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { DIST } from '../helpers/built-routes.ts';
import { expectVisibleFocus, focusedMatches, tabUntil } from './focus.ts';

const activeId = (page: import('@playwright/test').Page) => page.evaluate(() => document.activeElement?.id ?? '');

test('skip link: the first Tab shows it, Enter moves focus to the main content', async ({ page }) => {
	await page.goto('/');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).not.toBeInViewport();
	await page.keyboard.press('Tab');
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await expectVisibleFocus(page, 'skip link');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#main$/);
	expect(await activeId(page)).toBe('main');
	// The next Tab goes into the content, past the header and its navigation.
	await page.keyboard.press('Tab');
	const s = await expectVisibleFocus(page, 'first Tab after skipping');
	expect(s.inMain, `${s.what} is inside <main>`).toBe(true);
});

test('the search box: "/" focuses it, and Tab reaches it from the top of the page', async ({ page }) => {
	await page.goto('/');
	await page.keyboard.press('/');
	await expect(page.getByRole('searchbox', { name: 'Search the tracker' })).toBeFocused();
	await expectVisibleFocus(page, 'search box after "/"');
	// Typing "/" inside the box types it.
	await page.keyboard.type('a/b');
	await expect(page.getByRole('searchbox')).toHaveValue('a/b');

	await page.goto('/entities/');
	await tabUntil(page, (s) => s.tag === 'input', 'the search box', 6);
	await expect(page.getByRole('searchbox', { name: 'Search the tracker' })).toBeFocused();
});

test('through the timeline by year, then into an entry', async ({ page }) => {
	await page.goto('/');
	const years = page.getByRole('navigation', { name: 'Years' }).getByRole('link');
	const count = await years.count();
	expect(count).toBeGreaterThan(2);
	// Not the first year (already on screen): one further down the page.
	const target = (await years.nth(Math.min(2, count - 1)).textContent())!.trim();
	await tabUntil(
		page,
		async (s) =>
			s.tag === 'a' &&
			(await page.evaluate(() => !!document.activeElement?.closest('nav[aria-label="Years"]'))) &&
			s.what.includes(`"${target}"`),
		`the year link ${target}`,
	);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`#y${target}$`));
	const heading = page.getByRole('heading', { level: 2, name: new RegExp(`^${target}\\b`) });
	await expect(heading).toBeInViewport();
	// (The scroll may be smooth: wait for it to arrive.)
	await expect
		.poll(() => heading.evaluate((h) => h.getBoundingClientRect().top), {
			message: 'the year heading reaches the top of the window',
		})
		.toBeLessThan(80);

	// The next Tab continues from the year: the first entry of that year, not the page top.
	await page.keyboard.press('Tab');
	const s = await expectVisibleFocus(page, `first Tab after jumping to ${target}`);
	const inYear = await page.evaluate(
		(y) => document.activeElement?.closest('section')?.querySelector('h2')?.id === `y${y}`,
		target,
	);
	expect(inYear, `${s.what} is in the ${target} section`).toBe(true);
	const title = (
		await page.evaluate(() => (document.activeElement?.closest('h3') ? document.activeElement.textContent : null))
	)?.trim();
	expect(title, `${s.what} is an entry title`).toBeTruthy();

	// Open it with Enter.
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/entries\/[^/]+\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title!);
	await page.keyboard.press('Tab');
	await expectVisibleFocus(page, 'first Tab on the entry page');
});

test('the chart: each bar is a link to its year, by keyboard', async ({ page }) => {
	// Jumps land at once under reduced motion (smooth scrolling is tested in reading.spec.ts);
	// a smooth scroll on a loaded machine can outlast the assertion's wait.
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/');
	// On the timeline the chart follows the first page of entries (the record leads): start
	// from the last entry link.
	await page.locator('main ol.timeline a').last().focus();
	const s = await tabUntil(page, (st) => /^<a> "\d{4}: /.test(st.what), 'a bar of the chart', 20);
	const year = /"(\d{4}):/.exec(s.what)![1]!;
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`#y${year}$`));
	await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^${year}\\b`) })).toBeInViewport();

	// An entity's chart links into the entity's own timeline.
	await page.goto('/entities/huawei-cloud/');
	const bar = await tabUntil(page, (st) => /^<a> "\d{4}: /.test(st.what), 'a bar of the entity chart', 80);
	const y = /"(\d{4}):/.exec(bar.what)![1]!;
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`/entities/huawei-cloud/(page/\\d+/)?#e-y${y}$`));
	await expect(page.locator(`#e-y${y}`)).toBeInViewport();
});

test('focus is never hidden under the sticky year heading when tabbing back up', async ({ page }) => {
	await page.goto('/');
	// Start at the last link of the timeline and walk back up through several years.
	await page.locator('main ol.timeline a').last().focus();
	const years = new Set<string>();
	for (let i = 1; i <= 30; i++) {
		await page.keyboard.press('Shift+Tab');
		const s = await expectVisibleFocus(page, `Shift+Tab ${i}`);
		expect(s.inMain).toBe(true);
		years.add(await page.evaluate(() => document.activeElement?.closest('section')?.querySelector('h2')?.id ?? ''));
	}
	expect(years.size, 'passed under more than one sticky year heading').toBeGreaterThan(2);
});

// The search part of the journey: the first assertion says so plainly if the page is missing.
test('keyboard journey through search', async ({ page }) => {
	expect(existsSync(join(DIST, 'search/index.html')), 'search page not built').toBe(true);
	await page.goto('/');
	await page.keyboard.press('/');
	await expect(page.getByRole('searchbox', { name: 'Search the tracker' })).toBeFocused();
	await page.keyboard.type('huawei');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/search\/\?(.*&)?q=huawei/);
	const main = page.getByRole('main');
	const results = main.locator('a[href^="/entries/"]:visible, a[href^="/entities/"]:visible');
	await expect(results.first(), 'results for "huawei"').toBeVisible({ timeout: 20_000 });

	// Apply a facet: Tab to the first checkbox, Space checks it, results are still shown.
	const boxes = main.getByRole('checkbox');
	await expect(boxes.first()).toBeVisible();
	await tabUntil(page, () => focusedMatches(page, 'input[type="checkbox"], [role="checkbox"]'), 'a facet checkbox', 60);
	const box = page.locator(':focus');
	await expect(box).toHaveRole('checkbox');
	await page.keyboard.press('Space');
	await expect(box).toBeChecked();
	await expectVisibleFocus(page, 'facet after Space');
	await expect(results.first(), 'results after applying a facet').toBeVisible({ timeout: 20_000 });

	// Open a result with the keyboard.
	const r = await tabUntil(
		page,
		() => focusedMatches(page, 'a[href^="/entries/"], a[href^="/entities/"]'),
		'a result link',
		120,
	);
	const href = await page.locator(':focus').getAttribute('href');
	await page.keyboard.press('Enter');
	await expect(page, `opened ${r.what}`).toHaveURL(new RegExp(`${href!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
