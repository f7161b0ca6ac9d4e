/**
 * The view model of the Data page (`/data/`): row counts, the review and build dates, the
 * column dictionaries generated from the published JSON Schemas, the change log's size, the
 * record's releases, and the page's JSON-LD (a Dataset).
 */
import { dictionary, recordSchema, type DictionaryRow } from '../publish/data-dictionary.ts';
import { jsonSchemaOf } from '../publish/data-schemas.ts';
import { datasetJsonLd } from '../publish/jsonld.ts';
import type { ReleaseLink } from '../node/version.ts';
import { absolute, dataFileUrl, DATASETS, schemaUrl, type Dataset } from '../site/urls.ts';

/** What the Data page is computed from. */
export interface DataPageInput {
	counts: Record<Dataset, number>;
	/** Entry dates, oldest first (the data set's temporal coverage). */
	dates: readonly string[];
	review: { asOf: string; reviewedBy: string };
	buildDate: string;
	origin: string;
	site: { name: string; tagline: string };
	/** Changes in the change log. */
	changes: number;
	/** The record's tagged releases, linked (`releaseLinks` in src/lib/node/version.ts). */
	releases: ReleaseLink[];
	/** The commit this build shows, when known. */
	commit: string | undefined;
}

export interface DataPageView {
	counts: Record<Dataset, number>;
	review: { asOf: string; reviewedBy: string };
	buildDate: string;
	origin: string;
	changes: number;
	releases: ReleaseLink[];
	commit: string | undefined;
	/** Per data set: the CSV's columns and the JSON records' fields. */
	dictionaries: { dataset: Dataset; csv: DictionaryRow[]; json: DictionaryRow[] }[];
	jsonld: unknown;
}

/** `/data/`. */
export function dataPageView(input: DataPageInput): DataPageView {
	const { origin } = input;
	const schemaFor = (d: Dataset, f: 'json' | 'csv') => jsonSchemaOf(d, f, absolute(schemaUrl(d, f), origin));
	return {
		counts: input.counts,
		review: input.review,
		buildDate: input.buildDate,
		origin,
		changes: input.changes,
		releases: input.releases,
		commit: input.commit,
		dictionaries: DATASETS.map((d) => ({
			dataset: d,
			csv: dictionary(schemaFor(d, 'csv')),
			json: dictionary(recordSchema(schemaFor(d, 'json'))),
		})),
		jsonld: datasetJsonLd(
			{
				name: `${input.site.name}: ${input.site.tagline}`,
				description:
					'Dated, sourced entries on US policy actions on Chinese cloud companies, the entities involved, and letters\u2019 requests with their outcomes.',
				from: input.dates[0] ?? '',
				to: input.dates[input.dates.length - 1] ?? '',
				buildDate: input.buildDate,
				downloads: DATASETS.flatMap((d) => [
					{ url: absolute(dataFileUrl(d, 'csv'), origin), format: 'text/csv' },
					{ url: absolute(dataFileUrl(d, 'json'), origin), format: 'application/json' },
				]),
			},
			origin,
		),
	};
}
