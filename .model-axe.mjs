import { chromium } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const ctx = await b.newContext();
const p = await ctx.newPage();
p.setDefaultTimeout(300000);
for (const path of process.argv.slice(2)) {
	await p.goto('http://127.0.0.1:4391' + path);
	await p.locator('details:not([open])').evaluateAll((els) => els.forEach((d) => (d.open = true)));
	for (const scheme of ['light', 'dark']) {
		await p.emulateMedia({ colorScheme: scheme });
		const { violations } = await new AxeBuilder({ page: p }).withTags(TAGS).analyze();
		const extra = await new AxeBuilder({ page: p }).withRules(['label-content-name-mismatch']).analyze();
		const all = [...violations, ...extra.violations];
		console.log(path, scheme, all.length ? JSON.stringify(all.map((v) => [v.id, v.nodes.map((n) => n.target.join(' ') + ' ' + n.failureSummary)])) : 'OK');
	}
}
await b.close();
