import { chromium } from 'playwright-core';
import { serve } from '../serve.mjs';
const server = await serve({ dir: 'dist', port: 4411, quiet: true });
const browser = await chromium.launch({
	executablePath: '/usr/bin/chromium',
	args: [
		'--headless',
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run',
	],
});
/** @type {ReadonlySet<string>} */
const SCHEMES = new Set(['light', 'dark', 'no-preference']);
const pages = process.argv.slice(2);
for (const spec of pages) {
	const [path, w, name, scheme] = spec.split(',');
	const colorScheme = /** @type {'light' | 'dark' | 'no-preference'} */ (
		scheme && SCHEMES.has(scheme) ? scheme : 'light'
	);
	const ctx = await browser.newContext({ viewport: { width: Number(w), height: 900 }, colorScheme });
	const p = await ctx.newPage();
	await p.goto('http://127.0.0.1:4411' + path);
	await p.screenshot({ path: `/tmp/${name}.png`, fullPage: false });
	await ctx.close();
}
await browser.close();
server.close();
