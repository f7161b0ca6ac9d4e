/** /feeds/changes/entities/<id>.xml: every change that concerns one entity, corrections to old entries included. */
import type { APIRoute } from 'astro';
import { endpointPaths } from '../../../../data/routes.ts';
import { feedItems } from '../../../../lib/derive/changes.ts';
import { changesAtom, entityChangesFeed } from '../../../../lib/publish/feeds.ts';
import { feedContextOf, feedProps } from '../../../../lib/views/feed-props.ts';

export function getStaticPaths() {
	return endpointPaths(({ t, changes, origin }) => {
		const base = { origin, buildDate: t.buildDate, freshness: t.freshness };
		return t.corpus.entities.map((e) => ({
			params: { id: e.id },
			props: {
				spec: entityChangesFeed(e.id, e.data.name),
				items: feedItems(changes.index.byEntity.get(e.id) ?? [], t.corpus),
				// Change feeds name no entity by the context (their items carry their titles).
				ctx: feedProps(base, t.corpus, []),
			},
		}));
	});
}

type Props = Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];

export const GET: APIRoute<Props> = ({ props }) =>
	new Response(changesAtom(props.spec, props.items, feedContextOf(props.ctx)), {
		headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
	});
