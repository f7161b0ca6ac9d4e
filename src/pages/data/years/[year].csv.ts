/** /data/years/<year>.csv: the entries of one year, the same columns as entries.csv. */
import type { APIRoute } from 'astro';
import { exportsData } from '../../../data/exports.ts';
import { entriesCsv } from '../../../lib/publish/csv.ts';

export async function getStaticPaths() {
	const x = await exportsData();
	return [...x.views.byYear.keys()].map((year) => ({ params: { year: String(year) } }));
}

export const GET: APIRoute = async ({ params }) => {
	const x = await exportsData();
	const entries = x.views.byYear.get(Number(params.year)) ?? [];
	return new Response(entriesCsv(entries.map((e) => x.records.entryById.get(e.id)!)), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' },
	});
};
