/**
 * The shapes of the published data files, as zod schemas derived from the content schemas in
 * `schema.ts` (same fields, same vocabularies, same id patterns), and the JSON Schemas made from
 * them with zod 4's `z.toJSONSchema`. Descriptions come from `field-docs.ts`; every field must
 * have one (the types below make a missing description a compile error).
 *
 * Where a content schema cannot be said precisely in JSON Schema, the export schema says it
 * another way: `isoDay` is a `z.preprocess` whose refinement (a real calendar day) JSON Schema
 * cannot carry, so dates here are `z.iso.date()` (format `date` and a calendar-aware pattern),
 * and web addresses are `z.url()` (format `uri`) with an http(s) pattern.
 */
import { z } from 'astro/zod';
import type { Role } from '../derive/corpus.ts';
import { ENTITY_COLUMNS, ENTRY_COLUMNS, ASK_COLUMNS, type Column } from './csv.ts';
import {
	ALIAS_DOCS,
	ANSWER_DOCS,
	ASK_DEVELOPMENT_DOCS,
	ASK_DOCS,
	ASK_RECORD_DOCS,
	ASK_RESPONSE_DOCS,
	BEARS_ON_DOCS,
	CORRECTION_DOCS,
	DATA_LICENSE,
	DESIGNATION_DOCS,
	ENTITY_DOCS,
	ENTITY_ROLE_DOCS,
	ENTRY_DOCS,
	IDENTIFIER_DOCS,
	LISTING_DOCS,
	NOTE_DOCS,
	SOURCE_DOCS,
} from './field-docs.ts';
import {
	aliasSchema,
	answerSchema,
	askSchema,
	ASK_REF,
	bearsOnSchema,
	designationSchema,
	ENTITY_ID,
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

/** A calendar day, `YYYY-MM-DD`: JSON Schema `format: date` plus a pattern that knows month lengths. */
export const day = () => z.iso.date();
/** An http(s) address: zod checks it parses as a URL; JSON Schema says `format: uri` and the scheme. */
export const httpUrl = () => z.url({ protocol: /^https?$/ }).meta({ pattern: '^https?://\\S+$' });
const entityId = () => z.string().regex(ENTITY_ID);
const entryId = () => z.string().regex(ENTRY_ID);

export const ROLES = ['actor', 'subject', 'addressee', 'list'] as const satisfies readonly Role[];
export const ASK_STATUSES = ['open', ...RESPONSES] as const;

/** Give every property of a shape its description; a missing one fails to compile. */
function described<S extends z.ZodRawShape>(shape: S, docs: { readonly [K in keyof S]: string }): S {
	return Object.fromEntries(
		Object.entries(shape).map(([k, s]) => [k, (s as z.ZodType).describe(docs[k as keyof S])]),
	) as unknown as S;
}

const c = entrySchema.shape;
const sourceRecord = z.strictObject(
	described(
		{ ...sourceSchema.shape, url: httpUrl(), date: day().optional(), archived: httpUrl().optional() },
		SOURCE_DOCS,
	),
);
const designationRecord = z.strictObject(described(designationSchema.shape, DESIGNATION_DOCS));
const askRecordInEntry = z.strictObject(described(askSchema.shape, ASK_DOCS));
const answerRecord = z.strictObject(described(answerSchema.shape, ANSWER_DOCS));
const bearsOnRecord = z.strictObject(described(bearsOnSchema.shape, BEARS_ON_DOCS));
const correctionRecord = z.strictObject(described({ date: day(), text: z.string().min(1) }, CORRECTION_DOCS));
const entityRole = z.strictObject(
	described({ id: entityId(), roles: z.array(z.enum(ROLES)).min(1) }, ENTITY_ROLE_DOCS),
);

/** One entry in entries.json: every frontmatter field, plus its id, URL, derived fields and text. */
export const entryRecordSchema = z
	.strictObject(
		described(
			{
				id: entryId(),
				url: httpUrl(),
				title: c.title,
				date: day(),
				datePrecision: c.datePrecision,
				published: day().optional(),
				type: c.type,
				typeLabel: z.string().min(1),
				force: z.enum(FORCES),
				actors: c.actors,
				subjects: c.subjects,
				entities: z.array(entityRole),
				designations: z.array(designationRecord),
				asks: z.array(askRecordInEntry),
				answers: z.array(answerRecord),
				bearsOn: z.array(bearsOnRecord),
				citation: c.citation,
				sources: z.array(sourceRecord).min(1),
				summary: c.summary,
				related: c.related,
				corrections: z.array(correctionRecord),
				unverified: c.unverified,
				tags: c.tags,
				text: z.string(),
				lastUpdated: day().nullable(),
			},
			ENTRY_DOCS,
		),
	)
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
		LISTING_DOCS,
	),
);
const NOTE_SOURCE_DOCS = {
	title: SOURCE_DOCS.title,
	publisher: SOURCE_DOCS.publisher,
	url: SOURCE_DOCS.url,
	date: SOURCE_DOCS.date,
	kind: SOURCE_DOCS.kind,
	archived: SOURCE_DOCS.archived,
	note: SOURCE_DOCS.note,
};
const noteRecord = z.strictObject(
	described(
		{
			date: day(),
			datePrecision: z.enum(DATE_PRECISIONS),
			text: z.string().min(1),
			source: z.strictObject(
				described(
					{
						...sourceSchema.omit({ key: true }).shape,
						url: httpUrl(),
						date: day().optional(),
						archived: httpUrl().optional(),
					},
					NOTE_SOURCE_DOCS,
				),
			),
		},
		NOTE_DOCS,
	),
);

/** One entity in entities.json. */
export const entityRecordSchema = z
	.strictObject(
		described(
			{
				id: entityId(),
				url: httpUrl(),
				name: e.name,
				shortName: e.shortName,
				kind: e.kind,
				kindLabel: z.string().min(1),
				aliases: z.array(z.strictObject(described(aliasSchema.shape, ALIAS_DOCS))),
				parent: e.parent,
				country: e.country,
				description: e.description,
				role: e.role,
				identifiers: z.strictObject(
					described(
						{
							wikidata: e.identifiers.unwrap().shape.wikidata,
							opensanctions: e.identifiers.unwrap().shape.opensanctions,
							website: httpUrl().optional(),
						},
						IDENTIFIER_DOCS,
					),
				),
				notes: z.array(noteRecord),
				entryCount: z.int().min(0),
				entries: z.array(
					z.strictObject({
						id: entryId().describe('Entry id.'),
						roles: z.array(z.enum(ROLES)).min(1).describe(ENTITY_ROLE_DOCS.roles),
					}),
				),
				lists: z.array(listingRecord),
				feed: httpUrl(),
			},
			ENTITY_DOCS,
		),
	)
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
				...askSchema.shape,
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
							ASK_RESPONSE_DOCS,
						),
					),
				),
				developments: z.array(
					z.strictObject(described({ entry: entryId(), date: day(), note: z.string().min(1) }, ASK_DEVELOPMENT_DOCS)),
				),
			},
			ASK_RECORD_DOCS,
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

/** The zod schema of one CSV row (every cell a string, as a CSV parser returns it). */
export function csvRowSchema(
	columns: readonly Column<never>[],
	title: string,
	enums: Record<string, readonly string[]> = {},
) {
	const cell = (col: Column<never>) =>
		enums[col.name] ? cellSchema({ ...col, format: { kind: 'enum', values: enums[col.name]! } }) : cellSchema(col);
	return z
		.strictObject(Object.fromEntries(columns.map((col) => [col.name, cell(col).describe(col.doc)])))
		.meta({ title });
}
const CSV_COLUMNS = { entries: ENTRY_COLUMNS, entities: ENTITY_COLUMNS, asks: ASK_COLUMNS } as unknown as Record<
	Dataset,
	readonly Column<never>[]
>;
export const csvRowSchemas = {
	entries: csvRowSchema(CSV_COLUMNS.entries, 'A row of entries.csv', { type: ENTRY_TYPES, force: FORCES }),
	entities: csvRowSchema(CSV_COLUMNS.entities, 'A row of entities.csv', { kind: ENTITY_KINDS }),
	asks: csvRowSchema(CSV_COLUMNS.asks, 'A row of asks.csv', { action: ASK_ACTIONS }),
};

/** A JSON Schema document, as published. */
export type JsonSchema = Record<string, unknown> & { properties?: Record<string, JsonSchema>; description?: string };

/**
 * The published JSON Schema of a data file, with its own address as `$id`.
 * @param id the absolute URL it is published at
 */
export function jsonSchemaOf(dataset: Dataset, format: 'json' | 'csv', id: string): JsonSchema {
	const schema = format === 'json' ? FILE_SCHEMAS[dataset] : csvRowSchemas[dataset];
	const out = z.toJSONSchema(schema, { io: 'output', target: 'draft-2020-12', unrepresentable: 'throw' }) as JsonSchema;
	return { $schema: out.$schema, $id: id, ...out };
}
