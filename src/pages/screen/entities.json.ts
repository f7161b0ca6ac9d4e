/** `/screen/entities.json`: the name check's data (see src/lib/search/screen-data.ts), fetched by the page on first use. */
import type { APIRoute } from 'astro';
import { tracker } from '../../data/tracker.ts';
import { screenData } from '../../lib/search/screen-data.ts';

export const GET: APIRoute = async () => {
	const { corpus, designations, buildDate } = await tracker();
	return new Response(JSON.stringify(screenData(corpus, designations, buildDate)), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
