/**
 * The change log in Chromium: without JavaScript the month links do the work and the date
 * field stays hidden; with it, the date field leads to the since page of the first month with
 * changes from that date on, under the site's CSP (no violation); the changes feeds parse
 * with the browser's own strict XML parser; a corrected entry's citation names its version.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { changesFeedUrl, changesSinceUrl, changesUrl, entityChangesFeedUrl } from '../../src/lib/site/urls.ts';

const DIST = join(import.meta.dirname, '../../dist');
const data = JSON.parse(readFileSync(join(DIST, 'data/changes.json'), 'utf8')) as { records: { date: string }[] };
const months = [...new Set(data.records.map((r) => r.date.slice(0, 7)))].sort();

test('without JavaScript: month links, no date field', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(changesUrl());
	await expect(page.locator('form[data-changes-since]')).toBeHidden();
	await page
		.getByRole('link', {
			name: `Every change since ${new Date(`${months[0]}-01T00:00:00Z`).toLocaleString('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' })}`,
		})
		.click();
	await expect(page).toHaveURL(new RegExp(`${changesSinceUrl(months[0]!)}$`));
	await expect(page.locator('.since-months li')).toHaveCount(months.length);
	await context.close();
});

test('with JavaScript: the date field opens the since page of the first month with changes from that date on, with no CSP violation', async ({
	page,
}) => {
	const violations: string[] = [];
	page.on('console', (m) => /content security policy|refused to/i.test(m.text()) && violations.push(m.text()));
	await page.goto(changesUrl());
	const field = page.getByLabel('Show every change since');
	await expect(field).toBeVisible();
	// A day just after the first month with changes: the next month with changes is the target.
	const [y, m] = months[0]!.split('-').map(Number) as [number, number];
	const after = new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10);
	const target = months.find((x) => x >= after.slice(0, 7));
	await field.fill(after);
	await page.getByRole('button', { name: 'Show changes' }).click();
	if (target) await expect(page).toHaveURL(new RegExp(`${changesSinceUrl(target)}$`));
	else await expect(page.locator('.changes-since-status')).toHaveText(/No changes/);
	expect(violations).toEqual([]);
	// A date after every change says so, and stays.
	await page.goto(changesUrl());
	await page.getByLabel('Show every change since').fill('2099-01-01');
	await page.getByRole('button', { name: 'Show changes' }).click();
	await expect(page.locator('.changes-since-status')).toHaveText('No changes to the record since that date.');
});

test('the changes feeds parse with Chromium’s strict XML parser', async ({ page }) => {
	await page.goto(changesUrl());
	for (const path of [changesFeedUrl(), entityChangesFeedUrl('huawei-cloud')]) {
		const result = await page.evaluate(async (p) => {
			const text = await (await fetch(p)).text();
			const doc = new DOMParser().parseFromString(text, 'application/xml');
			return {
				error: doc.querySelector('parsererror')?.textContent ?? null,
				root: doc.documentElement.localName,
				entries: doc.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'entry').length,
			};
		}, path);
		expect(result.error, path).toBeNull();
		expect(result.root).toBe('feed');
		expect(result.entries).toBeGreaterThan(0);
	}
});
