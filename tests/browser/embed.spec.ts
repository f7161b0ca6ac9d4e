/**
 * An embed in a real Chromium, framed by a page of another origin as a news site would frame
 * it: it loads (no frame-ancestors or X-Frame-Options may stop it) and its links open outside
 * the frame.
 */
import { expect, test } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';

// A page on another origin frames the embed, as a news site would. Here both origins are on
// this machine, so Chromium's Local Network Access checks (which stop public pages from
// reaching local servers) must be off; a public site framing the public tracker meets none.
test.use({
	launchOptions: {
		executablePath: CHROMIUM_PATH,
		args: [...CHROMIUM_ARGS, '--disable-features=LocalNetworkAccessChecks'],
	},
});
test('an embed loads inside another site’s iframe, and its links leave the frame', async ({
	page,
	context,
	baseURL,
}) => {
	// Links in the embed are absolute, to the site's public origin: answer them here, offline.
	await context.route(/^https?:\/\/[^/]+\/entries\//, (route) =>
		route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>entry</title>' }),
	);
	await page.route('http://news.example/article/', (route) =>
		route.fulfill({
			contentType: 'text/html',
			body: `<!doctype html><html lang="en"><title>Article</title><iframe src="${baseURL}/embed/entities/huawei-cloud/" title="t" width="600" height="480"></iframe></html>`,
		}),
	);
	await page.goto('http://news.example/article/');
	const frame = page.frameLocator('iframe');
	await expect(frame.locator('.embed-title')).toHaveText('Huawei Cloud');
	const link = frame.locator('.embed-timeline a').first();
	const href = await link.getAttribute('href');
	const [popup] = await Promise.all([page.waitForEvent('popup'), link.click()]);
	await popup.waitForLoadState();
	expect(popup.url()).toBe(href);
	expect(new URL(href!).pathname).toMatch(/^\/entries\//);
	expect(page.url()).toBe('http://news.example/article/');
});
