/** `/search/names.json`: every entity name and alias (reduced) → the entity names it stands for. */
import type { APIRoute } from 'astro';
import { tracker } from '../../data/tracker.ts';
import { nameIndex } from '../../lib/search/index-terms.ts';

export const GET: APIRoute = async () => {
	const { corpus } = await tracker();
	return new Response(JSON.stringify(nameIndex(corpus.entities)), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
