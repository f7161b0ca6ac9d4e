/** /data/changes.json: every change to the record. */
import type { APIRoute } from 'astro';
import { siteData } from '../../data/routes.ts';
import { changesFile } from '../../lib/publish/changes-data.ts';

export const GET: APIRoute = async () => {
	const {
		changes: { index, log },
		x,
	} = await siteData();
	return new Response(
		JSON.stringify(
			changesFile(index.all, { origin: x.ctx.origin, buildDate: x.ctx.buildDate, gitHistory: log.available }),
		),
		{
			headers: { 'Content-Type': 'application/json; charset=utf-8' },
		},
	);
};
