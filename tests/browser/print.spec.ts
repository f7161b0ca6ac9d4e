/**
 * Printing an entry: the headline, facts, narrative and numbered sources with their URLs
 * written out; no header, navigation, search, footer or buttons; dark text on white even when
 * the screen is in the dark scheme.
 */
import { expect, test } from '@playwright/test';
import { content } from '../helpers/site.ts';

const { entries } = content();
// The entry with the most sources.
const entry = [...entries].sort((a, b) => b.data.sources.length - a.data.sources.length)[0]!;

for (const scheme of ['light', 'dark'] as const) {
	test(`an entry prints its narrative and its sources with URLs, without navigation (${scheme} scheme)`, async ({
		page,
	}) => {
		await page.emulateMedia({ colorScheme: scheme });
		await page.goto(`/entries/${entry.id}/`);
		await expect(page.getByRole('navigation', { name: 'Main' }), 'on screen, the navigation is there').toBeVisible();
		await page.emulateMedia({ media: 'print', colorScheme: scheme });

		for (const sel of [
			'header.site-header',
			'nav',
			'footer.site-footer',
			'form[role="search"]',
			'.skip-link',
			'button',
		]) {
			for (const el of await page.locator(sel).all()) await expect(el, `${sel} is not printed`).toBeHidden();
		}
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(entry.data.title);
		await expect(page.locator('.narrative')).toBeVisible();
		expect((await page.locator('.narrative').innerText()).trim().length).toBeGreaterThan(40);

		// Each source: numbered, visible, with its URL written out after the link.
		const items = page.locator('ol.sources > li');
		await expect(items).toHaveCount(entry.data.sources.length);
		const printed = await items.evaluateAll((lis) =>
			lis.map((li) =>
				[...li.querySelectorAll('a')]
					.map((a) => `${a.textContent}${getComputedStyle(a, '::after').content.replace(/^"|"$/g, '')}`)
					.join(' '),
			),
		);
		for (const s of entry.data.sources) {
			expect(
				printed.some((t) => t.includes(s.url)),
				`the URL of "${s.title}" is printed`,
			).toBe(true);
			if (s.archived)
				expect(
					printed.some((t) => t.includes(s.archived!)),
					`the archived URL of "${s.title}" is printed`,
				).toBe(true);
		}
		expect(await page.locator('ol.sources').evaluate((ol) => getComputedStyle(ol).listStyleType)).toBe('decimal');

		// Black on white whatever the screen scheme, and the type label still legible.
		const colours = await page.evaluate(() => ({
			bg: getComputedStyle(document.body).backgroundColor,
			fg: getComputedStyle(document.body).color,
			type: getComputedStyle(document.querySelector('.type')!).color,
		}));
		expect(colours.bg).toBe('rgb(255, 255, 255)');
		expect(colours.fg).toBe('rgb(0, 0, 0)');
		const lum = (s: string) =>
			s
				.match(/\d+/g)!
				.slice(0, 3)
				.map(Number)
				.map((c) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
				.reduce((t, c, i) => t + c * [0.2126, 0.7152, 0.0722][i]!, 0);
		expect(1.05 / (lum(colours.type) + 0.05), 'type label contrast on white').toBeGreaterThanOrEqual(4.5);

		// And Chromium prints it.
		const pdf = await page.pdf({ format: 'Letter' });
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		expect(pdf.length).toBeGreaterThan(5_000);
	});
}
