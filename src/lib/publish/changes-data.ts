/**
 * The change log as data: /data/changes.json (with its JSON Schema, from zod like the other
 * data files) and /data/changes.csv (one row per change, same fields; lists joined with `;`).
 * CSV cells that a spreadsheet would run as a formula get a leading apostrophe from the shared
 * writer (csv.ts `toCsv`, `neutralizeCell`).
 */
import { z } from 'astro/zod';
import { CHANGE_KIND_LABELS, CHANGE_KINDS, DATE_SOURCES, type Change } from '../derive/changes.ts';
import { csvRowSchema, day, httpUrl, type JsonSchema } from './data-schemas.ts';
import { toCsv, type Column } from './csv.ts';
import { DATA_LICENSE } from './field-docs.ts';
import { ASK_REF, ENTITY_ID, ENTRY_ID } from '../model/schema.ts';
import { absolute, changesSchemaUrl, homeUrl } from '../site/urls.ts';

const DOCS = {
	id: 'Stable id of the change: kind, what it concerns, date (and a counter for repeats the same day).',
	date: 'When it changed (YYYY-MM-DD). Entries added: the first commit of the file, or the entry’s own date when there is no git history (see dateFrom); corrections: their own date; standings and request statuses: the date of the entry that changed them.',
	kind: 'What kind of change: entry-added, entry-corrected, entry-updated, entity-added, entity-updated, standing (a list standing), ask-status (a request’s status).',
	kindLabel: 'The kind in words, as the site shows it.',
	title: 'What it concerns: the entry’s title, the entity’s name, or the request.',
	text: 'What changed, in words.',
	url: 'The page that shows it.',
	entry: 'The entry concerned (empty for changes to an entity’s file).',
	entity: 'The entity whose file changed (only for entity-added and entity-updated).',
	entities: 'Every entity the change concerns (the entity feeds follow these).',
	lists: 'Every list the change concerns.',
	ask: 'The request whose status changed, as <entry-id>#<ask-id> (only for ask-status).',
	dateFrom:
		'Where the date comes from: git (a commit), entry-date (the entry’s own date, for lack of git history), correction (the correction’s date) or entry (the date of the entry that made the change).',
	commit: 'The commit, for changes read from git.',
} as const;

const entityId = () => z.string().regex(ENTITY_ID);

/** One change in changes.json. */
export const changeRecordSchema = z
	.strictObject({
		id: z.string().min(1).describe(DOCS.id),
		date: day().describe(DOCS.date),
		kind: z.enum(CHANGE_KINDS).describe(DOCS.kind),
		kindLabel: z.string().min(1).describe(DOCS.kindLabel),
		title: z.string().min(1).describe(DOCS.title),
		text: z.string().min(1).describe(DOCS.text),
		url: httpUrl().describe(DOCS.url),
		entry: z.string().regex(ENTRY_ID).nullable().describe(DOCS.entry),
		entity: entityId().nullable().describe(DOCS.entity),
		entities: z.array(entityId()).describe(DOCS.entities),
		lists: z.array(entityId()).describe(DOCS.lists),
		ask: z.string().regex(ASK_REF).nullable().describe(DOCS.ask),
		dateFrom: z.enum(DATE_SOURCES).describe(DOCS.dateFrom),
		commit: z
			.string()
			.regex(/^[0-9a-f]{7,64}$/)
			.nullable()
			.describe(DOCS.commit),
	})
	.meta({ title: 'Change', description: 'One change to the record.' });
export type ChangeRecord = z.output<typeof changeRecordSchema>;

export const changesFileSchema = z
	.strictObject({
		dataset: z.literal('changes').describe('Which data set this is.'),
		title: z.string().describe('Title of the data set.'),
		publisher: z.string().describe('Who publishes it.'),
		source: httpUrl().describe('The site the data comes from.'),
		schema: httpUrl().describe('The JSON Schema this file follows.'),
		license: z.literal(DATA_LICENSE.id).describe('Licence of the data (SPDX id).'),
		licenseUrl: z.literal(DATA_LICENSE.url).describe('Text of the licence.'),
		generated: day().describe('Build date (YYYY-MM-DD): the data is as of this day.'),
		gitHistory: z
			.boolean()
			.describe(
				'Whether the build read the git history (without it, entries added are dated by their own date and updates from git are missing).',
			),
		count: z.int().min(0).describe('How many records `records` holds.'),
		records: z.array(changeRecordSchema).describe('Every change, newest first.'),
	})
	.meta({ title: 'China Cloud Policy Tracker: changes' });

/** The record of a change. */
export const changeRecord = (c: Change, origin: string): ChangeRecord => ({
	id: c.id,
	date: c.date,
	kind: c.kind,
	kindLabel: CHANGE_KIND_LABELS[c.kind],
	title: c.title,
	text: c.text,
	url: absolute(c.path, origin),
	entry: c.entry,
	entity: c.entity,
	entities: c.entities,
	lists: c.lists,
	ask: c.ask,
	dateFrom: c.dateFrom,
	commit: c.commit,
});

/** changes.json. */
export function changesFile(
	changes: readonly Change[],
	ctx: { origin: string; buildDate: string; gitHistory: boolean },
) {
	const records = changes.map((c) => changeRecord(c, ctx.origin));
	return {
		dataset: 'changes' as const,
		title: 'US policy actions on Chinese cloud companies: every change to the record',
		publisher: 'China Cloud Policy Tracker',
		source: absolute(homeUrl(), ctx.origin),
		schema: absolute(changesSchemaUrl('json'), ctx.origin),
		license: DATA_LICENSE.id,
		licenseUrl: DATA_LICENSE.url,
		generated: ctx.buildDate,
		gitHistory: ctx.gitHistory,
		count: records.length,
		records,
	};
}

const ID = '[a-z0-9]+(?:-[a-z0-9]+)*';
const ENTRY = `\\d{4}-\\d{2}-\\d{2}-${ID}`;
const ids = (xs: readonly string[]): string => xs.join(';');

/** changes.csv: one row per change. */
export const CHANGE_COLUMNS: readonly Column<ChangeRecord>[] = [
	{ name: 'id', doc: DOCS.id, format: { kind: 'text' }, value: (r) => r.id },
	{ name: 'date', doc: DOCS.date, format: { kind: 'date' }, value: (r) => r.date },
	{ name: 'kind', doc: DOCS.kind, format: { kind: 'enum', values: CHANGE_KINDS }, value: (r) => r.kind },
	{ name: 'kindLabel', doc: DOCS.kindLabel, format: { kind: 'text' }, value: (r) => r.kindLabel },
	{ name: 'title', doc: DOCS.title, format: { kind: 'text' }, value: (r) => r.title },
	{ name: 'text', doc: DOCS.text, format: { kind: 'text' }, value: (r) => r.text.replace(/\s*[\r\n]+\s*/g, ' ') },
	{ name: 'url', doc: DOCS.url, format: { kind: 'url' }, value: (r) => r.url },
	{ name: 'entry', doc: DOCS.entry, format: { kind: 'id', item: ENTRY }, optional: true, value: (r) => r.entry ?? '' },
	{ name: 'entity', doc: DOCS.entity, format: { kind: 'id', item: ID }, optional: true, value: (r) => r.entity ?? '' },
	{
		name: 'entities',
		doc: `${DOCS.entities} Several are joined with ";".`,
		format: { kind: 'ids', item: ID },
		value: (r) => ids(r.entities),
	},
	{
		name: 'lists',
		doc: `${DOCS.lists} Several are joined with ";".`,
		format: { kind: 'ids', item: ID },
		value: (r) => ids(r.lists),
	},
	{
		name: 'ask',
		doc: DOCS.ask,
		format: { kind: 'id', item: `${ENTRY}#${ID}` },
		optional: true,
		value: (r) => r.ask ?? '',
	},
	{ name: 'dateFrom', doc: DOCS.dateFrom, format: { kind: 'enum', values: DATE_SOURCES }, value: (r) => r.dateFrom },
	{
		name: 'commit',
		doc: DOCS.commit,
		format: { kind: 'id', item: '[0-9a-f]{7,64}' },
		optional: true,
		value: (r) => r.commit ?? '',
	},
];

/** changes.csv from the records. */
export const changesCsv = (records: Iterable<ChangeRecord>): string => toCsv(CHANGE_COLUMNS, records);

/** The zod schema of one row of changes.csv. */
export const changesCsvRowSchema = csvRowSchema(
	CHANGE_COLUMNS as unknown as readonly Column<never>[],
	'A row of changes.csv',
);

/** The published JSON Schema of changes.json (`json`) or of a row of changes.csv (`csv`). */
export function changesJsonSchema(format: 'json' | 'csv', id: string): JsonSchema {
	const out = z.toJSONSchema(format === 'json' ? changesFileSchema : changesCsvRowSchema, {
		io: 'output',
		target: 'draft-2020-12',
		unrepresentable: 'throw',
	}) as JsonSchema;
	return { $schema: out.$schema, $id: id, ...out };
}
