/** /feeds/changes/lists/<id>.xml: changes of standing on one list, and corrections and updates to the entries that made them. */
import type { APIRoute } from 'astro';
import { endpointPaths } from '../../../../data/routes.ts';
import { feedItems } from '../../../../lib/derive/changes.ts';
import { changesAtom, listChangesFeed } from '../../../../lib/publish/feeds.ts';
import { feedContextOf, feedProps } from '../../../../lib/views/feed-props.ts';

export function getStaticPaths() {
	return endpointPaths(({ t, changes, origin }) => {
		const base = { origin, buildDate: t.buildDate, freshness: t.freshness };
		return t.corpus.entities
			.filter((e) => e.data.kind === 'list')
			.map((e) => ({
				params: { id: e.id },
				props: {
					spec: listChangesFeed(e.id, e.data.name),
					items: feedItems(changes.index.byList.get(e.id) ?? [], t.corpus),
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
