/** /data/changes.csv.schema.json: the JSON Schema of one row of changes.csv. */
import type { APIRoute } from 'astro';
import { siteData } from '../../data/routes.ts';
import { changesJsonSchema } from '../../lib/publish/changes-data.ts';
import { absolute, changesSchemaUrl } from '../../lib/site/urls.ts';

export const GET: APIRoute = async () => {
	const { x } = await siteData();
	return new Response(
		JSON.stringify(changesJsonSchema('csv', absolute(changesSchemaUrl('csv'), x.ctx.origin)), null, '\t'),
		{ headers: { 'Content-Type': 'application/json; charset=utf-8' } },
	);
};
