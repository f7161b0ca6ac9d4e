/** /feeds/entities/<id>.xml: every entry that concerns one entity (the entries of its page). */
import type { APIRoute } from 'astro';
import { exportsData, feedContext } from '../../../data/exports.ts';
import { tracker } from '../../../data/tracker.ts';
import { atomFeed, entityFeed } from '../../../lib/publish/feeds.ts';

export async function getStaticPaths() {
	return (await tracker()).corpus.entities.map((e) => ({ params: { id: e.id }, props: { name: e.data.name } }));
}

export const GET: APIRoute = async ({ params, props }) => {
	const [t, x] = await Promise.all([tracker(), exportsData()]);
	const records = (t.corpus.byEntity.get(params.id!) ?? []).map((i) => x.records.entryById.get(i.entry.id)!);
	return new Response(
		atomFeed(entityFeed(params.id!, (props as { name: string }).name), records, await feedContext()),
		{
			headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
		},
	);
};
