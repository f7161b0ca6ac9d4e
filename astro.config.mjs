// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import contentCheck from './src/integrations/content-check.ts';
import sitemap from './src/integrations/sitemap.ts';
import { SITE_ORIGIN } from './src/lib/site-config.ts';

// Markdown stays on Astro 7's default processor (Sätteri): citations are an MDX component
// (<Cite k="…" />), so no remark plugin is needed in the render. remark reads bodies outside
// the render (the content check, plain text for feeds and exports). See README, "Markdown".
export default defineConfig({
	site: SITE_ORIGIN, // src/lib/site-config.ts: SITE_URL, or the local preview
	trailingSlash: 'always',
	integrations: [contentCheck(), mdx(), sitemap()],
	// CSS as files, never inline <style>, so the Content-Security-Policy needs no style hashes.
	build: { format: 'directory', inlineStylesheets: 'never' },
	// Scripts and assets as files too: Vite would inline small ones, which the CSP forbids.
	vite: { build: { assetsInlineLimit: 0 } },
	devToolbar: { enabled: false },
});
