/**
 * The conventions of the published data files that the browser's CSV builder needs too (plain
 * values, no zod): how list cells are joined and the licence. The descriptions of the fields
 * are not here: each is written once, on the field (`model/schema.ts` for the fields of the
 * content files, `data-schemas.ts` for the fields only the data files have, `csv.ts` for the
 * CSV columns made from fields).
 */

/** How list cells are joined in the CSV files. */
export const CSV_JOINS = {
	/** Lists of ids and codes (which can never contain a semicolon). */
	ids: ';',
	/** Lists of free text, names and URLs: one item per line inside the cell. */
	text: '\n',
} as const;

/** The licence of the data. */
export const DATA_LICENSE = {
	id: 'CC-BY-4.0',
	name: 'Creative Commons Attribution 4.0 International',
	url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;
