/**
 * Reads `content/` straight from disk, without Astro: the content check and the build's
 * pre-flight use it. It finds files in the wrong place, splits frontmatter from body (BOM and
 * CRLF accepted), parses YAML with line numbers, and validates each file against the zod
 * schemas, turning zod's issues into problems an editor can act on.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { ENTITY_ID, ENTRY_ID, entitySchema, entrySchema, type Entity, type Entry, type EntryData } from './schema.ts';
import { didYouMean, fieldPath, showValue, type Problem } from './problems.ts';
import { readYaml } from './yaml-read.ts';

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
export function parseFile(root: string, abs: string, collection: CollectionName, problems: Problem[]): ParsedFile | undefined {
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
			message: 'no frontmatter: an entry starts with a line "---", its fields, and another "---". Run npm run new to scaffold one.',
			severity: 'error',
		});
		return undefined;
	}
	const parsed = parseYaml(file, split.yaml, 1, problems);
	return parsed && { file, id, data: parsed.data, body: split.body, bodyLine: split.bodyLine, lineOf: parsed.lineOf };
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
	const hint = issue.code === 'invalid_value' && typeof found === 'string' ? didYouMean(found, issue.values.map(String)) : '';
	const want = expected(issue);
	const dateHint = found instanceof Date ? ' (YAML reads an unquoted YYYY-MM-DD as a date: put the text in quotes)' : '';
	return `found ${showValue(found)}${hint}${want.startsWith('expected') ? ', but ' : ': '}${want}${dateHint}.`;
}

/** What a zod issue expects, in words an editor reads. */
function expected(issue: z.core.$ZodIssue): string {
	if (issue.code === 'invalid_value' && 'values' in issue) return `expected one of: ${issue.values.map((v) => String(v)).join(', ')}`;
	if (issue.code === 'invalid_type' && /^Invalid input/.test(issue.message)) {
		const want = { array: 'a list (lines starting "  - ", or [a, b])', object: 'a group of "name: value" lines', string: 'text', boolean: 'true or false', number: 'a number' }[issue.expected as string];
		if (want) return `expected ${want}`;
	}
	if (issue.code === 'too_small' && issue.origin === 'array' && issue.message.startsWith('Too small')) return `expected at least ${String(issue.minimum)} item(s)`;
	return issue.message.replace(/^Invalid input: /, '');
}

function listFiles(dir: string): string[] {
	let names: string[];
	try {
		names = readdirSync(dir).sort();
	} catch {
		return [];
	}
	return names.filter((n) => !n.startsWith('.')).flatMap((n) => {
		const p = join(dir, n);
		return statSync(p).isDirectory() ? [p, ...listFiles(p)] : [p];
	});
}

/**
 * What can be read from a file that failed its schema: every top-level field that is valid on
 * its own. The integrity check runs on it too, so an editor sees every problem in one run.
 */
export function salvage<T>(schema: { shape: Record<string, { safeParse(v: unknown): { success: boolean; data?: unknown } }> }, data: unknown): Partial<T> {
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
	const rank = (abs: string): number => {
		const [folder, name, more] = relative(contentDir, abs).split('/');
		return more === undefined && name && folder && folder in COLLECTIONS && name.endsWith(COLLECTIONS[folder as CollectionName].ext) ? 0 : 1;
	};
	const files = listFiles(contentDir).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
	for (const abs of files) {
		const file = relative(root, abs);
		const parts = relative(contentDir, abs).split('/');
		if (statSync(abs).isDirectory()) {
			if (parts.length > 1 || !(parts[0]! in COLLECTIONS))
				problems.push({ file, field: 'file', message: 'unexpected folder: content/ holds only entries/ and entities/, with no sub-folders. Move its files into content/entries/ or content/entities/.', severity: 'error' });
			continue;
		}
		if (parts.length === 1 && DOC_FILES.test(parts[0]!)) continue;
		const folder = parts.length === 2 ? (parts[0] as string) : undefined;
		const name = parts[parts.length - 1]!;
		const collection = folder && folder in COLLECTIONS ? (folder as CollectionName) : undefined;
		const ext = /\.[^.]+$/.exec(name)?.[0] ?? '';
		if (!collection) {
			const hint = ext === '.mdx' || ext === '.md' ? 'content/entries/' : ext === '.yaml' || ext === '.yml' ? 'content/entities/' : 'content/entries/ (entries, .mdx) or content/entities/ (entities, .yaml)';
			problems.push({ file, field: 'file', message: `file in the wrong folder: the site never reads it. Move it to ${hint}.`, severity: 'error' });
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
			problems.push({ file, field: 'id', message: `the file name "${name}" is not a valid id: use ${spec.idHelp}.`, severity: 'error' });
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
			problems.push({ file, field: 'file', line: 1, message: `the fields must be a YAML mapping (name: value lines); found ${parsed.data === null || parsed.data === undefined ? 'nothing' : Array.isArray(parsed.data) ? 'a list' : showValue(parsed.data)}.`, severity: 'error' });
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
	return { entries, entities, entryFiles, partialEntries, invalidEntityIds, lineOf: (file, path) => lines.get(file)?.(path), problems };
}
