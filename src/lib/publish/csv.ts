/**
 * The CSV files: their columns (name, description, format, how lists are joined) and one small
 * RFC 4180 writer. The same code builds the CSV files at build time and the "download these
 * N entries as CSV" file in the reader's browser (from entries.json), so both are identical
 * byte for byte; it imports no library and no zod, to stay small in the browser.
 *
 * Conventions: UTF-8 without byte-order mark, comma-separated, CRLF between records, a header
 * row, every field quoted only when needed (a comma, quote, CR or LF inside). Lists of ids and
 * codes are joined with `;`; lists of free text, names and URLs with a line break inside the cell.
 * Absent values are empty cells. Booleans are `true`/`false`. A cell that starts with `=`, `+`,
 * `-`, `@`, a tab or a carriage return starts with a single quote (`'`), so that no spreadsheet
 * runs it as a formula (`neutralizeCell`).
 */
import type { AskRecord, EntityRecord, EntryRecord } from './data-schemas.ts';
import { CSV_JOINS } from './field-docs.ts';
import {
	ASK_STATUSES,
	DATE_PRECISIONS,
	ENTRY_ID_PATTERN,
	ID_PATTERN,
	RESPONSE_PATTERN,
	RESPONSES,
} from '../model/patterns.ts';

/** What a cell holds, for its JSON Schema and the dictionary. `item` is a regex source. */
export type CellFormat =
	| { kind: 'text' | 'date' | 'url' | 'int' | 'bool' }
	| { kind: 'enum'; values: readonly string[] }
	| { kind: 'id' | 'ids'; item: string };

/**
 * One column. A column that is a field of the data file's record (`id`, `title`, `actors`) has
 * no `doc`: it takes the field's description (written once, in `model/schema.ts` or
 * `data-schemas.ts`), with how a list is joined in the cell. A column made here, from one or
 * more fields (`designations` as "<entity> <action> <list>", `sourceUrls`), is described here,
 * in `doc`, once.
 */
export interface Column<R> {
	name: string;
	/** The whole description of a column that is not a record field. */
	doc?: string;
	/** The record field a column without `doc` is, when its name differs (`identifiers.wikidata`). */
	field?: string;
	format: CellFormat;
	/** May be empty. */
	optional?: boolean;
	/** A list of text put one item per line in the cell (lists of ids are `format.kind` `ids`). */
	lines?: boolean;
	value: (r: R) => string;
}

const ID = ID_PATTERN;
const ENTRY = ENTRY_ID_PATTERN;
const REF = `${ENTRY}#${ID}`;
const ids = (xs: readonly string[]): string => xs.join(CSV_JOINS.ids);
const lines = (xs: readonly string[]): string => xs.map((x) => x.replace(/\s*[\r\n]+\s*/g, ' ')).join(CSV_JOINS.text);
const opt = (x: string | null | undefined): string => x ?? '';
const JOIN_IDS = ' Several are joined with ";".';
const JOIN_LINES = ' Several are put one per line inside the cell.';

/**
 * What the dictionary and the JSON Schema say of a column: its `doc`, or else the description
 * of the record field it is (`fieldDescription`) and how a list is joined in the cell.
 */
export function columnDescription(col: Column<never>, fieldDescription: string | undefined): string {
	if (col.doc !== undefined) return col.doc;
	if (!fieldDescription)
		throw new Error(`CSV column ${col.name}: no description. Give it a doc, or name the record field it is (field).`);
	return fieldDescription + (col.format.kind === 'ids' ? JOIN_IDS : col.lines ? JOIN_LINES : '');
}

/** entries.csv: one row per entry. The filtered CSVs (per type, year, entity, search) use the same columns. */
export const ENTRY_COLUMNS: readonly Column<EntryRecord>[] = [
	{ name: 'id', format: { kind: 'id', item: ENTRY }, value: (r) => r.id },
	{ name: 'url', format: { kind: 'url' }, value: (r) => r.url },
	{ name: 'title', format: { kind: 'text' }, value: (r) => r.title },
	{ name: 'date', format: { kind: 'date' }, value: (r) => r.date },
	{
		name: 'datePrecision',
		format: { kind: 'enum', values: [...DATE_PRECISIONS] },
		value: (r) => r.datePrecision,
	},
	{
		name: 'published',
		format: { kind: 'date' },
		optional: true,
		value: (r) => opt(r.published),
	},
	{ name: 'type', format: { kind: 'id', item: ID }, value: (r) => r.type },
	{ name: 'typeLabel', format: { kind: 'text' }, value: (r) => r.typeLabel },
	{ name: 'force', format: { kind: 'id', item: ID }, value: (r) => r.force },
	{ name: 'actors', format: { kind: 'ids', item: ID }, value: (r) => ids(r.actors) },
	{
		name: 'subjects',
		format: { kind: 'ids', item: ID },
		value: (r) => ids(r.subjects),
	},
	{
		name: 'entities',
		doc: 'Entity ids of every entity the entry concerns, in any role (see entries.json for the roles).' + JOIN_IDS,
		format: { kind: 'ids', item: ID },
		value: (r) => ids(r.entities.map((x) => x.id)),
	},
	{
		name: 'designations',
		doc:
			'Designations as "<entity> <action> <list>" (entity and list ids; action added, removed or revised), e.g. "huawei-cloud added entity-list"; notes are in entries.json.' +
			JOIN_IDS,
		format: { kind: 'ids', item: `${ID} (?:added|removed|revised) ${ID}` },
		value: (r) => ids(r.designations.map((g) => `${g.entity} ${g.action} ${g.list}`)),
	},
	{
		name: 'asks',
		doc:
			'References of the requests this letter makes, as "<entry-id>#<ask-id>"; their text and status are in asks.csv.' +
			JOIN_IDS,
		format: { kind: 'ids', item: REF },
		value: (r) => ids(r.asks.map((a) => `${r.id}#${a.id}`)),
	},
	{
		name: 'answers',
		doc: `Requests this entry answers, as "<entry-id>#<ask-id> <response>" (${RESPONSES.join(', ')}).` + JOIN_IDS,
		format: { kind: 'ids', item: `${REF} ${RESPONSE_PATTERN}` },
		value: (r) => ids(r.answers.map((a) => `${a.ask} ${a.response}`)),
	},
	{
		name: 'bearsOn',
		doc: 'Requests this entry bears on without answering them, as "<entry-id>#<ask-id>".' + JOIN_IDS,
		format: { kind: 'ids', item: REF },
		value: (r) => ids(r.bearsOn.map((b) => b.ask)),
	},
	{
		name: 'citation',
		format: { kind: 'ids', item: '[A-Za-z0-9 .§()-]+' },
		value: (r) => ids(r.citation),
	},
	{
		name: 'sourceUrls',
		doc: 'URLs of the sources, in order (the n-th is cited as [n] in `text`).' + JOIN_LINES,
		format: { kind: 'text' },
		value: (r) => lines(r.sources.map((s) => s.url)),
	},
	{
		name: 'sourceTitles',
		doc: 'Titles of the sources, in the same order as `sourceUrls`.' + JOIN_LINES,
		format: { kind: 'text' },
		value: (r) => lines(r.sources.map((s) => s.title)),
	},
	{
		name: 'sourcePublishers',
		doc: 'Publishers of the sources, in the same order.' + JOIN_LINES,
		format: { kind: 'text' },
		value: (r) => lines(r.sources.map((s) => s.publisher)),
	},
	{ name: 'summary', format: { kind: 'text' }, value: (r) => r.summary },
	{
		name: 'related',
		format: { kind: 'ids', item: ENTRY },
		value: (r) => ids(r.related),
	},
	{
		name: 'corrections',
		doc: 'Dated corrections, each as "YYYY-MM-DD: text".' + JOIN_LINES,
		format: { kind: 'text' },
		optional: true,
		value: (r) => lines(r.corrections.map((x) => `${x.date}: ${x.text}`)),
	},
	{
		name: 'unverified',
		lines: true,
		format: { kind: 'text' },
		optional: true,
		value: (r) => lines(r.unverified),
	},
	{ name: 'tags', format: { kind: 'ids', item: ID }, value: (r) => ids(r.tags) },
	{ name: 'text', format: { kind: 'text' }, optional: true, value: (r) => r.text },
	{
		name: 'lastUpdated',
		format: { kind: 'date' },
		optional: true,
		value: (r) => opt(r.lastUpdated),
	},
];

/** entities.csv: one row per entity. */
export const ENTITY_COLUMNS: readonly Column<EntityRecord>[] = [
	{ name: 'id', format: { kind: 'id', item: ID }, value: (r) => r.id },
	{ name: 'url', format: { kind: 'url' }, value: (r) => r.url },
	{ name: 'name', format: { kind: 'text' }, value: (r) => r.name },
	{
		name: 'shortName',
		format: { kind: 'text' },
		optional: true,
		value: (r) => opt(r.shortName),
	},
	{ name: 'kind', format: { kind: 'id', item: ID }, value: (r) => r.kind },
	{ name: 'kindLabel', format: { kind: 'text' }, value: (r) => r.kindLabel },
	{
		name: 'parent',
		format: { kind: 'id', item: ID },
		optional: true,
		value: (r) => opt(r.parent),
	},
	{
		name: 'country',
		format: { kind: 'id', item: '[A-Z]{2}' },
		optional: true,
		value: (r) => opt(r.country),
	},
	{ name: 'description', format: { kind: 'text' }, value: (r) => r.description },
	{ name: 'role', format: { kind: 'text' }, optional: true, value: (r) => opt(r.role) },
	{
		name: 'aliases',
		doc: 'Other names, each as "name (language)", e.g. "华为云 (zh-Hans)".' + JOIN_LINES,
		format: { kind: 'text' },
		optional: true,
		value: (r) => lines(r.aliases.map((a) => `${a.name} (${a.lang})`)),
	},
	{
		name: 'wikidata',
		field: 'identifiers.wikidata',
		format: { kind: 'id', item: 'Q\\d+' },
		optional: true,
		value: (r) => opt(r.identifiers.wikidata),
	},
	{
		name: 'opensanctions',
		field: 'identifiers.opensanctions',
		format: { kind: 'text' },
		optional: true,
		value: (r) => opt(r.identifiers.opensanctions),
	},
	{
		name: 'website',
		field: 'identifiers.website',
		format: { kind: 'url' },
		optional: true,
		value: (r) => opt(r.identifiers.website),
	},
	{ name: 'entryCount', format: { kind: 'int' }, value: (r) => String(r.entryCount) },
	{
		name: 'currentLists',
		doc: 'Entity ids of the lists it is on now, in the tracked record.' + JOIN_IDS,
		format: { kind: 'ids', item: ID },
		value: (r) => ids(r.lists.filter((l) => l.current).map((l) => l.list)),
	},
	{
		name: 'formerLists',
		doc: 'Entity ids of the lists it was removed from and is not on now.' + JOIN_IDS,
		format: { kind: 'ids', item: ID },
		value: (r) => ids(r.lists.filter((l) => !l.current && l.removed).map((l) => l.list)),
	},
	{ name: 'feed', format: { kind: 'url' }, value: (r) => r.feed },
];

/** asks.csv: one row per request of a letter. */
export const ASK_COLUMNS: readonly Column<AskRecord>[] = [
	{ name: 'ref', format: { kind: 'id', item: REF }, value: (r) => r.ref },
	{ name: 'url', format: { kind: 'url' }, value: (r) => r.url },
	{ name: 'letter', format: { kind: 'id', item: ENTRY }, value: (r) => r.letter },
	{ name: 'letterDate', format: { kind: 'date' }, value: (r) => r.letterDate },
	{ name: 'letterTitle', format: { kind: 'text' }, value: (r) => r.letterTitle },
	{ name: 'id', format: { kind: 'id', item: ID }, value: (r) => r.id },
	{ name: 'request', format: { kind: 'text' }, value: (r) => r.request },
	{ name: 'quoted', format: { kind: 'bool' }, value: (r) => String(r.quoted) },
	{ name: 'action', format: { kind: 'id', item: ID }, value: (r) => r.action },
	{
		name: 'addressees',
		format: { kind: 'ids', item: ID },
		value: (r) => ids(r.addressees),
	},
	{
		name: 'subjects',
		format: { kind: 'ids', item: ID },
		value: (r) => ids(r.subjects),
	},
	{
		name: 'list',
		format: { kind: 'id', item: ID },
		optional: true,
		value: (r) => opt(r.list),
	},
	{
		name: 'status',
		format: { kind: 'enum', values: [...ASK_STATUSES] },
		value: (r) => r.status,
	},
	{ name: 'asOf', format: { kind: 'date' }, value: (r) => r.asOf },
	{
		name: 'daysSinceLetter',
		format: { kind: 'int' },
		value: (r) => String(r.daysSinceLetter),
	},
	{
		name: 'responses',
		doc:
			'Responses, oldest first, as "<entry-id> <response>"; inferred ones end in " (inferred)". Details in asks.json.' +
			JOIN_IDS,
		format: { kind: 'ids', item: `${ENTRY} ${RESPONSE_PATTERN}(?: \\(inferred\\))?` },
		value: (r) => ids(r.responses.map((x) => `${x.entry} ${x.response}${x.inferredBy ? ' (inferred)' : ''}`)),
	},
	{
		name: 'developments',
		doc: 'Entry ids of developments that bear on the request without answering it.' + JOIN_IDS,
		format: { kind: 'ids', item: ENTRY },
		value: (r) => ids(r.developments.map((d) => d.entry)),
	},
	{
		name: 'source',
		format: { kind: 'id', item: '[a-z][a-z0-9-]*' },
		value: (r) => r.source,
	},
	{ name: 'sourceUrl', format: { kind: 'url' }, value: (r) => r.sourceUrl },
];

/** What a spreadsheet reads as the start of a formula (OWASP, "CSV Injection"). */
export const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell that a spreadsheet will not run: one starting with `=`, `+`, `-`, `@`, a tab or a
 * carriage return gets a single quote in front (OWASP's rule), which Excel, LibreOffice and
 * Google Sheets show as text. No id, date or number of the tracker starts with one of them, so
 * only text (a title, a name, a summary) can ever carry the quote.
 * @example neutralizeCell('=HYPERLINK("http://x")') // '\'=HYPERLINK("http://x")'
 */
export function neutralizeCell(value: string): string {
	return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * One CSV field: neutralized for spreadsheets, then quoted when it holds a comma, a quote or a
 * line break (RFC 4180).
 * @example csvField('a "b", c') // '"a ""b"", c"'
 */
export function csvField(raw: string): string {
	const value = neutralizeCell(raw);
	return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Rows already written, by column set and record: an entry is a row of entries.csv, of its
 * year's and its type's CSV and of the CSV of every entity it concerns, and the build writes
 * each row once (records are not changed once built, so the same record gives the same row).
 */
const rowCache = new WeakMap<readonly Column<never>[], WeakMap<object, string>>();

/** One CSV row of a record, CRLF-terminated. */
function csvRow<R>(columns: readonly Column<R>[], r: R): string {
	if (typeof r !== 'object' || r === null) return columns.map((c) => csvField(c.value(r))).join(',') + '\r\n';
	let rows = rowCache.get(columns as readonly Column<never>[]);
	if (!rows) rowCache.set(columns as readonly Column<never>[], (rows = new WeakMap()));
	let row = rows.get(r);
	if (row === undefined) rows.set(r, (row = columns.map((c) => csvField(c.value(r))).join(',') + '\r\n'));
	return row;
}

/** A whole CSV file: the header row, then one row per record, CRLF after each. */
export function toCsv<R>(columns: readonly Column<R>[], records: Iterable<R>): string {
	let out = columns.map((c) => csvField(c.name)).join(',') + '\r\n';
	for (const r of records) out += csvRow(columns, r);
	return out;
}

/** entries.csv (or any subset of it) from entry records. */
export const entriesCsv = (records: Iterable<EntryRecord>): string => toCsv(ENTRY_COLUMNS, records);
