/**
 * The shapes of the published data files, as zod schemas derived from the content schemas in
 * `schema.ts` (same fields, same vocabularies, same id patterns), and the JSON Schemas made from
 * them with zod 4's `z.toJSONSchema`. A field the data files share with the content files keeps
 * the description written once in `schema.ts` (the same zod schema, or `sameField` where the
 * type is said another way); a field only the data files have (an id, a URL, a derived status)
 * is described here, where it is defined, and a CSV column that is not a field in `csv.ts`.
 * Every field must have one (the types below make a missing description a compile error, and a
 * test walks the published schemas).
 *
 * Where a content schema cannot be said precisely in JSON Schema, the export schema says it
 * another way: `isoDay` is a `z.preprocess` whose refinement (a real calendar day) JSON Schema
 * cannot carry, so dates here are `z.iso.date()` (format `date` and a calendar-aware pattern),
 * and web addresses are `z.url()` (format `uri`) with an http(s) pattern.
 */
import { z } from 'astro/zod';
import type { Role } from '../derive/corpus.ts';
import { ENTITY_COLUMNS, ENTRY_COLUMNS, ASK_COLUMNS, columnDescription, type Column } from './csv.ts';
import { DATA_LICENSE } from './field-docs.ts';
import { descriptionOf, fieldsOf, type JsonSchema } from '../model/fields.ts';
import {
	aliasSchema,
	answerSchema,
	askSchema,
	ASK_REF,
	bearsOnSchema,
	correctionSchema,
	designationSchema,
	ENTITY_ID,
	entityNoteSchema,
	entitySchema,
	ENTRY_ID,
	entrySchema,
	RESPONSES,
	sourceSchema,
	DATE_PRECISIONS,
	ENTRY_TYPES,
	ENTITY_KINDS,
	ASK_ACTIONS,
} from '../model/schema.ts';
import type { Dataset } from '../site/urls.ts';
import { FORCES } from '../model/vocab.ts';
import { SITE } from '../site/config.ts';
import { ASK_STATUSES, orList } from '../model/patterns.ts';

/** A calendar day, `YYYY-MM-DD`: JSON Schema `format: date` plus a pattern that knows month lengths. */
export const day = () => z.iso.date();
/** An http(s) address: zod checks it parses as a URL; JSON Schema says `format: uri` and the scheme. */
export const httpUrl = () => z.url({ protocol: /^https?$/ }).meta({ pattern: '^https?://\\S+$' });
const entityId = () => z.string().regex(ENTITY_ID);
const entryId = () => z.string().regex(ENTRY_ID);

export const ROLES = ['actor', 'subject', 'addressee', 'list'] as const satisfies readonly Role[];

/** Give every property of a shape its description; a missing one fails to compile. */
function described<S extends z.ZodRawShape>(shape: S, docs: { readonly [K in keyof S]: string }): S {
	return Object.fromEntries(
		Object.entries(shape).map(([k, s]) => [k, (s as z.ZodType).describe(docs[k as keyof S])]),
	) as unknown as S;
}

/**
 * A content field the data files keep with another type (a date as `z.iso.date()`, an address
 * as `z.url()`, a list without its default): the same field, so the same description.
 */
function sameField<T extends z.ZodType>(field: z.ZodType, as: T, name: string): T {
	return as.meta({ description: descriptionOf(field, name) });
}

/** A source in the data files: the content source, with export dates and addresses. */
function sourceRecordShape<S extends Pick<typeof sourceSchema.shape, 'url' | 'date' | 'archived'>>(shape: S) {
	return {
		...shape,
		url: sameField(shape.url, httpUrl(), 'sources[].url'),
		date: sameField(shape.date, day().optional(), 'sources[].date'),
		archived: sameField(shape.archived, httpUrl().optional(), 'sources[].archived'),
	};
}

const c = entrySchema.shape;
const sourceRecord = z.strictObject(sourceRecordShape(sourceSchema.shape));
const designationRecord = z.strictObject(designationSchema.shape);
const askRecordInEntry = z.strictObject(askSchema.shape);
const answerRecord = z.strictObject(answerSchema.shape);
const bearsOnRecord = z.strictObject(bearsOnSchema.shape);
const k = correctionSchema.shape;
const correctionRecord = z.strictObject({
	date: sameField(k.date, day(), 'corrections[].date'),
	text: sameField(k.text, z.string().min(1), 'corrections[].text'),
});
/** How an entity figures in an entry. */
const ROLES_DOC = 'How the entity figures in the entry: `actor`, `subject`, `addressee` (of a request) and/or `list`.';
const entityRole = z.strictObject(
	described({ id: entityId(), roles: z.array(z.enum(ROLES)).min(1) }, { id: 'Entity id.', roles: ROLES_DOC }),
);

/** One entry in entries.json: every frontmatter field, plus its id, URL, derived fields and text. */
export const entryRecordSchema = z
	.strictObject({
		...described(
			{ id: entryId(), url: httpUrl() },
			{
				id: 'Entry id: the file name `YYYY-MM-DD-slug`, stable; also the last part of its URL.',
				url: 'Permanent address of the entry page.',
			},
		),
		title: c.title,
		date: sameField(c.date, day(), 'date'),
		datePrecision: c.datePrecision,
		published: sameField(c.published, day().optional(), 'published'),
		type: c.type,
		...described(
			{ typeLabel: z.string().min(1), force: z.enum(FORCES) },
			{
				typeLabel: 'The type in words, as the site shows it.',
				force:
					'How much the action binds anyone: binding, official-statement, congressional-request, press-report or company-action.',
			},
		),
		actors: c.actors,
		subjects: c.subjects,
		...described(
			{ entities: z.array(entityRole) },
			{
				entities:
					'Every entity the entry concerns (actors, subjects, designated entities, lists, addressees and subjects of requests), with its roles; the entity feeds and pages use exactly this set.',
			},
		),
		designations: sameField(c.designations, z.array(designationRecord), 'designations'),
		asks: sameField(c.asks, z.array(askRecordInEntry), 'asks'),
		answers: sameField(c.answers, z.array(answerRecord), 'answers'),
		bearsOn: sameField(c.bearsOn, z.array(bearsOnRecord), 'bearsOn'),
		citation: c.citation,
		sources: sameField(c.sources, z.array(sourceRecord).min(1), 'sources'),
		summary: c.summary,
		related: c.related,
		corrections: sameField(c.corrections, z.array(correctionRecord), 'corrections'),
		unverified: c.unverified,
		tags: c.tags,
		...described(
			{ text: z.string(), lastUpdated: day().nullable() },
			{
				text: 'The narrative in plain text, in the words and punctuation the entry page shows (curly quotes and dashes included): paragraphs separated by a blank line, list items and table rows on their own lines (cells between " | "), citations as [n] (the n-th source).',
				lastUpdated:
					'Day of the last change to the entry\u2019s file in the repository\u2019s git history (YYYY-MM-DD); null (empty in CSV) when the build had no full history.',
			},
		),
	})
	.meta({ title: 'Entry', description: 'One dated action, as recorded in content/entries/<id>.mdx.' });
export type EntryRecord = z.output<typeof entryRecordSchema>;

const e = entitySchema.shape;
const listingRecord = z.strictObject(
	described(
		{
			list: entityId(),
			current: z.boolean(),
			added: day().nullable(),
			addedBy: entryId().nullable(),
			removed: day().nullable(),
			removedBy: entryId().nullable(),
		},
		{
			list: 'Entity id of the list.',
			current: 'Whether the entity is on the list now, in the tracked record.',
			added:
				'Day of the addition that put it there (the latest one, if it was removed and re-added); null if never added in the record.',
			addedBy: 'Entry id of that addition; null if none.',
			removed: 'Day it was removed, if it was; null otherwise.',
			removedBy: 'Entry id of the removal; null if none.',
		},
	),
);
const n = entityNoteSchema.shape;
const noteRecord = z.strictObject({
	date: sameField(n.date, day(), 'notes[].date'),
	datePrecision: sameField(n.datePrecision, z.enum(DATE_PRECISIONS), 'notes[].datePrecision'),
	text: sameField(n.text, z.string().min(1), 'notes[].text'),
	source: sameField(n.source, z.strictObject(sourceRecordShape(n.source.shape)), 'notes[].source'),
});
const ids = e.identifiers.unwrap().shape;

/** One entity in entities.json. */
export const entityRecordSchema = z
	.strictObject({
		...described(
			{ id: entityId(), url: httpUrl() },
			{
				id: 'Entity id: the file name, stable; also the last part of its URL.',
				url: 'Permanent address of the entity page.',
			},
		),
		name: e.name,
		shortName: e.shortName,
		kind: e.kind,
		...described({ kindLabel: z.string().min(1) }, { kindLabel: 'The kind in words, as the site shows it.' }),
		aliases: sameField(e.aliases, z.array(z.strictObject(aliasSchema.shape)), 'aliases'),
		parent: e.parent,
		country: e.country,
		description: e.description,
		role: e.role,
		identifiers: sameField(
			e.identifiers,
			z.strictObject({
				wikidata: ids.wikidata,
				opensanctions: ids.opensanctions,
				website: sameField(ids.website, httpUrl().optional(), 'identifiers.website'),
			}),
			'identifiers',
		),
		notes: sameField(e.notes, z.array(noteRecord), 'notes'),
		...described(
			{
				entryCount: z.int().min(0),
				entries: z.array(
					z.strictObject({
						id: entryId().describe('Entry id.'),
						roles: z.array(z.enum(ROLES)).min(1).describe(ROLES_DOC),
					}),
				),
				lists: z.array(listingRecord),
				feed: httpUrl(),
			},
			{
				entryCount: 'How many entries concern the entity, in any role.',
				entries: 'The entries that concern the entity, oldest first, with its roles in each.',
				lists: 'Its standing on each list it was ever designated on, derived from the designations in the entries.',
				feed: 'Atom feed of the entries that concern the entity.',
			},
		),
	})
	.meta({
		title: 'Entity',
		description:
			'A company, agency, person, outlet or list, as recorded in content/entities/<id>.yaml, with derived list standings.',
	});
export type EntityRecord = z.output<typeof entityRecordSchema>;

/** A request's status over time (status-history.ts), oldest first. */
const statusHistorySchema = z
	.array(
		z.strictObject({
			date: day().describe('The day the request took this status (the letter’s day for the first step).'),
			status: z
				.enum(ASK_STATUSES)
				.describe(
					'The status from that day: open (asked) for the first step, then acknowledged, partly-acted-on, acted-on or declined.',
				),
			entry: entryId().describe('The entry that gave it this status (the letter for the first step).'),
			inferred: z
				.boolean()
				.describe('Whether the status was inferred from a designation rather than written as an answer.'),
		}),
	)
	.min(1)
	.describe(
		'Status over time, oldest first: asked on the letter’s day, then one step for each day the status changed, derived from the dated responses.',
	);

/** One request of one letter in asks.json, with its derived status. */
export const askRecordSchema = z
	.strictObject({
		...described(
			{
				ref: z.string().regex(ASK_REF),
				url: httpUrl(),
				letter: entryId(),
				letterTitle: z.string().min(1),
				letterDate: day(),
			},
			{
				ref: 'The request\u2019s reference, `<letter-entry-id>#<ask-id>`: stable and unique.',
				url: 'Address of the request on its letter\u2019s page.',
				letter: 'Entry id of the letter that makes the request.',
				letterTitle: 'Title of that entry.',
				letterDate: 'Date of the letter (YYYY-MM-DD).',
			},
		),
		...askSchema.shape,
		...described(
			{
				sourceUrl: httpUrl(),
				status: z.enum(ASK_STATUSES),
				statusLabel: z.string().min(1),
				asOf: day(),
				daysSinceLetter: z.int(),
				responses: z.array(
					z.strictObject(
						described(
							{
								entry: entryId(),
								date: day(),
								response: z.enum(RESPONSES),
								note: z.string().nullable(),
								inferredBy: z.enum(['designation-on-named-list', 'sanction-as-sdn']).nullable(),
								covered: z.array(entityId()),
							},
							{
								entry: 'Entry id of the response.',
								date: 'Its date (YYYY-MM-DD).',
								response: `${orList(RESPONSES)}.`,
								note: 'How it answers, when the entry says so.',
								inferredBy:
									'When the response is inferred from a designation rather than written: the rule (`designation-on-named-list` or `sanction-as-sdn`); null when written.',
								covered: 'For inferred responses: the requested subjects the designation covered.',
							},
						),
					),
				),
				developments: z.array(
					z.strictObject(
						described(
							{ entry: entryId(), date: day(), note: z.string().min(1) },
							{
								entry: 'Entry id of the development.',
								date: 'Its date (YYYY-MM-DD).',
								note: 'How it bears on the request without answering it.',
							},
						),
					),
				),
			},
			{
				sourceUrl: 'URL of the source named by `source`.',
				status: `Derived status, strongest response first: ${orList(ASK_STATUSES)}. "open" means no recorded response as of \`asOf\`.`,
				statusLabel: 'The status in words, as the site shows it.',
				asOf: 'The day the status is stated as of (YYYY-MM-DD): the record\u2019s last review (content/review.yaml), not the build date.',
				daysSinceLetter: 'Whole days from the letter to `asOf` (0 when the letter is later than the review).',
				responses:
					'Later entries that respond to the request, oldest first: written answers and responses inferred from designations.',
				developments: 'Later entries that bear on the request without answering it.',
			},
		),
		statusHistory: statusHistorySchema,
	})
	.meta({ title: 'Request', description: 'One request of one letter, with its status derived from later entries.' });
export type AskRecord = z.output<typeof askRecordSchema>;

const RECORD_SCHEMAS = { entries: entryRecordSchema, entities: entityRecordSchema, asks: askRecordSchema } as const;

/** A data file: what it is, its licence, when it was built, how many records, and the records. */
function fileSchema<D extends Dataset>(dataset: D) {
	return z
		.strictObject({
			dataset: z.literal(dataset).describe('Which data set this is.'),
			title: z.string().describe('Title of the data set.'),
			publisher: z.string().describe('Who publishes it.'),
			source: httpUrl().describe('The site the data comes from.'),
			schema: httpUrl().describe('The JSON Schema this file follows.'),
			license: z.literal(DATA_LICENSE.id).describe('Licence of the data (SPDX id).'),
			licenseUrl: z.literal(DATA_LICENSE.url).describe('Text of the licence.'),
			generated: day().describe(
				'Build date (YYYY-MM-DD): when this file was written. Not the date its statuses are as of: see `asOf`.',
			),
			asOf: day().describe(
				'The record\u2019s last review (YYYY-MM-DD), from content/review.yaml: every status and list standing in this file is stated as of this day.',
			),
			reviewedBy: z.string().min(1).describe('Who last reviewed the record (a name or a role).'),
			count: z.int().min(0).describe('How many records `records` holds.'),
			records: z.array(RECORD_SCHEMAS[dataset]).describe('The records, in a stable order.'),
		})
		.meta({ title: `${SITE.name}: ${dataset}` });
}
export const entriesFileSchema = fileSchema('entries');
export const entitiesFileSchema = fileSchema('entities');
export const asksFileSchema = fileSchema('asks');
export type DataFile<R> = Omit<z.output<typeof entriesFileSchema>, 'dataset' | 'records'> & {
	dataset: Dataset;
	records: R[];
};
const FILE_SCHEMAS = { entries: entriesFileSchema, entities: entitiesFileSchema, asks: asksFileSchema } as const;

/** The zod schema of one CSV cell, from its column's format. */
export function cellSchema(col: Column<never>): z.ZodType<string> {
	const f = col.format;
	const optional = (s: z.ZodType<string>) => (col.optional ? z.union([s, z.literal('')]) : s);
	switch (f.kind) {
		case 'date':
			return optional(day());
		case 'url':
			return optional(httpUrl());
		case 'int':
			return optional(z.string().regex(/^-?\d+$/));
		case 'bool':
			return z.enum(['true', 'false']);
		case 'enum':
			return optional(z.enum(f.values as [string, ...string[]]));
		case 'ids':
			return z.string().regex(new RegExp(`^(?:${f.item}(?:;${f.item})*)?$`));
		case 'id':
			return optional(z.string().regex(new RegExp(`^${f.item}$`)));
		case 'text':
			return col.optional ? z.string() : z.string().min(1);
	}
}

/**
 * The zod schema of one CSV row (every cell a string, as a CSV parser returns it). A column
 * without its own `doc` is a field of `record` (the column's `field`, else its name) and takes
 * that field's description.
 */
export function csvRowSchema(
	columns: readonly Column<never>[],
	title: string,
	enums: Record<string, readonly string[]> = {},
	record?: z.ZodType,
) {
	const fields = new Map(
		record
			? fieldsOf(z.toJSONSchema(record, { io: 'output', unrepresentable: 'throw' }) as JsonSchema).map((f) => [
					f.path,
					f.description,
				])
			: [],
	);
	const cell = (col: Column<never>) =>
		enums[col.name] ? cellSchema({ ...col, format: { kind: 'enum', values: enums[col.name]! } }) : cellSchema(col);
	return z
		.strictObject(
			Object.fromEntries(
				columns.map((col) => [col.name, cell(col).describe(columnDescription(col, fields.get(col.field ?? col.name)))]),
			),
		)
		.meta({ title });
}
const CSV_COLUMNS = { entries: ENTRY_COLUMNS, entities: ENTITY_COLUMNS, asks: ASK_COLUMNS } as unknown as Record<
	Dataset,
	readonly Column<never>[]
>;
export const csvRowSchemas = {
	entries: csvRowSchema(
		CSV_COLUMNS.entries,
		'A row of entries.csv',
		{ type: ENTRY_TYPES, force: FORCES },
		entryRecordSchema,
	),
	entities: csvRowSchema(CSV_COLUMNS.entities, 'A row of entities.csv', { kind: ENTITY_KINDS }, entityRecordSchema),
	asks: csvRowSchema(CSV_COLUMNS.asks, 'A row of asks.csv', { action: ASK_ACTIONS }, askRecordSchema),
};

/** A JSON Schema document, as published (the walker's type, `model/fields.ts`). */
export type { JsonSchema };

/**
 * The published JSON Schema of a data file, with its own address as `$id`.
 * @param id the absolute URL it is published at
 */
export function jsonSchemaOf(dataset: Dataset, format: 'json' | 'csv', id: string): JsonSchema {
	const schema = format === 'json' ? FILE_SCHEMAS[dataset] : csvRowSchemas[dataset];
	const out = z.toJSONSchema(schema, { io: 'output', target: 'draft-2020-12', unrepresentable: 'throw' }) as JsonSchema;
	return { $schema: out.$schema, $id: id, ...out };
}
