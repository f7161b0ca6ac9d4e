/**
 * The content model: the single source of truth for what an entry and an entity may hold.
 *
 * Every field is described once, here, with `.meta({ description })` on the field's outermost
 * schema: the field tables of CONTRIBUTING.md (`editor/contributing-fields.ts`), the published
 * JSON Schemas of the data files (`publish/data-schemas.ts`, for the fields they share) and the
 * Data page's dictionary read that text (through one walker, `fields.ts`); a test fails when a
 * field has none. Every closed vocabulary is a `z.enum` whose labels live in `vocab.ts`. The
 * same schemas validate content in the Astro build (`src/content.config.ts`), in `npm run check`
 * (without a build) and are turned into the published JSON Schemas for the exports.
 *
 * Dates are kept as ISO calendar days (`YYYY-MM-DD` strings), never as `Date` objects, so no
 * time zone can move them by a day.
 */
import { z } from 'astro/zod';
import { isRealIsoDay } from './dates.ts';
import { ASK_ID, ASK_REF, DATE_PRECISIONS, ENTITY_ID, ENTRY_ID, orList, RESPONSES, SOURCE_KEY } from './patterns.ts';

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
export const isoDay = z
	.preprocess(
		(value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
		z
			.string({ error: 'expected a date written as YYYY-MM-DD' })
			.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date written as YYYY-MM-DD' })
			.refine((s) => !/^\d{4}-\d{2}-\d{2}$/.test(s) || isRealIsoDay(s), {
				error: 'this day does not exist in the calendar',
			}),
	)
	.meta({ format: 'date' });

/** A web address readers can open: http or https only (no javascript:, data:, file:). */
export const webUrl = z
	.string({ error: 'expected a web address starting with https:// or http://' })
	.refine((s) => /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(s), {
		error: 'expected a web address starting with https:// or http://',
	})
	.meta({ format: 'uri' });

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
	key: z.string().regex(SOURCE_KEY, { error: 'expected a short key: lower-case letters, digits, hyphens' }).meta({
		description:
			'Short key of the source, unique within its entry. The text cites it as `<Cite k="wapo" />`, which the site (and the exported `text`) shows as [n], n being its position in `sources`.',
	}),
	title: plainLine(300).meta({ description: 'Title of the document or article, as published.' }),
	publisher: plainLine(120).meta({ description: 'Who published it (an outlet, an agency, a senator\u2019s office).' }),
	url: webUrl.meta({ description: 'Where the cited copy can be read.' }),
	date: isoDay
		.optional()
		.meta({ description: 'Publication date of the source (YYYY-MM-DD), if known; left out rather than guessed.' }),
	kind: z.enum(['primary', 'secondary']).meta({
		description: '`primary` (the government document or the actor\u2019s own words) or `secondary` (reporting).',
	}),
	archived: webUrl
		.optional()
		.meta({ description: 'An archived copy (Wayback Machine, archive.today), if there is one.' }),
	note: plainLine(400)
		.optional()
		.meta({ description: 'What this copy is, when it is not the original (a mirror, a syndicated copy).' }),
});

/** One entity put on, taken off, or revised on a list by a designation entry. */
export const designationSchema = z.strictObject({
	entity: entityId.meta({ description: 'Entity id of the entity designated.' }),
	list: entityId.meta({
		description: 'Entity id of the list (an entity of kind `list`, e.g. `entity-list`, `sdn-list`).',
	}),
	action: z
		.enum(DESIGNATION_ACTIONS)
		.default('added')
		.meta({ description: 'Whether the entity was put on the list, taken off it, or had its listing revised.' }),
	note: plainLine(400).optional().meta({
		description: 'Anything a reader needs to read the designation right (e.g. "as one of 38 affiliates").',
	}),
});

/** One request a letter makes. */
export const askSchema = z.strictObject({
	id: z.string().regex(ASK_ID, { error: 'expected an ask id: lower-case words joined by hyphens' }).meta({
		description: 'Id of the request, unique within its letter; referenced elsewhere as `<entry-id>#<ask-id>`.',
	}),
	request: plainLine(1000).meta({
		description:
			'The request: the letter\u2019s words when `quoted` is true (as a source quotes them), otherwise the tracker\u2019s paraphrase.',
	}),
	quoted: z
		.boolean()
		.default(false)
		.meta({ description: '`true` when `request` quotes the letter (as reported by the source named in `source`).' }),
	source: z
		.string()
		.regex(SOURCE_KEY)
		.meta({ description: 'Key of the entry source that quotes or reports this request.' }),
	addressees: z
		.array(entityId)
		.min(1, { error: 'name at least one addressee' })
		.meta({ description: 'Entity ids of the officials or bodies asked to act.' }),
	action: z.enum(ASK_ACTIONS).meta({
		description: 'What the letter asks for: sanction, add-to-list, deny-licences, investigate, review or other.',
	}),
	subjects: z
		.array(entityId)
		.min(1, { error: 'name at least one subject' })
		.meta({ description: 'Entity ids the request is about.' }),
	list: entityId
		.optional()
		.meta({ description: 'Entity id of the list named in the request (an entity of kind `list`), if any.' }),
});

/** A later entry's response to an ask. */
export const answerSchema = z.strictObject({
	ask: z
		.string()
		.regex(ASK_REF, { error: 'expected <entry-id>#<ask-id>' })
		.meta({ description: 'The request answered, as `<entry-id>#<ask-id>`.' }),
	response: z.enum(RESPONSES).meta({ description: `How it responds: ${orList(RESPONSES)}.` }),
	note: plainLine(500).optional().meta({ description: 'One plain sentence on how it answers.' }),
});

/** A development that bears on an ask without answering it. */
export const bearsOnSchema = z.strictObject({
	ask: z
		.string()
		.regex(ASK_REF, { error: 'expected <entry-id>#<ask-id>' })
		.meta({ description: 'The request concerned, as `<entry-id>#<ask-id>`.' }),
	note: plainLine(500).meta({ description: 'How the entry bears on the request, and why it does not answer it.' }),
});

/** A dated public correction. */
export const correctionSchema = z.strictObject({
	date: isoDay.meta({ description: 'When the correction was made (YYYY-MM-DD).' }),
	text: plainLine(1000).meta({ description: 'What was wrong and what the entry now says.' }),
});

/** The frontmatter of an entry (`content/entries/YYYY-MM-DD-slug.mdx`). */
export const entrySchema = z.strictObject({
	title: plainLine(200).meta({ description: 'Headline, plain text.' }),
	date: isoDay.meta({
		description:
			'The day it happened or took effect (YYYY-MM-DD, UTC calendar day). For month or year precision, the first day of that month or year: read it with `datePrecision`.',
	}),
	datePrecision: z
		.enum(DATE_PRECISIONS)
		.default('day')
		.meta({ description: 'How exactly `date` is known: `day`, `month` (shown as "December 2021") or `year`.' }),
	published: isoDay.optional().meta({
		description:
			'A second date where it matters (YYYY-MM-DD): Federal Register publication, or when a report was published.',
	}),
	type: z.enum(ENTRY_TYPES).meta({
		description:
			'What kind of action it is (closed vocabulary: the list of entry types gives each one\u2019s label and force).',
	}),
	actors: z
		.array(entityId)
		.min(1, { error: 'name at least one actor' })
		.meta({ description: 'Entity ids of who acted.' }),
	subjects: z
		.array(entityId)
		.default([])
		.meta({ description: 'Entity ids of who or what the entry is about, as the entry lists them.' }),
	designations: z.array(designationSchema).default([]).meta({
		description: 'For listing actions: who was put on, taken off, or had their listing revised, on which list.',
	}),
	asks: z
		.array(askSchema)
		.default([])
		.meta({ description: 'For letters: each request, as structured data (asks.json gives each one\u2019s status).' }),
	answers: z
		.array(answerSchema)
		.default([])
		.meta({ description: 'Which requests of earlier letters this entry answers, and how.' }),
	bearsOn: z
		.array(bearsOnSchema)
		.default([])
		.meta({ description: 'Requests this entry bears on without answering them ("related developments").' }),
	citation: z
		.array(z.string().regex(/^[A-Za-z0-9 .§()-]+$/, { error: 'expected a citation such as "85 FR 51596"' }))
		.default([])
		.meta({ description: 'Official citations, e.g. `85 FR 51596`, `E.O. 14032`.' }),
	sources: z.array(sourceSchema).min(1, { error: 'add at least one source' }).meta({
		description: 'The sources, at least one, primary first; the text cites them by position as [1], [2] \u2026',
	}),
	summary: plainLine(400).meta({
		description: 'One or two plain sentences, for cards, feeds, exports and the meta description.',
	}),
	related: z.array(entryId).default([]).meta({
		description: 'Entry ids of related entries, as the entry lists them (the site shows the links both ways).',
	}),
	corrections: z.array(correctionSchema).default([]).meta({ description: 'Dated public corrections to the entry.' }),
	unverified: z.array(plainLine(500)).default([]).meta({
		description: 'Claims the entry mentions that no source the tracker read supports, stated as such.',
	}),
	tags: z
		.array(z.string().regex(ENTITY_ID, { error: 'expected a tag: lower-case words joined by hyphens' }))
		.default([])
		.meta({ description: 'Free tags, lower-case words joined by hyphens.' }),
});

/** One other name of an entity. */
export const aliasSchema = z.strictObject({
	name: plainLine(200).meta({
		description: 'The name as written (Han characters, pinyin, an acronym, an older name).',
	}),
	lang: z.enum(ALIAS_LANGS).meta({
		description: 'Its language and script (BCP 47): `en`, `zh-Hans`, `zh-Hant`, `zh-Latn-pinyin`, \u2026',
	}),
});

/** A dated note on an entity that is not itself an entry (e.g. a later bankruptcy). */
export const entityNoteSchema = z.strictObject({
	date: isoDay.meta({
		description: 'When it happened, or the latest date the source speaks of (YYYY-MM-DD), at `datePrecision`.',
	}),
	datePrecision: z
		.enum(DATE_PRECISIONS)
		.default('day')
		.meta({ description: 'How exactly `date` is known: `day`, `month` or `year`.' }),
	text: plainLine(1000).meta({ description: 'The note, in the tracker\u2019s own words.' }),
	source: sourceSchema.omit({ key: true }).meta({ description: 'Where the note comes from.' }),
});

/** An entity (`content/entities/<id>.yaml`). */
export const entitySchema = z.strictObject({
	name: plainLine(200).meta({ description: 'Name in English as commonly written.' }),
	shortName: plainLine(60).optional().meta({ description: 'Short name for tight spaces (e.g. "BIS"), if any.' }),
	kind: z.enum(ENTITY_KINDS).meta({
		description: 'What it is (closed vocabulary: the list of entity kinds gives each one\u2019s label).',
	}),
	aliases: z.array(aliasSchema).default([]).meta({
		description: 'Other names, with their language: Chinese in Han characters and pinyin, acronyms, older names.',
	}),
	parent: entityId
		.optional()
		.meta({ description: 'Entity id of the parent (company group, department, chamber), if any.' }),
	country: z
		.string()
		.regex(/^[A-Z]{2}$/, { error: 'expected a two-letter country code such as CN or US' })
		.optional()
		.meta({ description: 'ISO 3166-1 alpha-2 country code, if known.' }),
	description: plainLine(600).meta({ description: 'One or two plain sentences.' }),
	role: plainLine(200)
		.optional()
		.meta({ description: 'For officials and legislators: the role at the time of the tracked actions.' }),
	identifiers: z
		.strictObject({
			wikidata: z
				.string()
				.regex(/^Q\d+$/, { error: 'expected a Wikidata id such as Q160120' })
				.optional()
				.meta({ description: 'Wikidata item id, e.g. `Q160120`.' }),
			opensanctions: z
				.string()
				.regex(/^[A-Za-z0-9._-]+$/)
				.optional()
				.meta({ description: 'OpenSanctions entity id.' }),
			website: webUrl.optional().meta({ description: 'Official website.' }),
		})
		.default({})
		.meta({ description: 'External identifiers, where known.' }),
	notes: z
		.array(entityNoteSchema)
		.default([])
		.meta({ description: 'Dated notes on the entity that are not entries (e.g. a later bankruptcy).' }),
});

/**
 * The record's review stamp (`content/review.yaml`): through which day editors last checked the
 * whole record against its sources, and who did. Every status the site states ("as of …") is as
 * of this day, never the build date.
 */
export const reviewSchema = z.strictObject({
	reviewedThrough: isoDay.meta({
		description: 'The last day the record was reviewed through: every status is stated as of this day (YYYY-MM-DD).',
	}),
	reviewedBy: plainLine(200).meta({ description: 'Who reviewed it: a name or a role, such as "Tracker editors".' }),
	note: plainLine(500).optional().meta({ description: 'Optional: what the review covered, in one plain sentence.' }),
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

/**
 * An entry as the lib sees it: id, frontmatter and raw body, or, in the build, the body's plain
 * text made once at content sync instead of the body (src/lib/site/entries-loader.ts: the store
 * keeps each entry's rendered HTML and its plain text, not its MDX).
 */
export interface Entry {
	id: string;
	data: EntryData;
	/** The MDX body; empty when `text` is given. */
	body: string;
	/** The body as plain text (`bodyToPlainText` with the entry's citation numbers), when made already. */
	text?: string | undefined;
}
/** An entity as the lib sees it. */
export interface Entity {
	id: string;
	data: EntityData;
}
