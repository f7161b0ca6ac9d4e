/** /data/changes.csv: every change to the record, one row each. */
import type { APIRoute } from 'astro';
import { siteData } from '../../data/routes.ts';
import { changeRecord, changesCsv } from '../../lib/publish/changes-data.ts';

export const GET: APIRoute = async () => {
	const {
		changes: { index },
		x,
	} = await siteData();
	return new Response(changesCsv(index.all.map((c) => changeRecord(c, x.ctx.origin))), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' },
	});
};
