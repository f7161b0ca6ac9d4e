/** /feeds/changes/entities/<id>.xml: every change that concerns one entity, corrections to old entries included. */
import type { APIRoute } from 'astro';
import { changesData } from '../../../../data/changes.ts';
import { feedContext } from '../../../../data/exports.ts';
import { tracker } from '../../../../data/tracker.ts';
import { feedItems } from '../../../../lib/derive/changes.ts';
import { changesAtom, entityChangesFeed } from '../../../../lib/publish/feeds.ts';

export async function getStaticPaths() {
	return (await tracker()).corpus.entities.map((e) => ({ params: { id: e.id }, props: { name: e.data.name } }));
}

export const GET: APIRoute = async ({ params, props }) => {
	const [{ index }, t] = await Promise.all([changesData(), tracker()]);
	const items = feedItems(index.byEntity.get(params.id!) ?? [], t.corpus);
	return new Response(
		changesAtom(entityChangesFeed(params.id!, (props as { name: string }).name), items, await feedContext()),
		{
			headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
		},
	);
};
