// @ts-check
import { defineConfig } from 'astro/config';
import contentCheck from './src/integrations/content-check.ts';
import dataStoreFile from './src/integrations/data-store-file.ts';
import prefill from './src/integrations/prefill.ts';
import sitemap from './src/integrations/sitemap.ts';
import { onBundlerLog } from './src/lib/site/build-log.ts';
import { SITE_ORIGIN } from './src/lib/site/config.ts';
import { CACHE_DIR } from './scripts/lib/build-cache.mjs';

// Entry bodies (MDX that may hold only Markdown and <Cite k="…" />) are not compiled into modules:
// the entries loader (src/lib/site/entries-loader.ts) renders each to HTML once at content sync,
// with the content check's own parser and features (Sätteri, RENDER_FEATURES in mdx-check.ts) and
// an allow-list on the tree it writes out (src/lib/site/entry-body.ts).
// The content store reaches the pages read from its file, not compiled in as one string (a 71 MB
// string literal at 10,000 entries took Node 48 s to compile): src/integrations/data-store-file.ts.
export default defineConfig({
	site: SITE_ORIGIN, // src/lib/site/config.ts: SITE_URL, or the local preview
	trailingSlash: 'always',
	integrations: [contentCheck(), dataStoreFile(), prefill(), sitemap()],
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
	// emptyOutDir: npm run build (scripts/build.mjs) builds into a new folder (BUILD_KEEP_OUTDIR=1)
	// which src/integrations/prefill.ts fills with the cached pages, so astro leaves it as it is;
	// any other build empties its output folder first, as Astro does by default.
	vite: {
		build: {
			assetsInlineLimit: 0,
			emptyOutDir: process.env.BUILD_KEEP_OUTDIR !== '1',
			rolldownOptions: { onLog: onBundlerLog },
		},
	},
	devToolbar: { enabled: false },
});
