// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import contentCheck from './src/integrations/content-check.ts';
import sitemap from './src/integrations/sitemap.ts';
import { SITE_ORIGIN } from './src/lib/urls.ts';

// Markdown stays on Astro 7's default processor (Sätteri): citations are an MDX component
// (<Cite k="…" />), so no remark plugin is needed in the render. remark reads bodies outside
// the render (the content check, plain text for feeds and exports). See README, "Markdown".
export default defineConfig({
	site: process.env.SITE_URL ?? SITE_ORIGIN,
	trailingSlash: 'always',
	integrations: [contentCheck(), mdx(), sitemap()],
	// CSS as files, never inline <style>, so the Content-Security-Policy needs no style hashes.
	build: { format: 'directory', inlineStylesheets: 'never' },
	devToolbar: { enabled: false },
});
