/**
 * The name check (/screen/) in a real Chromium, under the site's Content-Security-Policy:
 * nothing fetched until used, nothing sent anywhere, matches in several scripts with how they
 * matched, parents and list standings derived from the content, and a CSV download parsed back.
 */
import { expect, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ancestors, buildCorpus } from '../../src/lib/derive/corpus.ts';
import { loadContent } from '../../src/lib/node/content-files.ts';
import { cspHeader } from '../../src/lib/site/csp.ts';
import { SCREEN_DATA_URL } from '../../src/lib/search/screen-match.ts';
import { axeRun } from './axe.ts';

const { entries, entities } = loadContent(join(import.meta.dirname, '../..'));
const corpus = buildCorpus(entries, entities);
const cloud = corpus.entityById.get('huawei-cloud')!;
const lists = entities
	.filter((e) => e.data.kind === 'list')
	.map((e) => e.data.name)
	.sort((a, b) => a.localeCompare(b, 'en'));

let problems: string[];
const sent: string[] = [];
test.beforeEach(async ({ page, context }) => {
	problems = [];
	sent.length = 0;
	page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
	page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
	await context.route('**/*', async (route) => {
		const req = route.request();
		if (req.method() !== 'GET' || req.postData() || new URL(req.url()).search)
			sent.push(`${req.method()} ${req.url()}`);
		const response = await route.fetch();
		await route.fulfill({
			response,
			headers: { ...response.headers(), 'content-security-policy': cspHeader(new URL(req.url()).pathname) },
		});
	});
});
test.afterEach(async ({ context }) => {
	await context.unrouteAll({ behavior: 'ignoreErrors' });
	expect(problems).toEqual([]);
});

test('loads nothing until used, says nothing leaves the page, and sends nothing', async ({ page }) => {
	const requests: string[] = [];
	page.on('request', (r) => requests.push(new URL(r.url()).pathname));
	await page.goto('/screen/');
	await page.waitForLoadState('networkidle');
	expect(requests).not.toContain(SCREEN_DATA_URL);
	await expect(page.locator('main')).toContainText('Nothing leaves this page');
	// Only external module scripts: no inline script the policy would block.
	expect(await page.locator('script:not([src])').count()).toBe(0);
	await page.locator('name-check textarea').fill('Huawei Cloud\nAcme Widgets');
	await page.locator('name-check button[type="submit"]').click();
	await expect(page.locator('name-check .screen-status')).toContainText('2 names checked');
	expect(requests.filter((p) => p === SCREEN_DATA_URL)).toHaveLength(1);
	expect(sent).toEqual([]);
	expect(page.url()).toMatch(/\/screen\/$/);
});

test('matches names in several scripts, with how they matched, parents and standings, and downloads them as CSV', async ({
	page,
}) => {
	await page.goto('/screen/');
	const names = [
		'Huawei Cloud',
		'華為雲',
		'huaweiyun',
		'Huáwéi Yún',
		'HUAWEI CLOUD CO., LTD.',
		'为云',
		'Acme Widgets Ltd',
		'=HYPERLINK("http://x")',
	];
	await page.locator('name-check textarea').fill(names.join('\n'));
	await page.locator('name-check button[type="submit"]').click();
	await expect(page.locator('name-check .screen-status')).toContainText(`${names.length} names checked`);
	const rows = await page
		.locator('.screen-table tbody tr')
		.evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));
	const byName = (n: string) => rows.filter((r, i) => r[0] === n || (r[0] === '' && rows[i - 1]?.[0] === n));
	const parents = ancestors(corpus, cloud.id)
		.map((p) => p.data.name)
		.join(' › ');
	const how: Record<string, string> = {
		'Huawei Cloud': 'exact name',
		華為雲: 'alias',
		huaweiyun: 'alias',
		'Huáwéi Yún': 'alias',
		'HUAWEI CLOUD CO., LTD.': 'normalized',
		为云: 'partial',
	};
	for (const [n, h] of Object.entries(how)) {
		const hit = byName(n).find((r) => r[1] === cloud.data.name);
		expect(hit, n).toBeDefined();
		expect(hit![2], n).toContain(h);
		expect(hit![3], n).toBe(parents);
		expect(hit!.length, n).toBe(4 + lists.length);
	}
	expect(byName('Acme Widgets Ltd')[0]![1]).toBe('No tracked entity');
	const head = await page.locator('.screen-table thead th').allTextContents();
	expect(head.slice(4).map((h) => h.replace(/ \(as of .*\)$/, ''))).toEqual(lists);

	const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.screen-download').click()]);
	const csv = readFileSync((await download.path())!, 'utf8');
	const parsed = parse(csv) as string[][];
	expect(parsed[0]!.slice(0, 4)).toEqual(['input', 'match', 'how', 'matched name']);
	const traditional = parsed.find((r) => r[0] === '華為雲')!;
	expect(traditional.slice(1, 3)).toEqual([cloud.data.name, 'alias']);
	// A cell a spreadsheet would run as a formula is prefixed with a quote.
	expect(parsed.find((r) => r[0]!.includes('HYPERLINK'))![0]).toBe(`'=HYPERLINK("http://x")`);
	expect(parsed.find((r) => r[0] === 'Acme Widgets Ltd')![1]).toBe('no match');
});

test('reads a column of an uploaded CSV file', async ({ page }) => {
	await page.goto('/screen/');
	await page.locator('name-check input[type="file"]').setInputFiles({
		name: 'suppliers.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from('id,Supplier\n1,"Huawei Cloud"\n2,阿里云\n3,Nobody Inc\n'),
	});
	await page.locator('name-check input[name="column"]').fill('supplier');
	await page.locator('name-check button[type="submit"]').click();
	await expect(page.locator('name-check .screen-status')).toContainText('3 names checked: 2 match');
	const first = await page.locator('.screen-table tbody tr th').allTextContents();
	expect(first.filter(Boolean)).toEqual(['Huawei Cloud', '阿里云', 'Nobody Inc']);
	await expect(page.locator('.screen-table')).toContainText(corpus.entityById.get('alibaba-cloud')!.data.name);
});

test('without JavaScript, explains and links to the data files', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/screen/');
	const note = page.locator('main noscript .callout');
	await expect(note).toBeVisible();
	await expect(note).toContainText('needs JavaScript');
	for (const href of [SCREEN_DATA_URL, '/data/', '/entities/', '/lists/'])
		await expect(note.locator(`a[href="${href}"]`)).toBeVisible();
	await context.close();
});

test('has no accessibility violations axe can find, with results', async ({ page }) => {
	await page.goto('/screen/');
	await page.locator('name-check textarea').fill('Huawei Cloud\nAcme');
	await page.locator('name-check button[type="submit"]').click();
	await expect(page.locator('.screen-table')).toBeVisible();
	const r = await axeRun(page, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] } });
	expect(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
});
