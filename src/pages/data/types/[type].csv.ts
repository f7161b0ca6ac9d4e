/** /data/types/<type>.csv: the entries of one type, the same columns as entries.csv. */
import type { APIRoute } from 'astro';
import { endpointPaths } from '../../../data/routes.ts';
import { entriesCsv } from '../../../lib/publish/csv.ts';
import { ENTRY_TYPES } from '../../../lib/model/schema.ts';

export function getStaticPaths() {
	return endpointPaths(({ x }) =>
		ENTRY_TYPES.map((type) => ({
			params: { type },
			props: { records: (x.views.byType.get(type) ?? []).map((e) => x.records.entryById.get(e.id)!) },
		})),
	);
}

type Props = Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];

export const GET: APIRoute<Props> = ({ props }) =>
	new Response(entriesCsv(props.records), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' },
	});
