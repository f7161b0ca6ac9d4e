/** /feeds/types/<type>.xml: every entry of one type. */
import type { APIRoute } from 'astro';
import { endpointPaths } from '../../../data/routes.ts';
import { atomFeed, typeFeed } from '../../../lib/publish/feeds.ts';
import { ENTRY_TYPES } from '../../../lib/model/schema.ts';
import { feedContextOf, feedProps } from '../../../lib/views/feed-props.ts';

export function getStaticPaths() {
	return endpointPaths(({ t, x, origin }) =>
		ENTRY_TYPES.map((type) => {
			const records = (x.views.byType.get(type) ?? []).map((e) => x.records.entryById.get(e.id)!);
			const ctx = feedProps(
				{ origin, buildDate: t.buildDate, freshness: t.freshness },
				t.corpus,
				records.flatMap((r) => r.entities.map((n) => n.id)),
			);
			return { params: { type }, props: { spec: typeFeed(type), records, ctx } };
		}),
	);
}

type Props = Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];

export const GET: APIRoute<Props> = ({ props }) =>
	new Response(atomFeed(props.spec, props.records, feedContextOf(props.ctx)), {
		headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
	});
