/** /data/changes.csv: every change to the record, one row each. */
import type { APIRoute } from 'astro';
import { changesData } from '../../data/changes.ts';
import { exportsData } from '../../data/exports.ts';
import { changeRecord, changesCsv } from '../../lib/publish/changes-data.ts';

export const GET: APIRoute = async () => {
	const [{ index }, x] = await Promise.all([changesData(), exportsData()]);
	return new Response(changesCsv(index.all.map((c) => changeRecord(c, x.ctx.origin))), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' },
	});
};
