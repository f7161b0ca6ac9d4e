/** /data/changes.schema.json: the JSON Schema of changes.json. */
import type { APIRoute } from 'astro';
import { exportsData } from '../../data/exports.ts';
import { changesJsonSchema } from '../../lib/publish/changes-data.ts';
import { absolute, changesSchemaUrl } from '../../lib/site/urls.ts';

export const GET: APIRoute = async () => {
	const x = await exportsData();
	return new Response(
		JSON.stringify(changesJsonSchema('json', absolute(changesSchemaUrl('json'), x.ctx.origin)), null, '\t'),
		{ headers: { 'Content-Type': 'application/json; charset=utf-8' } },
	);
};
