/** /data/changes.json: every change to the record. */
import type { APIRoute } from 'astro';
import { changesData } from '../../data/changes.ts';
import { exportsData } from '../../data/exports.ts';
import { changesFile } from '../../lib/publish/changes-data.ts';

export const GET: APIRoute = async () => {
	const [{ index, log }, x] = await Promise.all([changesData(), exportsData()]);
	return new Response(
		JSON.stringify(
			changesFile(index.all, { origin: x.ctx.origin, buildDate: x.ctx.buildDate, gitHistory: log.available }),
		),
		{
			headers: { 'Content-Type': 'application/json; charset=utf-8' },
		},
	);
};
