/** /data/years/<year>.csv: the entries of one year, the same columns as entries.csv. */
import type { APIRoute } from 'astro';
import { endpointPaths } from '../../../data/routes.ts';
import { entriesCsv } from '../../../lib/publish/csv.ts';

export function getStaticPaths() {
	return endpointPaths(({ x }) =>
		[...x.views.byYear].map(([year, entries]) => ({
			params: { year: String(year) },
			props: { records: entries.map((e) => x.records.entryById.get(e.id)!) },
		})),
	);
}

type Props = Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];

export const GET: APIRoute<Props> = ({ props }) =>
	new Response(entriesCsv(props.records), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' },
	});
