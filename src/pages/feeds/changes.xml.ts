/** /feeds/changes.xml: every change to the record, an item per entry or entity that changed. */
import type { APIRoute } from 'astro';
import { changesData } from '../../data/changes.ts';
import { feedContext } from '../../data/exports.ts';
import { tracker } from '../../data/tracker.ts';
import { feedItems } from '../../lib/derive/changes.ts';
import { changesAtom, changesFeed } from '../../lib/publish/feeds.ts';

export const GET: APIRoute = async () => {
	const [{ index }, t] = await Promise.all([changesData(), tracker()]);
	return new Response(changesAtom(changesFeed(), feedItems(index.all, t.corpus), await feedContext()), {
		headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
	});
};
