/** /data/entities/<id>.csv: the entries that concern one entity (its page's timeline), the same columns as entries.csv. */
import type { APIRoute } from 'astro';
import { endpointPaths } from '../../../data/routes.ts';
import { entriesCsv } from '../../../lib/publish/csv.ts';

export function getStaticPaths() {
	return endpointPaths(({ t, x }) =>
		t.corpus.entities.map((e) => ({
			params: { id: e.id },
			props: { records: (t.corpus.byEntity.get(e.id) ?? []).map((i) => x.records.entryById.get(i.entry.id)!) },
		})),
	);
}

type Props = Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];

export const GET: APIRoute<Props> = ({ props }) =>
	new Response(entriesCsv(props.records), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' },
	});
