/**
 * The core pages in a real browser: they render, link to each other, work with JavaScript off,
 * and log no console errors.
 */
import { expect, test } from '@playwright/test';

test.describe('core pages', () => {
	test('the timeline opens an entry and its entities, with no console errors', async ({ page }) => {
		const errors: string[] = [];
		page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
		page.on('pageerror', (e) => errors.push(String(e)));
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		const first = page.locator('li.entry-row h3 a').first();
		const title = (await first.textContent())!.trim();
		await first.click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
		const entity = page.locator('.entry-head dd a').first();
		const name = (await entity.textContent())!.trim();
		await entity.click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
		expect(errors).toEqual([]);
	});

	test.describe('with JavaScript off', () => {
		test.use({ javaScriptEnabled: false });
		test('the timeline switches order and pages through years by links alone', async ({ page }) => {
			await page.goto('/');
			const newest = await page.locator('li.entry-row time').first().getAttribute('datetime');
			await page.getByRole('link', { name: 'oldest first' }).click();
			await expect(page).toHaveURL(/\/oldest\/$/);
			const oldest = await page.locator('li.entry-row time').first().getAttribute('datetime');
			expect(oldest! < newest!).toBe(true);
			const year = await page.locator('.year-nav a').last().textContent();
			await page.locator('.year-nav a').last().click();
			await expect(page.locator(`#y${year!.trim()}`)).toBeInViewport();
		});
	});
});
