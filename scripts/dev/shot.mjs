import { chromium } from 'playwright-core';
import { serve } from '../serve.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/browser/chromium.ts';
const server = await serve({ dir: 'dist', port: 4411, quiet: true });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
/** @type {ReadonlySet<string>} */
const SCHEMES = new Set(['light', 'dark', 'no-preference']);
const pages = process.argv.slice(2);
for (const spec of pages) {
	const [path, w, name, scheme, h] = spec.split(',');
	const colorScheme = /** @type {'light' | 'dark' | 'no-preference'} */ (
		scheme && SCHEMES.has(scheme) ? scheme : 'light'
	);
	const ctx = await browser.newContext({ viewport: { width: Number(w), height: Number(h || 900) }, colorScheme });
	const p = await ctx.newPage();
	await p.goto('http://127.0.0.1:4411' + path);
	if (path?.startsWith('/search/'))
		await p.waitForSelector('tracker-search ol.search-list li', { timeout: 20_000 }).catch(() => {});
	await p.screenshot({ path: `/tmp/${name}.png`, fullPage: false });
	await ctx.close();
}
await browser.close();
server.close();
