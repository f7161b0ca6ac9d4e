/**
 * Reads `content/` straight from disk, without Astro: the content check and the build's
 * pre-flight use it. It finds files in the wrong place, splits frontmatter from body (BOM and
 * CRLF accepted), parses YAML with line numbers, and validates each file against the zod
 * schemas, turning zod's issues into problems an editor can act on.
 */
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import {
	ENTITY_ID,
	ENTRY_ID,
	entitySchema,
	entrySchema,
	type Entity,
	type Entry,
	type EntryData,
} from '../model/schema.ts';
import { didYouMean, fieldPath, showValue, type Problem } from '../check/problems.ts';
import { pathAtOffset, readYaml } from '../check/yaml-read.ts';
import { badChar, badCharFix } from '../check/text-safety.ts';

/** A parsed file, with what is needed to point at lines. */
export interface ParsedFile {
	file: string;
	id: string;
	data: unknown;
	body: string;
	/** 1-based line of the body's first line in the file. */
	bodyLine: number;
	lineOf: (path: readonly (string | number)[]) => number | undefined;
}

/** An entry that failed its schema: only the fields that are valid on their own. */
export interface PartialEntry {
	id: string;
	data: Partial<EntryData>;
}

export interface LoadedContent {
	entries: Entry[];
	entities: Entity[];
	/** Entry files that parsed, valid or not, for body checks. */
	entryFiles: ParsedFile[];
	/** Entries that failed their schema, with the fields that are valid on their own. */
	partialEntries: PartialEntry[];
	/** Ids of entity files that exist but failed to parse or validate. */
	invalidEntityIds: Set<string>;
	/** For every file that parsed: the line of a field, for messages. */
	lineOf: (file: string, path: readonly (string | number)[]) => number | undefined;
	problems: Problem[];
}

const COLLECTIONS = {
	entries: { ext: '.mdx', idPattern: ENTRY_ID, idHelp: 'YYYY-MM-DD-short-slug (lower-case, hyphens)' },
	entities: { ext: '.yaml', idPattern: ENTITY_ID, idHelp: 'lower-case words joined by hyphens' },
} as const;
type CollectionName = keyof typeof COLLECTIONS;
/** The most aliases one entity may have (each name is also expanded for search: see search-index.ts). */
export const MAX_ALIASES_PER_ENTITY = 40;
/** The longest entry body, in characters. */
export const MAX_BODY = 20_000;
/** Documentation that may sit at the top of content/ (not content). */
const DOC_FILES = /^(README\.md|LICENSE(\.txt|\.md)?|review\.yaml)$/; // review.yaml: the review stamp, checked in record-rules.ts

/** Strip a byte-order mark and turn CRLF/CR into LF. */
export function normalizeText(raw: string): string {
	return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** Split an MDX file into frontmatter text and body, or undefined when there is no frontmatter. */
export function splitFrontmatter(text: string): { yaml: string; body: string; bodyLine: number } | undefined {
	const m = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(text);
	if (!m) return undefined;
	const yaml = m[1]!;
	return { yaml, body: text.slice(m[0].length), bodyLine: yaml.split('\n').length + 3 };
}

function parseYaml(
	file: string,
	yaml: string,
	lineOffset: number,
	problems: Problem[],
): { data: unknown; lineOf: ParsedFile['lineOf'] } | undefined {
	// Characters YAML cannot carry, or that hide what a text says: found in the text itself, so
	// the message names the field and the line, not only a parse error.
	const raw = badChar(yaml, 'body');
	if (raw) {
		const path = pathAtOffset(yaml, raw.index);
		problems.push({
			file,
			field: path.length ? fieldPath(path) : 'file',
			line: yaml.slice(0, raw.index).split('\n').length + lineOffset,
			message: `${raw.what} is not allowed here: ${badCharFix('text')}.`,
			severity: 'error',
		});
		return undefined;
	}
	const read = readYaml(yaml, lineOffset);
	if (read.errors.length) {
		for (const e of read.errors)
			problems.push({
				file,
				field: 'file',
				line: e.line,
				message: `${e.message}.`,
				severity: 'error',
			});
		return undefined;
	}
	return { data: read.data, lineOf: read.lineOf };
}

/** Parse one file of a collection; report problems; undefined when it cannot be read at all. */
export function parseFile(
	root: string,
	abs: string,
	collection: CollectionName,
	problems: Problem[],
): ParsedFile | undefined {
	const file = relative(root, abs);
	const name = abs.split('/').pop()!;
	const id = name.slice(0, -COLLECTIONS[collection].ext.length);
	const text = normalizeText(readFileSync(abs, 'utf8'));
	if (collection === 'entities') {
		const parsed = parseYaml(file, text, 0, problems);
		return parsed && { file, id, data: parsed.data, body: '', bodyLine: 0, lineOf: parsed.lineOf };
	}
	const split = splitFrontmatter(text);
	if (!split) {
		problems.push({
			file,
			field: 'file',
			line: 1,
			message:
				'no frontmatter: an entry starts with a line "---", its fields, and another "---". Run npm run new to scaffold one.',
			severity: 'error',
		});
		return undefined;
	}
	const parsed = parseYaml(file, split.yaml, 1, problems);
	if (!parsed) return undefined;
	const inBody = badChar(split.body, 'body');
	if (inBody) {
		problems.push({
			file,
			field: 'body',
			line: split.bodyLine + split.body.slice(0, inBody.index).split('\n').length - 1,
			message: `${inBody.what} is not allowed in the body: ${badCharFix('body')}.`,
			severity: 'error',
		});
		return undefined;
	}
	return { file, id, data: parsed.data, body: split.body, bodyLine: split.bodyLine, lineOf: parsed.lineOf };
}

/** Fields that hold ids or names: invisible characters are refused in them too. */
const ID_FIELDS = new Set([
	'name',
	'shortName',
	'key',
	'id',
	'ask',
	'entity',
	'list',
	'source',
	'parent',
	'actors',
	'subjects',
	'related',
	'addressees',
	'lang',
	'country',
	'kind',
	'type',
	'tags',
	'citation',
	'wikidata',
	'opensanctions',
]);
/** Fields of one line: a newline in them is refused too. */
const LINE_FIELDS = new Set(['title', 'publisher', 'url', 'archived', 'website', 'role', 'date', 'published']);

/**
 * Every text of a parsed file (names of fields included), checked for characters it may not
 * hold: escapes such as "\u202E" or "\0" in double quotes reach here, past the scan of the text.
 */
export function textProblems(parsed: ParsedFile): Problem[] {
	const out: Problem[] = [];
	const walk = (v: unknown, path: (string | number)[], depth: number): void => {
		if (out.length || depth > 32) return;
		if (typeof v === 'string') {
			const field = [...path].reverse().find((k): k is string => typeof k === 'string') ?? '';
			const kind = ID_FIELDS.has(field) ? 'id' : LINE_FIELDS.has(field) ? 'line' : 'text';
			const bad = badChar(v, kind);
			if (bad)
				out.push({
					file: parsed.file,
					field: fieldPath(path),
					line: parsed.lineOf(path),
					message: `${bad.what} is not allowed in ${kind === 'id' ? 'an id or a name' : 'this field'}: ${badCharFix(kind)}.`,
					severity: 'error',
				});
			return;
		}
		if (!v || typeof v !== 'object' || v instanceof Date) return;
		for (const [k, child] of Array.isArray(v) ? v.entries() : Object.entries(v)) {
			if (typeof k === 'string') {
				const bad = badChar(k, 'id');
				if (bad) {
					out.push({
						file: parsed.file,
						field: fieldPath([...path, k]),
						line: parsed.lineOf(path),
						message: `${bad.what} is not allowed in the name of a field: ${badCharFix('id')}.`,
						severity: 'error',
					});
					return;
				}
			}
			walk(child, [...path, k], depth + 1);
		}
	};
	walk(parsed.data, [], 0);
	return out;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	let v: unknown = data;
	for (const k of path) v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined;
	return v;
}

/** The parts of a zod schema that `fieldsAt` walks (zod's own types are too deep to name here). */
type SchemaLike = object;
interface SchemaParts {
	shape?: Record<string, SchemaParts>;
	element?: SchemaParts;
	def?: { innerType?: SchemaParts; element?: SchemaParts };
}
/** The field names a schema allows at a path (for "did you mean" on a misspelt field). */
function fieldsAt(schema: SchemaLike, path: readonly PropertyKey[]): string[] {
	const unwrap = (s: SchemaParts | undefined): SchemaParts | undefined => {
		while (s?.def?.innerType) s = s.def.innerType;
		return s;
	};
	let s: SchemaParts | undefined = unwrap(schema as SchemaParts);
	for (const k of path) s = unwrap(typeof k === 'number' ? (s?.element ?? s?.def?.element) : s?.shape?.[String(k)]);
	return s?.shape ? Object.keys(s.shape) : [];
}

/** Turn zod issues into problems: the field, what was found, what is expected. */
export function schemaProblems(parsed: ParsedFile, error: z.ZodError, schema: SchemaLike): Problem[] {
	return error.issues.map((issue) => {
		const path = issue.path as PropertyKey[];
		const found = valueAt(parsed.data, path);
		let message: string;
		if (issue.code === 'unrecognized_keys') {
			const keys = (issue as unknown as { keys: string[] }).keys;
			const known = fieldsAt(schema, path);
			message = `unknown field${keys.length > 1 ? 's' : ''} ${keys.map((k) => `"${k}"${didYouMean(k, known)}`).join(', ')}: remove or rename ${keys.length > 1 ? 'them' : 'it'}. Fields allowed here: ${known.join(', ')}.`;
		} else {
			message = issueMessage(issue, found);
		}
		return {
			file: parsed.file,
			field: fieldPath(path),
			line: parsed.lineOf(path.filter((k): k is string | number => typeof k !== 'symbol')),
			message,
			severity: 'error' as const,
		};
	});
}

/**
 * One zod issue in words an editor reads: what was found and what is expected.
 * @example issueMessage(issue, 'China') // 'found "China", but expected a two-letter country code such as CN or US.'
 */
export function issueMessage(issue: z.core.$ZodIssue, found: unknown): string {
	if (found === undefined || found === null) return `missing: this field is required (${expected(issue)}).`;
	const hint =
		issue.code === 'invalid_value' && typeof found === 'string' ? didYouMean(found, issue.values.map(String)) : '';
	const want = expected(issue);
	const dateHint =
		found instanceof Date ? ' (YAML reads an unquoted YYYY-MM-DD as a date: put the text in quotes)' : '';
	return `found ${showValue(found)}${hint}${want.startsWith('expected') ? ', but ' : ': '}${want}${dateHint}.`;
}

/** What a zod issue expects, in words an editor reads. */
function expected(issue: z.core.$ZodIssue): string {
	if (issue.code === 'invalid_value' && 'values' in issue)
		return `expected one of: ${issue.values.map((v) => String(v)).join(', ')}`;
	if (issue.code === 'invalid_type' && /^Invalid input/.test(issue.message)) {
		const want = {
			array: 'a list (lines starting "  - ", or [a, b])',
			object: 'a group of "name: value" lines',
			string: 'text',
			boolean: 'true or false',
			number: 'a number',
		}[issue.expected as string];
		if (want) return `expected ${want}`;
	}
	if (issue.code === 'too_small' && issue.origin === 'array' && issue.message.startsWith('Too small'))
		return `expected at least ${String(issue.minimum)} item(s)`;
	return issue.message.replace(/^Invalid input: /, '');
}

/** What a directory entry is, read with lstat: links and special files are never followed or opened. */
type FileKind = 'file' | 'dir' | 'link' | 'special';
interface Listed {
	abs: string;
	kind: FileKind;
	size: number;
}

/** The largest content file read, in bytes: an entry is a few kilobytes. */
export const MAX_FILE_BYTES = 256 * 1024;

function listFiles(dir: string, depth = 0): Listed[] {
	let names: string[];
	try {
		names = readdirSync(dir).sort();
	} catch {
		return [];
	}
	return names.flatMap((n) => {
		const abs = join(dir, n);
		let st;
		try {
			st = lstatSync(abs);
		} catch {
			return [];
		}
		const kind: FileKind = st.isSymbolicLink() ? 'link' : st.isDirectory() ? 'dir' : st.isFile() ? 'file' : 'special';
		const item = { abs, kind, size: st.size };
		// Sub-folders are reported, not read; one level down is enough to say what is in them.
		return kind === 'dir' && depth < 2 ? [item, ...listFiles(abs, depth + 1)] : [item];
	});
}

/**
 * What can be read from a file that failed its schema: every top-level field that is valid on
 * its own. The integrity check runs on it too, so an editor sees every problem in one run.
 */
export function salvage<T>(
	schema: { shape: Record<string, { safeParse(v: unknown): { success: boolean; data?: unknown } }> },
	data: unknown,
): Partial<T> {
	const out: Record<string, unknown> = {};
	const input = (data ?? {}) as Record<string, unknown>;
	for (const [key, field] of Object.entries(schema.shape)) {
		const r = field.safeParse(input[key]);
		if (r.success) out[key] = r.data;
	}
	return out as Partial<T>;
}

/**
 * Load and validate every file under `<root>/content`. Files in the wrong folder, with the wrong
 * extension, with an invalid id or a duplicate id are problems; nothing is skipped silently.
 */
export function loadContent(root: string): LoadedContent {
	const problems: Problem[] = [];
	const entries: Entry[] = [];
	const entities: Entity[] = [];
	const entryFiles: ParsedFile[] = [];
	const partialEntries: PartialEntry[] = [];
	const invalidEntityIds = new Set<string>();
	const lines = new Map<string, ParsedFile['lineOf']>();
	const contentDir = join(root, 'content');
	const seen: Record<CollectionName, Map<string, string>> = { entries: new Map(), entities: new Map() };

	// Files with their folder's extension first, so that of `x.yaml` and `x.yml` it is the one
	// the site reads that keeps the id, and the other is reported.
	const rank = ({ abs }: Listed): number => {
		const [folder, name, more] = relative(contentDir, abs).split('/');
		return more === undefined &&
			name &&
			folder &&
			folder in COLLECTIONS &&
			name.endsWith(COLLECTIONS[folder as CollectionName].ext)
			? 0
			: 1;
	};
	let contentIsLink = false;
	try {
		contentIsLink = lstatSync(contentDir).isSymbolicLink();
	} catch {
		/* no content/ at all: nothing to read */
	}
	if (contentIsLink) {
		problems.push({
			file: 'content',
			field: 'file',
			message:
				'content/ is a symbolic link: content must be real files in the repository, and links are never read. Replace the link with the folder itself.',
			severity: 'error',
		});
		return { entries, entities, entryFiles, partialEntries, invalidEntityIds, lineOf: () => undefined, problems };
	}
	const files = listFiles(contentDir).sort((a, b) => rank(a) - rank(b) || (a.abs < b.abs ? -1 : a.abs > b.abs ? 1 : 0));
	for (const { abs, kind, size } of files) {
		const file = relative(root, abs);
		const parts = relative(contentDir, abs).split('/');
		const base = parts[parts.length - 1]!;
		if (kind === 'link') {
			problems.push({
				file,
				field: 'file',
				message:
					'a symbolic link: content must be real files in the repository, and links are never read (a link can point at any file on the machine that builds the site). Replace the link with the file itself.',
				severity: 'error',
			});
			continue;
		}
		if (kind === 'special') {
			problems.push({
				file,
				field: 'file',
				message:
					'not a regular file (a pipe, socket or device): it is never opened. Delete it; content is .mdx and .yaml files only.',
				severity: 'error',
			});
			continue;
		}
		if (base.startsWith('.')) {
			problems.push({
				file,
				field: 'file',
				message: `a hidden ${kind === 'dir' ? 'folder' : 'file'} (its name starts with "."): the site never reads it. Delete it, or rename it without the dot and put it where it belongs (content/entries/ or content/entities/).`,
				severity: 'error',
			});
			continue;
		}
		if (kind === 'file' && size > MAX_FILE_BYTES) {
			problems.push({
				file,
				field: 'file',
				message: `the file is ${size.toLocaleString('en-US')} bytes, more than the ${MAX_FILE_BYTES.toLocaleString('en-US')} a content file may have: it is not read. An entry is a few kilobytes of text.`,
				severity: 'error',
			});
			continue;
		}
		if (kind === 'dir') {
			if (parts.length > 1 || !(parts[0]! in COLLECTIONS))
				problems.push({
					file,
					field: 'file',
					message:
						'unexpected folder: content/ holds only entries/ and entities/, with no sub-folders. Move its files into content/entries/ or content/entities/.',
					severity: 'error',
				});
			continue;
		}
		if (parts.length === 1 && DOC_FILES.test(parts[0]!)) continue;
		const folder = parts.length === 2 ? (parts[0] as string) : undefined;
		const name = parts[parts.length - 1]!;
		const collection = folder && folder in COLLECTIONS ? (folder as CollectionName) : undefined;
		const ext = /\.[^.]+$/.exec(name)?.[0] ?? '';
		if (!collection) {
			const hint =
				ext === '.mdx' || ext === '.md'
					? 'content/entries/'
					: ext === '.yaml' || ext === '.yml'
						? 'content/entities/'
						: 'content/entries/ (entries, .mdx) or content/entities/ (entities, .yaml)';
			problems.push({
				file,
				field: 'file',
				message: `file in the wrong folder: the site never reads it. Move it to ${hint}.`,
				severity: 'error',
			});
			continue;
		}
		const spec = COLLECTIONS[collection];
		const id = name.slice(0, name.length - ext.length);
		const other = seen[collection].get(id);
		if (other) {
			problems.push({
				file,
				field: 'id',
				message: `duplicate id "${id}": ${other} has the same id (the file name without its extension). Each ${collection === 'entries' ? 'entry' : 'entity'} is one file${ext !== spec.ext ? `, and only ${spec.ext} files are read` : ''}: delete or rename one of them, or merge them.`,
				severity: 'error',
			});
			continue;
		}
		seen[collection].set(id, file);
		if (ext !== spec.ext) {
			const otherFolder = collection === 'entries' ? 'entities' : 'entries';
			const belongsElsewhere = ext === COLLECTIONS[otherFolder].ext;
			problems.push({
				file,
				field: 'file',
				message: belongsElsewhere
					? `wrong folder for a ${ext} file: content/${collection}/ holds only ${spec.ext} files, and the site never reads this one. Move it to content/${otherFolder}/.`
					: `wrong extension "${ext || '(none)'}": files in content/${collection}/ end in ${spec.ext}, and the site never reads this one. Rename it to ${id}${spec.ext}.`,
				severity: 'error',
			});
			continue;
		}
		if (!spec.idPattern.test(id)) {
			problems.push({
				file,
				field: 'id',
				message: `the file name "${name}" is not a valid id: use ${spec.idHelp}.`,
				severity: 'error',
			});
			continue;
		}
		const parsed = parseFile(root, abs, collection, problems);
		if (!parsed) {
			if (collection === 'entities') invalidEntityIds.add(id);
			else partialEntries.push({ id, data: {} });
			continue;
		}
		lines.set(parsed.file, parsed.lineOf);
		if (parsed.data === null || typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
			problems.push({
				file,
				field: 'file',
				line: 1,
				message: `the fields must be a YAML mapping (name: value lines); found ${parsed.data === null || parsed.data === undefined ? 'nothing' : Array.isArray(parsed.data) ? 'a list' : showValue(parsed.data)}.`,
				severity: 'error',
			});
			if (collection === 'entities') invalidEntityIds.add(id);
			else partialEntries.push({ id, data: {} });
			continue;
		}
		const textBad = textProblems(parsed);
		const data = parsed.data as { aliases?: unknown };
		if (Array.isArray(data.aliases) && data.aliases.length > MAX_ALIASES_PER_ENTITY)
			textBad.push({
				file,
				field: 'aliases',
				line: parsed.lineOf(['aliases', MAX_ALIASES_PER_ENTITY]),
				message: `${data.aliases.length.toLocaleString('en-US')} aliases, more than the ${MAX_ALIASES_PER_ENTITY} an entity may have (the line is that of the first one too many): keep the names people search for (the Chinese name, its pinyin, acronyms, former names) and drop the rest.`,
				severity: 'error',
			});
		if (parsed.body.length > MAX_BODY)
			textBad.push({
				file,
				field: 'body',
				line: parsed.bodyLine,
				message: `the body is ${parsed.body.length.toLocaleString('en-US')} characters long, more than the ${MAX_BODY.toLocaleString('en-US')} an entry may have: an entry tells one action; split it, or link to the document for the details.`,
				severity: 'error',
			});
		if (textBad.length) {
			problems.push(...textBad);
			if (collection === 'entities') invalidEntityIds.add(id);
			else partialEntries.push({ id, data: {} });
			continue;
		}
		if (collection === 'entries') {
			entryFiles.push(parsed);
			const r = entrySchema.safeParse(parsed.data);
			if (r.success) entries.push({ id, data: r.data, body: parsed.body });
			else {
				problems.push(...schemaProblems(parsed, r.error, entrySchema));
				partialEntries.push({ id, data: salvage<EntryData>(entrySchema, parsed.data) });
			}
		} else {
			const r = entitySchema.safeParse(parsed.data);
			if (r.success) entities.push({ id, data: r.data });
			else {
				problems.push(...schemaProblems(parsed, r.error, entitySchema));
				invalidEntityIds.add(id);
			}
		}
	}
	return {
		entries,
		entities,
		entryFiles,
		partialEntries,
		invalidEntityIds,
		lineOf: (file, path) => lines.get(file)?.(path),
		problems,
	};
}
