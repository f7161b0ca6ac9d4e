/** /lists/matrix.csv: every tracked company against every tracked list (the table on /lists/). */
import type { APIRoute } from 'astro';
import { siteData } from '../../data/routes.ts';
import { recordAsOf } from '../../lib/views/as-of.ts';
import { listMatrix, matrixCsv } from '../../lib/derive/list-status.ts';

export const GET: APIRoute = async () => {
	const { t, origin } = await siteData();
	return new Response(matrixCsv(listMatrix(t.corpus, t.designations, recordAsOf(t)), origin), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' },
	});
};
