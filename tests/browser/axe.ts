/**
 * axe-core run in the page itself: its source evaluated once per loaded page, then `axe.run` as
 * often as a test needs (once per colour scheme, say). @axe-core/playwright's `AxeBuilder` costs
 * seconds more a run on the same page and rules (measured: 2.5–6 s against 0.4–1.8 s): each
 * `analyze()` evaluates axe's 500 kB source in the page again and, for its cross-origin frame
 * support, opens a blank page, evaluates the source there too and finishes the run in it.
 *
 * `axe.run` in the top document checks what it shows, not what a frame shows; so `axeRun` fails
 * on a page that has a frame, rather than pass without looking inside it (the site has none).
 */
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';

/** axe-core as @axe-core/playwright loads it (axe-core is its dependency, not ours). */
export const axeCore = () =>
	createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'))('axe-core') as {
		version: string;
		source: string;
		getRules: (tags?: string[]) => { ruleId: string; tags: string[] }[];
	};

declare global {
	interface Window {
		axe?: { run: (context: Document, options: RunOptions) => Promise<AxeResults> };
	}
}

/** Run axe-core with `options` over the page as it is now; axe is injected if this page lacks it. */
export async function axeRun(page: Page, options: RunOptions): Promise<AxeResults> {
	const frames = page.frames().filter((f) => f !== page.mainFrame());
	if (frames.length)
		throw new Error(
			`${page.url()} has ${frames.length} frame(s) (${frames.map((f) => f.url()).join(', ')}): axeRun checks the top ` +
				'document only; use AxeBuilder from @axe-core/playwright, which checks inside frames',
		);
	if (!(await page.evaluate(() => typeof window.axe?.run === 'function'))) await page.evaluate(axeCore().source);
	return page.evaluate((o) => window.axe!.run(document, o), options);
}
