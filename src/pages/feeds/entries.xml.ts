/** /feeds/entries.xml: every entry, uncapped. */
import type { APIRoute } from 'astro';
import { siteData } from '../../data/routes.ts';
import { atomFeed, mainFeed } from '../../lib/publish/feeds.ts';

export const GET: APIRoute = async () => {
	const { x, feed } = await siteData();
	return new Response(atomFeed(mainFeed(), x.records.entries, feed), {
		headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
	});
};
