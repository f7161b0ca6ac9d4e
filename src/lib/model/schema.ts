/**
 * The content model: the single source of truth for what an entry and an entity may hold.
 *
 * Every field carries a JSDoc line (editor hover is the data dictionary), and every closed
 * vocabulary is a `z.enum` whose labels live in `vocab.ts`. The same schemas validate content
 * in the Astro build (`src/content.config.ts`), in `npm run check` (without a build) and are
 * turned into the published JSON Schemas for the exports.
 *
 * Dates are kept as ISO calendar days (`YYYY-MM-DD` strings), never as `Date` objects, so no
 * time zone can move them by a day.
 */
import { z } from 'astro/zod';
import { isRealIsoDay } from './dates.ts';
import { ASK_ID, ASK_REF, DATE_PRECISIONS, ENTITY_ID, ENTRY_ID, RESPONSES, SOURCE_KEY } from './patterns.ts';

/** Entry types: what kind of action an entry records. Labels and force in `vocab.ts`. */
export const ENTRY_TYPES = [
	'entity-list-rule',
	'sanctions-designation',
	'list-designation',
	'executive-order',
	'proposed-rule',
	'final-rule',
	'official-statement',
	'official-letter',
	'agency-order',
	'hearing',
	'legislation',
	'congressional-letter',
	'press-report',
	'corporate-event',
	'company-response',
] as const;

/** Entity kinds. */
export const ENTITY_KINDS = [
	'company',
	'government-agency',
	'official',
	'legislator',
	'university',
	'research-institute',
	'media-outlet',
	'list',
	'project',
	'organization',
] as const;

/** What a letter may ask an addressee to do. */
export const ASK_ACTIONS = ['sanction', 'add-to-list', 'deny-licences', 'investigate', 'review', 'other'] as const;

/** Whether a designation put an entity on a list, took it off, or revised its entry. */
export const DESIGNATION_ACTIONS = ['added', 'removed', 'revised'] as const;

/** Languages of aliases (BCP 47 tags). */
export const ALIAS_LANGS = ['en', 'zh-Hans', 'zh-Hant', 'zh-Latn-pinyin', 'fr', 'de', 'ru'] as const;

// Id patterns live in patterns.ts (no zod there, so browser code can import them too).
export { ASK_ID, ASK_REF, ENTITY_ID, ENTRY_ID, SOURCE_KEY } from './patterns.ts';
// So are the vocabularies the CSV columns and browser code need too.
export { DATE_PRECISIONS, RESPONSES } from './patterns.ts';

/** A calendar day. YAML dates arrive as `Date` at UTC midnight; strings must be `YYYY-MM-DD`. */
export const isoDay = z.preprocess(
	(value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
	z
		.string({ error: 'expected a date written as YYYY-MM-DD' })
		.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date written as YYYY-MM-DD' })
		.refine((s) => !/^\d{4}-\d{2}-\d{2}$/.test(s) || isRealIsoDay(s), {
			error: 'this day does not exist in the calendar',
		}),
);

/** A web address readers can open: http or https only (no javascript:, data:, file:). */
export const webUrl = z
	.string({ error: 'expected a web address starting with https:// or http://' })
	.refine((s) => /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(s), {
		error: 'expected a web address starting with https:// or http://',
	});

const entityId = z
	.string({ error: 'expected an entity id (a file name in content/entities without .yaml)' })
	.regex(ENTITY_ID, { error: 'expected an entity id: lower-case words joined by hyphens' });

const entryId = z
	.string({ error: 'expected an entry id (a file name in content/entries without .mdx)' })
	.regex(ENTRY_ID, { error: 'expected an entry id: YYYY-MM-DD-slug' });

const plainLine = (max: number) =>
	z
		.string({ error: 'expected text' })
		.trim()
		.min(1, { error: 'expected some text: it must not be empty' })
		.max(max, { error: `expected at most ${max} characters` })
		.refine((s) => !/[<>]/.test(s), { error: 'expected plain text, with no < or > (no HTML)' });

/** One source an entry rests on. */
export const sourceSchema = z.strictObject({
	/** Short key for in-text citations: `<Cite k="wapo" />`. Unique within the entry. */
	key: z.string().regex(SOURCE_KEY, { error: 'expected a short key: lower-case letters, digits, hyphens' }),
	/** Title of the document or article, as published. */
	title: plainLine(300),
	/** Who published it (an outlet, an agency, a senator's office). */
	publisher: plainLine(120),
	/** Where the cited copy can be read. */
	url: webUrl,
	/** Publication date of the source, if known; leave out rather than guess. */
	date: isoDay.optional(),
	/** `primary` (the government document or the actor's own words) or `secondary` (reporting). */
	kind: z.enum(['primary', 'secondary']),
	/** An archived copy (Wayback Machine, archive.today). */
	archived: webUrl.optional(),
	/** What this copy is, when it is not the original (a mirror, a syndicated copy). */
	note: plainLine(400).optional(),
});

/** One entity put on, taken off, or revised on a list by a designation entry. */
export const designationSchema = z.strictObject({
	/** The entity designated (an entity id). */
	entity: entityId,
	/** The list (an entity id of kind `list`, e.g. `entity-list`, `sdn-list`). */
	list: entityId,
	/** `added`, `removed` or `revised`. */
	action: z.enum(DESIGNATION_ACTIONS).default('added'),
	/** Anything a reader needs to read the designation right (e.g. "as one of 38 affiliates"). */
	note: plainLine(400).optional(),
});

/** One request a letter makes. */
export const askSchema = z.strictObject({
	/** Id unique within the letter; referenced elsewhere as `<entry-id>#<id>`. */
	id: z.string().regex(ASK_ID, { error: 'expected an ask id: lower-case words joined by hyphens' }),
	/** The request: the letter's words where a source quotes them, otherwise our paraphrase. */
	request: plainLine(1000),
	/** `true` when `request` is a quotation of the letter (then `source` says who quotes it). */
	quoted: z.boolean().default(false),
	/** Key of the entry source that quotes or reports this request. */
	source: z.string().regex(SOURCE_KEY),
	/** Entity ids of the officials or bodies asked to act. */
	addressees: z.array(entityId).min(1, { error: 'name at least one addressee' }),
	/** What the letter asks for. */
	action: z.enum(ASK_ACTIONS),
	/** Entity ids the request is about. */
	subjects: z.array(entityId).min(1, { error: 'name at least one subject' }),
	/** The list named in the request, if any (an entity id of kind `list`). */
	list: entityId.optional(),
});

/** A later entry's response to an ask. */
export const answerSchema = z.strictObject({
	/** The ask answered, as `<entry-id>#<ask-id>`. */
	ask: z.string().regex(ASK_REF, { error: 'expected <entry-id>#<ask-id>' }),
	/** How it responds: acknowledged, acted-on, partly-acted-on or declined. */
	response: z.enum(RESPONSES),
	/** One plain sentence on how it answers. */
	note: plainLine(500).optional(),
});

/** A development that bears on an ask without answering it. */
export const bearsOnSchema = z.strictObject({
	/** The ask concerned, as `<entry-id>#<ask-id>`. */
	ask: z.string().regex(ASK_REF, { error: 'expected <entry-id>#<ask-id>' }),
	/** In words: how it bears on the ask, and why it does not answer it. */
	note: plainLine(500),
});

/** A dated public correction. */
export const correctionSchema = z.strictObject({
	/** When the correction was made. */
	date: isoDay,
	/** What was wrong and what it now says. */
	text: plainLine(1000),
});

/** The frontmatter of an entry (`content/entries/YYYY-MM-DD-slug.mdx`). */
export const entrySchema = z.strictObject({
	/** Headline, plain text. */
	title: plainLine(200),
	/** The day it happened or took effect (UTC calendar day); the first day of the month or year for coarser precision. */
	date: isoDay,
	/** How exactly `date` is known: `day`, `month` ("December 2021") or `year`. */
	datePrecision: z.enum(DATE_PRECISIONS).default('day'),
	/** A second date where it matters: Federal Register publication, or when a report was published. */
	published: isoDay.optional(),
	/** What kind of action this is (closed vocabulary). */
	type: z.enum(ENTRY_TYPES),
	/** Entity ids of who acted. */
	actors: z.array(entityId).min(1, { error: 'name at least one actor' }),
	/** Entity ids of who or what it is about. */
	subjects: z.array(entityId).default([]),
	/** For listing actions: who was put on (or taken off) which list. */
	designations: z.array(designationSchema).default([]),
	/** For letters: each request, as structured data. */
	asks: z.array(askSchema).default([]),
	/** Which asks of earlier letters this entry answers, and how. */
	answers: z.array(answerSchema).default([]),
	/** Asks this entry bears on without answering them ("related developments"). */
	bearsOn: z.array(bearsOnSchema).default([]),
	/** Official citations, e.g. `85 FR 51596`, `E.O. 14032`. */
	citation: z
		.array(z.string().regex(/^[A-Za-z0-9 .§()-]+$/, { error: 'expected a citation such as "85 FR 51596"' }))
		.default([]),
	/** The sources, at least one; primary first. */
	sources: z.array(sourceSchema).min(1, { error: 'add at least one source' }),
	/** One or two plain sentences for cards, feeds, exports and the meta description. */
	summary: plainLine(400),
	/** Entry ids of related entries (shown in both directions). */
	related: z.array(entryId).default([]),
	/** Dated public corrections to this entry. */
	corrections: z.array(correctionSchema).default([]),
	/** Claims the entry mentions that no source we read supports, stated as such. */
	unverified: z.array(plainLine(500)).default([]),
	/** Free tags, lower-case words joined by hyphens. */
	tags: z
		.array(z.string().regex(ENTITY_ID, { error: 'expected a tag: lower-case words joined by hyphens' }))
		.default([]),
});

/** One other name of an entity. */
export const aliasSchema = z.strictObject({
	/** The name as written (Han characters, pinyin, an acronym, an older name). */
	name: plainLine(200),
	/** Its language and script: `en`, `zh-Hans`, `zh-Hant`, `zh-Latn-pinyin`, … */
	lang: z.enum(ALIAS_LANGS),
});

/** A dated note on an entity that is not itself an entry (e.g. a later bankruptcy). */
export const entityNoteSchema = z.strictObject({
	/** When it happened, or the latest date the source speaks of. */
	date: isoDay,
	/** How exactly the date is known. */
	datePrecision: z.enum(DATE_PRECISIONS).default('day'),
	/** The note, in our own words. */
	text: plainLine(1000),
	/** Where it comes from. */
	source: sourceSchema.omit({ key: true }),
});

/** An entity (`content/entities/<id>.yaml`). */
export const entitySchema = z.strictObject({
	/** Name in English as commonly written. */
	name: plainLine(200),
	/** Short name for tight spaces (e.g. "BIS"). */
	shortName: plainLine(60).optional(),
	/** What it is (closed vocabulary). */
	kind: z.enum(ENTITY_KINDS),
	/** Other names, with their language: Chinese in Han characters and pinyin. */
	aliases: z.array(aliasSchema).default([]),
	/** Entity id of the parent (company group, department, chamber). */
	parent: entityId.optional(),
	/** ISO 3166-1 alpha-2 country code. */
	country: z
		.string()
		.regex(/^[A-Z]{2}$/, { error: 'expected a two-letter country code such as CN or US' })
		.optional(),
	/** One or two plain sentences. */
	description: plainLine(600),
	/** For officials and legislators: the role at the time of the tracked actions. */
	role: plainLine(200).optional(),
	/** External identifiers. */
	identifiers: z
		.strictObject({
			/** Wikidata item, e.g. `Q160120`. */
			wikidata: z
				.string()
				.regex(/^Q\d+$/, { error: 'expected a Wikidata id such as Q160120' })
				.optional(),
			/** OpenSanctions entity id. */
			opensanctions: z
				.string()
				.regex(/^[A-Za-z0-9._-]+$/)
				.optional(),
			/** Official website. */
			website: webUrl.optional(),
		})
		.default({}),
	/** Dated notes. */
	notes: z.array(entityNoteSchema).default([]),
});

/**
 * The record's review stamp (`content/review.yaml`): through which day editors last checked the
 * whole record against its sources, and who did. Every status the site states ("as of …") is as
 * of this day, never the build date.
 */
export const reviewSchema = z.strictObject({
	/** The last day the record was reviewed through: every status is stated as of this day (YYYY-MM-DD). */
	reviewedThrough: isoDay.describe(
		'The last day the record was reviewed through: every status is stated as of this day (YYYY-MM-DD).',
	),
	/** Who reviewed it: a name or a role, such as "Tracker editors". */
	reviewedBy: plainLine(200).describe('Who reviewed it: a name or a role, such as "Tracker editors".'),
	/** Optional: what the review covered, in one plain sentence. */
	note: plainLine(500).optional().describe('Optional: what the review covered, in one plain sentence.'),
});

export type EntryData = z.output<typeof entrySchema>;
export type EntityData = z.output<typeof entitySchema>;
export type Source = z.output<typeof sourceSchema>;
export type Ask = z.output<typeof askSchema>;
export type ReviewStamp = z.output<typeof reviewSchema>;
export type Answer = z.output<typeof answerSchema>;
export type Designation = z.output<typeof designationSchema>;
export type EntryType = (typeof ENTRY_TYPES)[number];
export type EntityKind = (typeof ENTITY_KINDS)[number];
export type Response = (typeof RESPONSES)[number];
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** An entry as the lib sees it: id, frontmatter and raw body. */
export interface Entry {
	id: string;
	data: EntryData;
	body: string;
}
/** An entity as the lib sees it. */
export interface Entity {
	id: string;
	data: EntityData;
}
