/** /data/types/<type>.csv: the entries of one type, the same columns as entries.csv. */
import type { APIRoute } from 'astro';
import { exportsData } from '../../../data/exports.ts';
import { entriesCsv } from '../../../lib/publish/csv.ts';
import { ENTRY_TYPES, type EntryType } from '../../../lib/model/schema.ts';

export const getStaticPaths = () => ENTRY_TYPES.map((type) => ({ params: { type } }));

export const GET: APIRoute = async ({ params }) => {
	const x = await exportsData();
	const entries = x.views.byType.get(params.type as EntryType) ?? [];
	return new Response(entriesCsv(entries.map((e) => x.records.entryById.get(e.id)!)), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' },
	});
};
