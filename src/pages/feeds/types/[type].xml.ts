/** /feeds/types/<type>.xml: every entry of one type. */
import type { APIRoute } from 'astro';
import { exportsData, feedContext } from '../../../data/exports.ts';
import { atomFeed, typeFeed } from '../../../lib/publish/feeds.ts';
import { ENTRY_TYPES, type EntryType } from '../../../lib/model/schema.ts';

export const getStaticPaths = () => ENTRY_TYPES.map((type) => ({ params: { type } }));

export const GET: APIRoute = async ({ params }) => {
	const x = await exportsData();
	const type = params.type as EntryType;
	const records = (x.views.byType.get(type) ?? []).map((e) => x.records.entryById.get(e.id)!);
	return new Response(atomFeed(typeFeed(type), records, await feedContext()), {
		headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
	});
};
