/** The data files and their JSON Schemas: /data/<dataset>.json, .csv, .schema.json, .csv.schema.json. */
import type { APIRoute } from 'astro';
import { endpointPaths } from '../../data/routes.ts';
import { ASK_COLUMNS, ENTITY_COLUMNS, ENTRY_COLUMNS, toCsv } from '../../lib/publish/csv.ts';
import { jsonSchemaOf } from '../../lib/publish/data-schemas.ts';
import { dataFile, type ExportContext, type Records } from '../../lib/publish/records.ts';
import { noteLastmod } from '../../lib/site/lastmod-handoff.ts';
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
	return endpointPaths(({ x }) =>
		DATASETS.flatMap((d) =>
			kinds.map((k) => ({
				params: { file: fileName(d, k) },
				props: {
					d,
					k,
					// A schema shows no record: only the data files carry them (and key on them).
					records: k === 'json' || k === 'csv' ? x.records[d] : [],
					ctx: { origin: x.ctx.origin, buildDate: x.ctx.buildDate, review: x.ctx.review },
				},
			})),
		),
	);
}

export const GET: APIRoute = ({ props }) => {
	const { d, k, records, ctx } = props as {
		d: Dataset;
		k: Kind;
		records: Records[Dataset];
		ctx: Pick<ExportContext, 'origin' | 'buildDate' | 'review'>;
	};
	if (k === 'csv') {
		const body =
			d === 'entries'
				? toCsv(ENTRY_COLUMNS, records as Records['entries'])
				: d === 'entities'
					? toCsv(ENTITY_COLUMNS, records as Records['entities'])
					: toCsv(ASK_COLUMNS, records as Records['asks']);
		return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
	}
	// The sitemap's lastmods are these records' (src/lib/site/lastmod-handoff.ts).
	if (k === 'json' && d === 'entries') noteLastmod(records as Records['entries']);
	const json =
		k === 'json'
			? dataFile(d, records as unknown[], ctx)
			: jsonSchemaOf(
					d,
					k === 'schema' ? 'json' : 'csv',
					absolute(schemaUrl(d, k === 'schema' ? 'json' : 'csv'), ctx.origin),
				);
	return new Response(k === 'json' ? JSON.stringify(json) : JSON.stringify(json, null, '\t'), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
