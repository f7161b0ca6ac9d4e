/**
 * The chart as drawn: in both colour schemes every bar colour stands out from the page (3:1,
 * WCAG 1.4.11), each legend swatch is the colour of its force's bars, year labels are
 * legible text, and every bar is a target of at least 24 px (WCAG 2.5.8).
 */
import { expect, test } from '@playwright/test';

const contrast = (a: number[], b: number[]) => {
	const lum = ([r, g, bl]: number[]) =>
		[r!, g!, bl!]
			.map((c) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
			.reduce((t, c, i) => t + c * [0.2126, 0.7152, 0.0722][i]!, 0);
	const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p) as [number, number];
	return (x + 0.05) / (y + 0.05);
};
const rgb = (s: string) =>
	s
		.match(/[\d.]+/g)!
		.slice(0, 3)
		.map(Number);

for (const scheme of ['light', 'dark'] as const) {
	test(`chart colours in the ${scheme} scheme: bars stand out, legend matches bars`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: scheme });
		for (const path of ['/', '/entities/huawei-cloud/']) {
			await page.goto(path);
			const drawn = await page.locator('figure.chart').evaluate((fig) => {
				const bg = getComputedStyle(document.body).backgroundColor;
				const bars = [...fig.querySelectorAll('svg rect[class^="force-"]')].map(
					(r) => [r.getAttribute('class')!, getComputedStyle(r).fill] as const,
				);
				const legend = [...fig.querySelectorAll('.chart-legend li')].map(
					(li) => [li.className, getComputedStyle(li, '::before').backgroundColor, li.textContent!.trim()] as const,
				);
				const text = [...fig.querySelectorAll('svg text, svg tspan')].map((t) => getComputedStyle(t).fill);
				return { bg, bars, legend, text };
			});
			expect(drawn.bars.length, path).toBeGreaterThan(0);
			const legend = new Map(drawn.legend.map(([cls, colour]) => [cls, colour]));
			for (const [cls, fill] of drawn.bars) {
				expect(contrast(rgb(fill), rgb(drawn.bg)), `${path} ${cls} bar against the page`).toBeGreaterThanOrEqual(3);
				expect(legend.get(cls), `${path}: the legend has ${cls} in the bar's colour`).toBe(fill);
			}
			for (const [, , label] of drawn.legend) expect(label.length).toBeGreaterThan(3);
			for (const fill of drawn.text)
				expect(contrast(rgb(fill), rgb(drawn.bg)), `${path} chart text`).toBeGreaterThanOrEqual(4.5);
		}
	});
}

test('each bar is a target at least 24 px tall, on a 320 px phone too (WCAG 2.5.8)', async ({ page }) => {
	for (const width of [320, 1280]) {
		await page.setViewportSize({ width, height: 800 });
		await page.goto('/');
		const sizes = await page
			.locator('figure.chart svg a')
			.evaluateAll((links) => links.map((a) => a.getBoundingClientRect()).map((r) => [r.width, r.height]));
		expect(sizes.length).toBeGreaterThan(0);
		for (const [w, h] of sizes) {
			expect(h, `${width}px`).toBeGreaterThanOrEqual(24);
			expect(w, `${width}px`).toBeGreaterThanOrEqual(24);
		}
	}
});
