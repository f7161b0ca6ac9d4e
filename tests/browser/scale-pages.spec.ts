/**
 * The pages that split long lists (a list's roster, the requests about one entity) in a real
 * browser: they work with JavaScript off. Axe checks them in a11y.spec.ts (SPLIT_PAGES), in
 * both colour schemes.
 */
import { expect, test } from '@playwright/test';

const PAGES = ['/lists/entity-list/', '/asks/about/huawei-cloud/', '/asks/'];

test.describe('split pages', () => {
	test.use({ javaScriptEnabled: false });

	for (const path of PAGES) {
		test(`${path} shows its content without JavaScript`, async ({ page }) => {
			const res = await page.goto(path);
			expect(res?.status()).toBe(200);
			await expect(page.locator('main h1')).toBeVisible();
			const items = page.locator('main tbody tr, main article.ask');
			expect(await items.count()).toBeGreaterThan(0);
		});
	}

	test('a list page links to its full roster, and the roster back to the list', async ({ page }) => {
		await page.goto('/lists/');
		await page.locator('main a[href="/lists/entity-list/"]').click();
		await expect(page).toHaveURL(/\/lists\/entity-list\/$/);
		await page.locator('main .lede a').click();
		await expect(page).toHaveURL(/\/entities\/entity-list\/$/);
	});
});
