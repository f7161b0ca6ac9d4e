/**
 * `npm run new`: turns an editor's answers (or flags) into a new entry file, and optionally a
 * new entity file, that pass `npm run check` as written.
 *
 * Every value is validated with the same zod schemas as the content (`schema.ts`) and the same
 * wording as the check, one field at a time, so the prompt can ask again and the flags can be
 * refused with a message naming the flag. The rendered file is then read back the way the
 * build reads it and validated whole, so a scaffold can never be invalid.
 */
import { stringify } from 'yaml';
import { checkBody } from '../check/mdx-check.ts';
import { issueMessage } from '../node/content-files.ts';
import { checkIntegrity } from '../check/integrity.ts';
import { precisionFits } from '../model/dates.ts';
import { didYouMean } from '../check/problems.ts';
import { readYaml } from '../check/yaml-read.ts';
import {
	aliasSchema,
	ENTITY_ID,
	ENTRY_ID,
	entitySchema,
	entrySchema,
	sourceSchema,
	type DatePrecision,
	type Entity,
	type EntityData,
	type EntryData,
} from '../model/schema.ts';

/** A problem with one input, named as the editor gave it (a flag, or a prompt). */
export interface InputProblem {
	/** The input: `title`, `source-url`, `actor`, … (the flag name without `--`). */
	input: string;
	message: string;
}

/** What an editor supplies for a new entry (strings as typed; validated here). */
export interface NewEntryInput {
	date: string;
	datePrecision?: string | undefined;
	published?: string | undefined;
	type: string;
	title: string;
	slug?: string | undefined;
	summary: string;
	actors: string[];
	subjects: string[];
	source: {
		title: string;
		publisher: string;
		url: string;
		date?: string | undefined;
		kind: string;
		key?: string | undefined;
		archived?: string | undefined;
	};
}

/** What the scaffold needs to know about the project. */
export interface ProjectView {
	entities: readonly Entity[];
	/** Whether a file exists, by path from the project root. */
	exists: (path: string) => boolean;
	/** The build date, `YYYY-MM-DD`. */
	today: string;
}

/** A file to write. */
export interface PlannedFile {
	id: string;
	path: string;
	text: string;
}

export type Plan = { ok: true; file: PlannedFile; entity?: Entity } | { ok: false; problems: InputProblem[] };

/** Words left out of slugs: they make file names long without telling entries apart. */
const STOP_WORDS = new Set([
	'a',
	'an',
	'the',
	'of',
	'to',
	'and',
	'in',
	'on',
	'for',
	'with',
	'by',
	'at',
	'as',
	'from',
	'its',
	'their',
	'that',
	'this',
	'is',
	'are',
	'be',
]);

/**
 * A file-name slug from a title: ASCII lower case, words joined by hyphens, small words dropped,
 * at most `max` characters (cut at a word). Empty when the title has no Latin letters or digits.
 * @example slugify('Commerce adds Huawei Cloud to the Entity List') // 'commerce-adds-huawei-cloud-entity-list'
 */
export function slugify(title: string, max = 60): string {
	const words = title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/['’]/g, '')
		.split(/[^a-z0-9]+/)
		.filter(Boolean);
	const kept = words.filter((w) => !STOP_WORDS.has(w));
	let slug = '';
	for (const w of kept.length ? kept : words) {
		const next = slug ? `${slug}-${w}` : w;
		if (next.length > max) break;
		slug = next;
	}
	return slug || (kept[0] ?? words[0] ?? '').slice(0, max);
}

/**
 * A short citation key suggested from a publisher's name: its initials when it has several
 * words, else the word itself.
 * @example suggestSourceKey('Federal Register') // 'fr'
 * @example suggestSourceKey('Reuters') // 'reuters'
 */
export function suggestSourceKey(publisher: string): string {
	const words = slugify(publisher, 200).split('-').filter(Boolean);
	const key = words.length > 1 ? words.map((w) => w[0]).join('') : (words[0] ?? '').slice(0, 20);
	return /^[a-z]/.test(key) ? key : `s${key}`.replace(/^s$/, 'source');
}

/**
 * A date as typed, completed to a day: `2021-12` is Dec. 1, 2021 at month precision, `2021` is
 * Jan. 1 at year precision. Other text is returned unchanged, for the schema to judge.
 */
export function completeDate(date: string, precision?: string): { date: string; datePrecision: string } {
	const d = date.trim();
	if (/^\d{4}-\d{2}$/.test(d)) return { date: `${d}-01`, datePrecision: precision || 'month' };
	if (/^\d{4}$/.test(d)) return { date: `${d}-01-01`, datePrecision: precision || 'year' };
	return { date: d, datePrecision: precision || 'day' };
}

type FieldSchema = {
	safeParse(v: unknown): { success: true; data: unknown } | { success: false; error: { issues: unknown[] } };
};

/** Validate one value with a zod field schema; the check's message when it fails. */
export function checkValue(schema: FieldSchema, value: unknown): string | undefined {
	const r = schema.safeParse(value);
	if (r.success) return undefined;
	return issueMessage(r.error.issues[0] as Parameters<typeof issueMessage>[0], value);
}

/** The schema each entry input is checked with. */
export const ENTRY_INPUTS = {
	date: entrySchema.shape.date,
	'date-precision': entrySchema.shape.datePrecision,
	published: entrySchema.shape.published,
	type: entrySchema.shape.type,
	title: entrySchema.shape.title,
	summary: entrySchema.shape.summary,
	'source-title': sourceSchema.shape.title,
	'source-publisher': sourceSchema.shape.publisher,
	'source-url': sourceSchema.shape.url,
	'source-date': sourceSchema.shape.date,
	'source-kind': sourceSchema.shape.kind,
	'source-key': sourceSchema.shape.key,
	'source-archived': sourceSchema.shape.archived,
} as const;

/** Why an entity id cannot be used here, or undefined when it can. */
export function checkEntityRef(id: string, entities: readonly Entity[]): string | undefined {
	if (entities.some((e) => e.id === id)) return undefined;
	return `unknown entity "${id}"${didYouMean(
		id,
		entities.map((e) => e.id),
	)}: no file content/entities/${id}.yaml. Use an existing id, or create the entity first (npm run new -- --entity --name "…" --kind … --description "…").`;
}

/** Escape one line of text so MDX shows it as written (no markup, no expressions, no list). */
export function escapeMdx(text: string): string {
	return text
		.replace(/\s+/g, ' ')
		.replace(/[\\`*_[\]{}<>#&~|!]/g, (c) => `\\${c}`)
		.replace(/^([-+=])/, '\\$1')
		.replace(/^(\d+)([.)])/, '$1\\$2');
}

/** A YAML scalar that js-yaml and the yaml library both read back as the same string. */
function scalar(s: string): string {
	return stringify(s, { version: '1.1', lineWidth: 0 }).trimEnd();
}

/** Render an entry's frontmatter and body. Dates and ids are validated tokens, written bare. */
export function renderEntry(d: EntryData, body: string): string {
	const src = d.sources[0]!;
	const lines = [
		'---',
		`title: ${scalar(d.title)}`,
		`date: ${d.date}`,
		`datePrecision: ${d.datePrecision}`,
		...(d.published ? [`published: ${d.published}`] : []),
		`type: ${d.type}`,
		`actors: [${d.actors.join(', ')}]`,
		`subjects: [${d.subjects.join(', ')}]`,
		'sources:',
		`  - key: ${src.key}`,
		`    title: ${scalar(src.title)}`,
		`    publisher: ${scalar(src.publisher)}`,
		`    url: ${scalar(src.url)}`,
		...(src.date ? [`    date: ${src.date}`] : []),
		`    kind: ${src.kind}`,
		...(src.archived ? [`    archived: ${scalar(src.archived)}`] : []),
		`summary: ${scalar(d.summary)}`,
		'---',
		'',
		body,
		'',
	];
	return lines.join('\n');
}

/**
 * Plan a new entry: validate every input (all problems at once), then render the file and read
 * it back as the build would; refuses when the file already exists.
 */
export function planEntry(input: NewEntryInput, project: ProjectView): Plan {
	const problems: InputProblem[] = [];
	const check = (name: keyof typeof ENTRY_INPUTS, value: unknown): void => {
		const message = checkValue(ENTRY_INPUTS[name], value);
		if (message) problems.push({ input: name, message });
	};
	const { date, datePrecision } = completeDate(input.date, input.datePrecision);
	check('date', date);
	check('date-precision', datePrecision);
	if (input.published) check('published', input.published);
	check('type', input.type);
	check('title', input.title);
	check('summary', input.summary);
	const s = input.source;
	const key = s.key || suggestSourceKey(s.publisher);
	check('source-title', s.title);
	check('source-publisher', s.publisher);
	check('source-url', s.url);
	if (s.date) check('source-date', s.date);
	check('source-kind', s.kind);
	check('source-key', key);
	if (s.archived) check('source-archived', s.archived);
	if (!input.actors.length)
		problems.push({ input: 'actor', message: 'missing: name at least one actor (who acted), as an entity id.' });
	for (const [name, ids] of [
		['actor', input.actors],
		['subject', input.subjects],
	] as const)
		for (const id of ids) {
			const message = checkEntityRef(id, project.entities);
			if (message) problems.push({ input: name, message });
		}
	const slug = input.slug ?? slugify(input.title);
	const id = `${date}-${slug}`;
	if (!slug)
		problems.push({
			input: 'slug',
			message:
				'the title gives no file name (it has no Latin letters or digits): give one with --slug, e.g. --slug huawei-cloud-brazil.',
		});
	else if (!ENTRY_ID.test(id))
		problems.push({
			input: 'slug',
			message: `found "${slug}", but expected lower-case words joined by hyphens, such as huawei-cloud-brazil.`,
		});
	if (!problems.some((p) => p.input === 'date' || p.input === 'date-precision')) {
		if (!precisionFits(date, datePrecision as DatePrecision))
			problems.push({
				input: 'date-precision',
				message: `datePrecision "${datePrecision}" contradicts the date ${date}: for a month give YYYY-MM, for a year YYYY.`,
			});
		if (date > project.today)
			problems.push({
				input: 'date',
				message: `the date ${date} is in the future (today is ${project.today}): the tracker records what has happened.`,
			});
	}
	if (s.date && !problems.some((p) => p.input === 'source-date') && s.date > project.today)
		problems.push({
			input: 'source-date',
			message: `the source date ${s.date} is in the future (today is ${project.today}).`,
		});
	const path = `content/entries/${id}.mdx`;
	if (slug && project.exists(path))
		problems.push({
			input: 'slug',
			message: `${path} already exists, and npm run new never overwrites a file: edit that entry, or give another --slug.`,
		});
	if (problems.length) return { ok: false, problems };

	const data = entrySchema.parse({
		title: input.title,
		date,
		datePrecision,
		...(input.published ? { published: input.published } : {}),
		type: input.type,
		actors: input.actors,
		subjects: input.subjects,
		sources: [
			{
				key,
				title: s.title,
				publisher: s.publisher,
				url: s.url,
				kind: s.kind,
				...(s.date ? { date: s.date } : {}),
				...(s.archived ? { archived: s.archived } : {}),
			},
		],
		summary: input.summary,
	});
	// The placeholder narrative: the summary, cited. `npm run check` warns while it is unchanged.
	const text = renderEntry(data, `${escapeMdx(data.summary)}<Cite k="${key}" />`);
	verifyEntry(id, path, text, data, project);
	return { ok: true, file: { id, path, text } };
}

/** Read a rendered entry back as the build would and check it whole; throws on any difference. */
function verifyEntry(id: string, path: string, text: string, data: EntryData, project: ProjectView): void {
	const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
	const read = m ? readYaml(m[1]!, 1) : undefined;
	const parsed = read && !read.errors.length ? entrySchema.safeParse(read.data) : undefined;
	const body = checkBody(
		path,
		text.slice(m?.[0].length ?? 0),
		0,
		data.sources.map((x) => x.key),
	);
	const integrity = parsed?.success ? checkIntegrity([{ id, data: parsed.data }], project.entities, project.today) : [];
	if (
		!parsed?.success ||
		JSON.stringify(parsed.data) !== JSON.stringify(data) ||
		body.problems.length ||
		integrity.length
	)
		throw new Error(`npm run new rendered an entry that does not read back as written; please report this:\n${text}`);
}

/** What an editor supplies for a new entity. */
export interface NewEntityInput {
	name: string;
	kind: string;
	description: string;
	id?: string | undefined;
	shortName?: string | undefined;
	parent?: string | undefined;
	country?: string | undefined;
	/** A Chinese name in Han characters (simplified), or another alias with `aliasLang`. */
	alias?: string | undefined;
	aliasLang?: string | undefined;
	website?: string | undefined;
}

/** The schema each entity input is checked with. */
export const ENTITY_INPUTS = {
	name: entitySchema.shape.name,
	'short-name': entitySchema.shape.shortName,
	kind: entitySchema.shape.kind,
	description: entitySchema.shape.description,
	country: entitySchema.shape.country,
	alias: aliasSchema.shape.name,
	'alias-lang': aliasSchema.shape.lang,
	website: sourceSchema.shape.url,
} as const;

/** Plan a new entity file. */
export function planEntity(input: NewEntityInput, project: ProjectView): Plan {
	const problems: InputProblem[] = [];
	const check = (name: keyof typeof ENTITY_INPUTS, value: unknown): void => {
		const message = checkValue(ENTITY_INPUTS[name], value);
		if (message) problems.push({ input: name, message });
	};
	check('name', input.name);
	check('kind', input.kind);
	check('description', input.description);
	if (input.shortName) check('short-name', input.shortName);
	if (input.country) check('country', input.country);
	if (input.alias) {
		check('alias', input.alias);
		check('alias-lang', input.aliasLang || 'zh-Hans');
	}
	if (input.website) check('website', input.website);
	if (input.parent) {
		const message = checkEntityRef(input.parent, project.entities);
		if (message) problems.push({ input: 'parent', message });
	}
	const id = input.id || slugify(input.name, 50);
	const path = `content/entities/${id}.yaml`;
	if (!id)
		problems.push({
			input: 'id',
			message: 'the name gives no id (it has no Latin letters or digits): give one with --id, e.g. --id huawei-cloud.',
		});
	else if (!ENTITY_ID.test(id))
		problems.push({
			input: 'id',
			message: `found "${id}", but expected lower-case words joined by hyphens, such as huawei-cloud.`,
		});
	else if (project.exists(path) || project.entities.some((e) => e.id === id))
		problems.push({
			input: 'id',
			message: `the entity "${id}" already exists (${path}), and npm run new never overwrites a file: use it, or choose another id.`,
		});
	if (problems.length) return { ok: false, problems };

	const data: EntityData = entitySchema.parse({
		name: input.name,
		...(input.shortName ? { shortName: input.shortName } : {}),
		kind: input.kind,
		...(input.alias ? { aliases: [{ name: input.alias, lang: input.aliasLang || 'zh-Hans' }] } : {}),
		...(input.parent ? { parent: input.parent } : {}),
		...(input.country ? { country: input.country } : {}),
		description: input.description,
		...(input.website ? { identifiers: { website: input.website } } : {}),
	});
	const text = renderEntity(data);
	const read = readYaml(text);
	const back = entitySchema.safeParse(read.data);
	if (!back.success || JSON.stringify(back.data) !== JSON.stringify(data))
		throw new Error(`npm run new rendered an entity that does not read back as written; please report this:\n${text}`);
	return { ok: true, file: { id, path, text }, entity: { id, data } };
}

/** Render an entity file. */
export function renderEntity(d: EntityData): string {
	const lines = [
		`name: ${scalar(d.name)}`,
		...(d.shortName ? [`shortName: ${scalar(d.shortName)}`] : []),
		`kind: ${d.kind}`,
		...(d.aliases.length
			? ['aliases:', ...d.aliases.flatMap((a) => [`  - name: ${scalar(a.name)}`, `    lang: ${a.lang}`])]
			: []),
		...(d.parent ? [`parent: ${d.parent}`] : []),
		...(d.country ? [`country: ${d.country}`] : []),
		`description: ${scalar(d.description)}`,
		...(d.identifiers.website ? ['identifiers:', `  website: ${scalar(d.identifiers.website)}`] : []),
	];
	return `${lines.join('\n')}\n`;
}

/** Entities whose id, name, short name or alias contains `word` (case-insensitive). */
export function searchEntities(entities: readonly Entity[], word: string): Entity[] {
	const w = word.trim().toLowerCase();
	if (!w) return [];
	return entities.filter((e) =>
		[e.id, e.data.name, e.data.shortName ?? '', ...e.data.aliases.map((a) => a.name)].some((s) =>
			s.toLowerCase().includes(w),
		),
	);
}
