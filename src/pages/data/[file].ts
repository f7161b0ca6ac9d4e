/** The data files and their JSON Schemas: /data/<dataset>.json, .csv, .schema.json, .csv.schema.json. */
import type { APIRoute } from 'astro';
import { exportsData } from '../../data/exports.ts';
import { ASK_COLUMNS, ENTITY_COLUMNS, ENTRY_COLUMNS, toCsv } from '../../lib/publish/csv.ts';
import { jsonSchemaOf } from '../../lib/publish/data-schemas.ts';
import { dataFile } from '../../lib/publish/records.ts';
import { absolute, dataFileUrl, DATASETS, schemaUrl, type Dataset } from '../../lib/site/urls.ts';

type Kind = 'json' | 'csv' | 'schema' | 'csv-schema';
const fileName = (d: Dataset, k: Kind): string =>
	(k === 'json'
		? dataFileUrl(d, 'json')
		: k === 'csv'
			? dataFileUrl(d, 'csv')
			: schemaUrl(d, k === 'schema' ? 'json' : 'csv')
	).replace('/data/', '');

export function getStaticPaths() {
	const kinds: Kind[] = ['json', 'csv', 'schema', 'csv-schema'];
	return DATASETS.flatMap((d) => kinds.map((k) => ({ params: { file: fileName(d, k) }, props: { d, k } })));
}

export const GET: APIRoute = async ({ props }) => {
	const { d, k } = props as { d: Dataset; k: Kind };
	const x = await exportsData();
	if (k === 'csv') {
		const body =
			d === 'entries'
				? toCsv(ENTRY_COLUMNS, x.records.entries)
				: d === 'entities'
					? toCsv(ENTITY_COLUMNS, x.records.entities)
					: toCsv(ASK_COLUMNS, x.records.asks);
		return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
	}
	const json =
		k === 'json'
			? dataFile(d, x.records[d] as unknown[], x.ctx)
			: jsonSchemaOf(
					d,
					k === 'schema' ? 'json' : 'csv',
					absolute(schemaUrl(d, k === 'schema' ? 'json' : 'csv'), x.ctx.origin),
				);
	return new Response(k === 'json' ? JSON.stringify(json) : JSON.stringify(json, null, '\t'), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
