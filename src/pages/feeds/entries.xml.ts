/** /feeds/entries.xml: every entry, uncapped. */
import type { APIRoute } from 'astro';
import { exportsData, feedContext } from '../../data/exports.ts';
import { atomFeed, mainFeed } from '../../lib/publish/feeds.ts';

export const GET: APIRoute = async () => {
	const x = await exportsData();
	return new Response(atomFeed(mainFeed(), x.records.entries, await feedContext()), {
		headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
	});
};
