/** /feeds/changes.xml: every change to the record, an item per entry or entity that changed. */
import type { APIRoute } from 'astro';
import { siteData } from '../../data/routes.ts';
import { feedItems } from '../../lib/derive/changes.ts';
import { changesAtom, changesFeed } from '../../lib/publish/feeds.ts';

export const GET: APIRoute = async () => {
	const { changes, t, feed } = await siteData();
	return new Response(changesAtom(changesFeed(), feedItems(changes.index.all, t.corpus), feed), {
		headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
	});
};
