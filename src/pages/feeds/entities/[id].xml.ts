/** /feeds/entities/<id>.xml: every entry that concerns one entity (the entries of its page). */
import type { APIRoute } from 'astro';
import { endpointPaths } from '../../../data/routes.ts';
import { atomFeed, entityFeed } from '../../../lib/publish/feeds.ts';
import { feedContextOf, feedProps } from '../../../lib/views/feed-props.ts';

export function getStaticPaths() {
	return endpointPaths(({ t, x, origin }) =>
		t.corpus.entities.map((e) => {
			const records = (t.corpus.byEntity.get(e.id) ?? []).map((i) => x.records.entryById.get(i.entry.id)!);
			const ctx = feedProps(
				{ origin, buildDate: t.buildDate, freshness: t.freshness },
				t.corpus,
				records.flatMap((r) => r.entities.map((n) => n.id)),
			);
			return { params: { id: e.id }, props: { spec: entityFeed(e.id, e.data.name), records, ctx } };
		}),
	);
}

type Props = Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];

export const GET: APIRoute<Props> = ({ props }) =>
	new Response(atomFeed(props.spec, props.records, feedContextOf(props.ctx)), {
		headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
	});
