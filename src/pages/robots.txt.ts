/** /robots.txt: everything may be crawled; the sitemap lists the pages. */
import type { APIRoute } from 'astro';
import { siteOrigin } from '../data/exports.ts';
import { absolute, sitemapUrl } from '../lib/site/urls.ts';

export const GET: APIRoute = () =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absolute(sitemapUrl(), siteOrigin())}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
