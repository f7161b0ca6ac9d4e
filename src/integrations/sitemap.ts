/**
 * Writes dist/sitemap.xml after the build from the pages Astro actually built (so it lists
 * nothing that does not exist). An entry page's `lastmod` is its `lastUpdated` in the built
 * entries.json, so the git history is still read only once per build (handed over by the
 * endpoint that wrote the file when it was written in this build: src/lib/site/lastmod-handoff.ts).
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { isIndexable, sitemapXml } from '../lib/publish/sitemap.ts';
import { lastmodOf, takeLastmod } from '../lib/site/lastmod-handoff.ts';
import { absolute, dataFileUrl, sitemapUrl } from '../lib/site/urls.ts';

export default function sitemap(): AstroIntegration {
	let origin = '';
	return {
		name: 'tracker-sitemap',
		hooks: {
			'astro:config:done': ({ config }) => {
				origin = config.site ? new URL(config.site).origin : '';
			},
			// Nothing noted by an earlier build in this process (one that failed) is taken for this one's.
			'astro:build:start': () => void takeLastmod(),
			'astro:build:done': ({ dir, pages, logger }) => {
				if (!origin) throw new Error('sitemap: set `site` in astro.config.mjs (SITE_URL)');
				// From the endpoint that wrote entries.json in this build, or else read from the file.
				const data = new URL(`.${dataFileUrl('entries', 'json')}`, dir);
				const lastmod =
					takeLastmod() ??
					(existsSync(data)
						? lastmodOf(
								(JSON.parse(readFileSync(data, 'utf8')) as { records: { url: string; lastUpdated: string | null }[] })
									.records,
							)
						: new Map<string, string>());
				const urls = pages
					.map((p) => `/${p.pathname}`.replace(/\/+/g, '/'))
					.filter(isIndexable)
					.map((path) => ({ loc: absolute(path, origin), lastmod: lastmod.get(path) }));
				writeFileSync(new URL(`.${sitemapUrl()}`, dir), sitemapXml(urls));
				logger.info(`sitemap.xml: ${urls.length} pages`);
			},
		},
	};
}
