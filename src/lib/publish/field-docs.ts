/**
 * The data dictionary: one description per field of the published data files, written once
 * and used by the zod schemas of the exports (hence the published JSON Schemas), the CSV
 * column definitions and the Data page. The fields that come from the content files say what
 * `schema.ts` says of them. Plain strings only: the browser's CSV builder imports this too.
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

export const SOURCE_DOCS = {
	key: 'Short key of the source within its entry; the narrative cites it as [n], n being its position in `sources` (1-based).',
	title: 'Title of the document or article, as published.',
	publisher: 'Who published it (an outlet, an agency, a senator\u2019s office).',
	url: 'Where the cited copy can be read.',
	date: 'Publication date of the source (YYYY-MM-DD), when known; absent rather than guessed.',
	kind: '`primary` (the government document or the actor\u2019s own words) or `secondary` (reporting).',
	archived: 'An archived copy (Wayback Machine, archive.today), when there is one.',
	note: 'What this copy is, when it is not the original (a mirror, a syndicated copy).',
} as const;

export const DESIGNATION_DOCS = {
	entity: 'Entity id of the entity designated.',
	list: 'Entity id of the list (an entity of kind `list`, e.g. `entity-list`, `sdn-list`).',
	action: '`added`, `removed` or `revised`.',
	note: 'What a reader needs to read the designation right.',
} as const;

export const ASK_DOCS = {
	id: 'Id of the request, unique within its letter; referenced elsewhere as `<entry-id>#<ask-id>`.',
	request: 'The request: the letter\u2019s words when `quoted` is true, otherwise the tracker\u2019s paraphrase.',
	quoted: 'true when `request` quotes the letter (as reported by the source `source`).',
	source: 'Key of the entry source that quotes or reports this request.',
	addressees: 'Entity ids of the officials or bodies asked to act.',
	action: 'What the letter asks for: sanction, add-to-list, deny-licences, investigate, review or other.',
	subjects: 'Entity ids the request is about.',
	list: 'Entity id of the list named in the request, if any.',
} as const;

export const ANSWER_DOCS = {
	ask: 'The request answered, as `<entry-id>#<ask-id>`.',
	response: 'How it responds: acknowledged, acted-on, partly-acted-on or declined.',
	note: 'One plain sentence on how it answers.',
} as const;

export const BEARS_ON_DOCS = {
	ask: 'The request concerned, as `<entry-id>#<ask-id>`.',
	note: 'How the entry bears on the request, and why it does not answer it.',
} as const;

export const CORRECTION_DOCS = {
	date: 'When the correction was made (YYYY-MM-DD).',
	text: 'What was wrong and what the entry now says.',
} as const;

export const ENTITY_ROLE_DOCS = {
	id: 'Entity id.',
	roles: 'How the entity figures in the entry: `actor`, `subject`, `addressee` (of a request) and/or `list`.',
} as const;

export const ENTRY_DOCS = {
	id: 'Entry id: the file name `YYYY-MM-DD-slug`, stable; also the last part of its URL.',
	url: 'Permanent address of the entry page.',
	title: 'Headline, plain text.',
	date: 'The day it happened or took effect (YYYY-MM-DD, UTC calendar day). For month or year precision, the first day of that month or year: read it with `datePrecision`.',
	datePrecision: 'How exactly `date` is known: `day`, `month` (show as "December 2021") or `year`.',
	published:
		'A second date where it matters (YYYY-MM-DD): Federal Register publication, or when a report was published. Empty when not set.',
	type: 'What kind of action it is (closed vocabulary, see the type list on the Data page).',
	typeLabel: 'The type in words, as the site shows it.',
	force:
		'How much the action binds anyone: binding, official-statement, congressional-request, press-report or company-action.',
	actors: 'Entity ids of who acted.',
	subjects: 'Entity ids of who or what the entry is about, as the entry lists them.',
	entities:
		'Every entity the entry concerns (actors, subjects, designated entities, lists, addressees and subjects of requests), with its roles; the entity feeds and pages use exactly this set.',
	designations: 'For listing actions: who was put on, taken off, or had their listing revised, on which list.',
	asks: 'For letters: each request, as structured data. Statuses are in asks.json.',
	answers: 'Which requests of earlier letters this entry answers, and how.',
	bearsOn: 'Requests this entry bears on without answering them.',
	citation: 'Official citations, e.g. `85 FR 51596`, `E.O. 14032`.',
	sources: 'The sources, primary first; the narrative cites them by position as [1], [2] \u2026',
	summary: 'One or two plain sentences.',
	related: 'Entry ids of related entries, as the entry lists them (the site shows the links both ways).',
	corrections: 'Dated public corrections to the entry.',
	unverified: 'Claims the entry mentions that no source the tracker read supports, stated as such.',
	tags: 'Free tags.',
	text: 'The narrative in plain text: paragraphs separated by a blank line, citations as [n] (the n-th source).',
	lastUpdated:
		'Day of the last change to the entry\u2019s file in the repository\u2019s git history (YYYY-MM-DD); null (empty in CSV) when the build had no full history.',
} as const;

export const ALIAS_DOCS = {
	name: 'The name as written (Han characters, pinyin, an acronym, an older name).',
	lang: 'Its language and script (BCP 47): en, zh-Hans, zh-Hant, zh-Latn-pinyin, \u2026',
} as const;

export const IDENTIFIER_DOCS = {
	wikidata: 'Wikidata item id, e.g. `Q160120`.',
	opensanctions: 'OpenSanctions entity id.',
	website: 'Official website.',
} as const;

export const NOTE_DOCS = {
	date: 'When it happened (YYYY-MM-DD), at `datePrecision`.',
	datePrecision: 'How exactly `date` is known: day, month or year.',
	text: 'The note, in the tracker\u2019s words.',
	source: 'Where the note comes from.',
} as const;

export const LISTING_DOCS = {
	list: 'Entity id of the list.',
	current: 'Whether the entity is on the list now, in the tracked record.',
	added:
		'Day of the addition that put it there (the latest one, if it was removed and re-added); null if never added in the record.',
	addedBy: 'Entry id of that addition; null if none.',
	removed: 'Day it was removed, if it was; null otherwise.',
	removedBy: 'Entry id of the removal; null if none.',
} as const;

export const ENTITY_DOCS = {
	id: 'Entity id: the file name, stable; also the last part of its URL.',
	url: 'Permanent address of the entity page.',
	name: 'Name in English as commonly written.',
	shortName: 'Short name for tight spaces (e.g. "BIS"), if any.',
	kind: 'What it is: company, government-agency, official, legislator, university, research-institute, media-outlet, list, project or organization.',
	kindLabel: 'The kind in words, as the site shows it.',
	aliases: 'Other names, with their language.',
	parent: 'Entity id of the parent (company group, department, chamber), if any.',
	country: 'ISO 3166-1 alpha-2 country code, if known.',
	description: 'One or two plain sentences.',
	role: 'For officials and legislators: the role at the time of the tracked actions.',
	identifiers: 'External identifiers, where known.',
	notes: 'Dated notes that are not entries.',
	entryCount: 'How many entries concern the entity, in any role.',
	entries: 'The entries that concern the entity, oldest first, with its roles in each.',
	lists: 'Its standing on each list it was ever designated on, derived from the designations in the entries.',
	feed: 'Atom feed of the entries that concern the entity.',
} as const;

export const ASK_RESPONSE_DOCS = {
	entry: 'Entry id of the response.',
	date: 'Its date (YYYY-MM-DD).',
	response: 'acknowledged, acted-on, partly-acted-on or declined.',
	note: 'How it answers, when the entry says so.',
	inferredBy:
		'When the response is inferred from a designation rather than written: the rule (`designation-on-named-list` or `sanction-as-sdn`); null when written.',
	covered: 'For inferred responses: the requested subjects the designation covered.',
} as const;

export const ASK_DEVELOPMENT_DOCS = {
	entry: 'Entry id of the development.',
	date: 'Its date (YYYY-MM-DD).',
	note: 'How it bears on the request without answering it.',
} as const;

export const ASK_RECORD_DOCS = {
	ref: 'The request\u2019s reference, `<letter-entry-id>#<ask-id>`: stable and unique.',
	url: 'Address of the request on its letter\u2019s page.',
	letter: 'Entry id of the letter that makes the request.',
	letterTitle: 'Title of that entry.',
	letterDate: 'Date of the letter (YYYY-MM-DD).',
	...ASK_DOCS,
	sourceUrl: 'URL of the source named by `source`.',
	status:
		'Derived status, strongest response first: open, acknowledged, acted-on, partly-acted-on or declined. "open" means no recorded response as of `asOf`.',
	statusLabel: 'The status in words, as the site shows it.',
	asOf: 'The day the status is stated as of (YYYY-MM-DD): the record\u2019s last review (content/review.yaml), not the build date.',
	daysSinceLetter: 'Whole days from the letter to `asOf` (0 when the letter is later than the review).',
	responses:
		'Later entries that respond to the request, oldest first: written answers and responses inferred from designations.',
	developments: 'Later entries that bear on the request without answering it.',
} as const;
