/**
 * In a real Chromium: copy buttons on citations and embed snippets (hidden without JavaScript,
 * the text still there), the search page's "Download these N entries as CSV" module fed the
 * page's `tracker:results` event. (Embeds framed by another site: embed.spec.ts.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { build } from 'esbuild';

const ROOT = join(import.meta.dirname, '../..');
const entriesJson = () =>
	JSON.parse(readFileSync(join(ROOT, 'dist/data/entries.json'), 'utf8')) as { records: { id: string; date: string }[] };
const csvRows = (text: string) => parse(text, { columns: true }) as Record<string, string>[];

test('citation copy buttons appear with JavaScript and copy the citation text', async ({ page, context, baseURL }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
	const id = entriesJson().records[0]!.id;
	await page.goto(`/entries/${id}/`);
	const button = page.locator('button[data-copy="cite-chicago"]');
	await expect(button).toBeVisible();
	await button.click();
	await expect(button).toHaveText('Copied');
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toBe((await page.locator('#cite-chicago').textContent())!.trim());
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('citations and the embed snippet are on the page as text; copy buttons stay hidden', async ({ page }) => {
		const id = entriesJson().records[0]!.id;
		await page.goto(`/entries/${id}/`);
		await expect(page.locator('#cite-apa')).toBeVisible();
		await expect(page.locator('button[data-copy]').first()).toBeHidden();
		await page.goto('/entities/huawei-cloud/');
		await expect(page.locator('#embed-code')).toContainText('<iframe src=');
		await expect(page.getByRole('link', { name: /^Download these \d+ entries as CSV$/ })).toBeVisible();
	});
});

test('the search download module turns tracker:results into a CSV of exactly those entries', async ({
	page,
	baseURL,
}) => {
	// The module as the search page will load it, bundled for the browser, on a stand-in page.
	const bundle = await build({
		entryPoints: [join(ROOT, 'src/scripts/search-download.ts')],
		bundle: true,
		format: 'esm',
		write: false,
		target: 'es2022',
	});
	const code = bundle.outputFiles[0]!.text;
	await page.route('**/__search-harness/', (route) =>
		route.fulfill({
			contentType: 'text/html',
			body: `<!doctype html><html lang="en"><title>h</title><main><div id="search-download"></div></main><script type="module">${code}</script></html>`,
		}),
	);
	let fetches = 0;
	page.on('request', (r) => r.url().endsWith('/data/entries.json') && fetches++);
	await page.goto(`${baseURL}/__search-harness/`);
	const all = entriesJson().records;
	const picked = [all[all.length - 1]!.id, all[0]!.id, all[Math.floor(all.length / 2)]!.id];
	// The search element says how many entries it found and how to list their ids (the id map is
	// fetched only when a download asks for it); entity results (huawei-cloud) are not entries.
	await page.evaluate(
		(ids) =>
			document.dispatchEvent(
				new CustomEvent('tracker:results', {
					detail: {
						entryCount: ids.length,
						loadEntryIds: async () => ids,
						query: 'Huawei cloud',
						url: '/search/?q=Huawei+cloud',
					},
				}),
			),
		picked,
	);
	const button = page.getByRole('button', { name: `Download these ${picked.length} entries as CSV` });
	await expect(button).toBeVisible();
	expect(fetches).toBe(0); // entries.json is fetched lazily, on click
	const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
	expect(download.suggestedFilename()).toBe('tracker-search-huawei-cloud.csv');
	const text = readFileSync((await download.path())!, 'utf8');
	const full = readFileSync(join(ROOT, 'dist/data/entries.csv'), 'utf8');
	expect(text.split('\r\n')[0]).toBe(full.split('\r\n')[0]);
	expect(csvRows(text)).toEqual(csvRows(full).filter((r) => picked.includes(r.id!)));
	expect(fetches).toBe(1);
	// New results replace the offer; no results remove it.
	await page.evaluate(() =>
		document.dispatchEvent(
			new CustomEvent('tracker:results', {
				detail: { entryCount: 0, loadEntryIds: async () => [], query: 'nothing', url: '/search/?q=nothing' },
			}),
		),
	);
	await expect(page.locator('#search-download button')).toHaveCount(0);
});
