/** /data/entities/<id>.csv: the entries that concern one entity (its page's timeline), the same columns as entries.csv. */
import type { APIRoute } from 'astro';
import { exportsData } from '../../../data/exports.ts';
import { tracker } from '../../../data/tracker.ts';
import { entriesCsv } from '../../../lib/publish/csv.ts';

export async function getStaticPaths() {
	return (await tracker()).corpus.entities.map((e) => ({ params: { id: e.id } }));
}

export const GET: APIRoute = async ({ params }) => {
	const [t, x] = await Promise.all([tracker(), exportsData()]);
	const items = t.corpus.byEntity.get(params.id!) ?? [];
	return new Response(entriesCsv(items.map((i) => x.records.entryById.get(i.entry.id)!)), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' },
	});
};
