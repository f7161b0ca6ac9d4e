// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import contentCheck from './src/integrations/content-check.ts';
import sitemap from './src/integrations/sitemap.ts';
import { onBundlerLog } from './src/lib/site/build-log.ts';
import { renderProcessor } from './src/lib/check/mdx-guard.ts';
import { SITE_ORIGIN } from './src/lib/site/config.ts';
import { CACHE_DIR } from './scripts/lib/build-cache.mjs';

// Markdown stays on Astro 7's default processor (Sätteri), with its default features, plus the
// body guard (src/lib/check/mdx-guard.ts): the allow-list of entry bodies (Markdown and
// <Cite k="…" />) enforced on the renderer's own trees before any MDX is compiled. The content
// check parses bodies with the same parser and features (RENDER_FEATURES in mdx-check.ts).
export default defineConfig({
	site: SITE_ORIGIN, // src/lib/site/config.ts: SITE_URL, or the local preview
	trailingSlash: 'always',
	integrations: [contentCheck(), mdx({ processor: renderProcessor() }), sitemap()],
	// CSS as files, never inline <style>, so the Content-Security-Policy needs no style hashes.
	// One page at a time: Astro's incremental build only skips pages at concurrency 1.
	build: { format: 'directory', inlineStylesheets: 'never', concurrency: 1 },
	// Incremental build: a page whose getStaticPaths() gave a `cacheKey` (src/lib/site/cache-key.ts)
	// is copied from the last build when that key, the code it depends on and the content it
	// renders are unchanged. The cache is in cacheDir; scripts/build.mjs keeps it valid across its
	// swap of the output folder and drops it after a build that did not finish (`--force` too).
	experimental: { incrementalBuild: true },
	cacheDir: `./${CACHE_DIR}/`,
	// Scripts and assets as files too: Vite would inline small ones, which the CSP forbids.
	// onLog drops exactly one warning, rolldown's MODULE_LEVEL_DIRECTIVE for Astro's own
	// "use astro:head-inject" in each compiled MDX entry (withastro/astro#18087), which came once
	// per entry; every other warning still shows (src/lib/site/build-log.ts, tests/build-log.test.ts).
	vite: { build: { assetsInlineLimit: 0, rolldownOptions: { onLog: onBundlerLog } } },
	devToolbar: { enabled: false },
});
