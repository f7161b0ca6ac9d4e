/**
 * Reads `content/` straight from disk, without Astro: the content check and the build's
 * pre-flight use it. It finds files in the wrong place, splits frontmatter from body (BOM and
 * CRLF accepted), parses YAML with line numbers, and validates each file against the zod
 * schemas, turning zod's issues into problems an editor can act on.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { ENTITY_ID, ENTRY_ID, entitySchema, entrySchema, type Entity, type Entry } from './schema.ts';
import { didYouMean, fieldPath, showValue, type Problem } from './problems.ts';

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

export interface LoadedContent {
	entries: Entry[];
	entities: Entity[];
	/** Entry files that parsed, valid or not, for body checks. */
	entryFiles: ParsedFile[];
	problems: Problem[];
}

const COLLECTIONS = {
	entries: { ext: '.mdx', idPattern: ENTRY_ID, idHelp: 'YYYY-MM-DD-short-slug (lower-case, hyphens)' },
	entities: { ext: '.yaml', idPattern: ENTITY_ID, idHelp: 'lower-case words joined by hyphens' },
} as const;
type CollectionName = keyof typeof COLLECTIONS;
/** Documentation that may sit at the top of content/ (not content). */
const DOC_FILES = /^(README\.md|LICENSE(\.txt|\.md)?)$/;

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
	const lineCounter = new LineCounter();
	const doc: Document = parseDocument(yaml, { lineCounter, prettyErrors: false });
	if (doc.errors.length) {
		for (const e of doc.errors) {
			const pos = e.linePos?.[0];
			problems.push({
				file,
				field: 'file',
				line: pos ? pos.line + lineOffset : undefined,
				message: `the YAML does not parse: ${e.message.split('\n')[0]}. Check indentation, colons and quotes on that line.`,
				severity: 'error',
			});
		}
		return undefined;
	}
	const lineOf = (path: readonly (string | number)[]): number | undefined => {
		for (let n = path.length; n >= 0; n--) {
			const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
			if (node && typeof node === 'object' && node.range) return lineCounter.linePos(node.range[0]).line + lineOffset;
		}
		return undefined;
	};
	return { data: doc.toJS(), lineOf };
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

/** Turn zod issues into problems. */
export function schemaProblems(parsed: ParsedFile, error: z.ZodError, shape: Record<string, unknown>): Problem[] {
	return error.issues.map((issue) => {
		const path = issue.path as PropertyKey[];
		const found = valueAt(parsed.data, path);
		let message: string;
		if (issue.code === 'unrecognized_keys') {
			const keys = (issue as unknown as { keys: string[] }).keys;
			const known = path.length === 0 ? Object.keys(shape) : [];
			message = `unknown field${keys.length > 1 ? 's' : ''} ${keys.map((k) => `"${k}"${didYouMean(k, known)}`).join(', ')}: remove or rename ${keys.length > 1 ? 'them' : 'it'} (see the fields in CONTRIBUTING.md).`;
		} else if (found === undefined) {
			message = `missing: this field is required. ${issue.message}.`.replace('..', '.');
		} else {
			message = `found ${showValue(found)}; ${issue.message}.`.replace('..', '.');
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

function listFiles(dir: string): string[] {
	let names: string[];
	try {
		names = readdirSync(dir);
	} catch {
		return [];
	}
	return names.filter((n) => !n.startsWith('.')).flatMap((n) => {
		const p = join(dir, n);
		return statSync(p).isDirectory() ? [p, ...listFiles(p)] : [p];
	});
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
	const contentDir = join(root, 'content');
	const seen: Record<CollectionName, Map<string, string>> = { entries: new Map(), entities: new Map() };

	for (const abs of listFiles(contentDir)) {
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
			problems.push({ file, field: 'file', message: `file in the wrong folder: move it to ${hint}.`, severity: 'error' });
			continue;
		}
		const spec = COLLECTIONS[collection];
		const id = name.slice(0, name.length - ext.length);
		const other = seen[collection].get(id);
		if (other) {
			problems.push({ file, field: 'id', message: `duplicate id "${id}": ${other} has the same id (the file name). Rename one of them, or merge them.`, severity: 'error' });
			continue;
		}
		seen[collection].set(id, file);
		if (ext !== spec.ext) {
			const otherFolder = collection === 'entries' ? 'entities' : 'entries';
			const belongsElsewhere = ext === COLLECTIONS[otherFolder].ext || (otherFolder === 'entities' && ext === '.yml');
			problems.push({
				file,
				field: 'file',
				message: belongsElsewhere
					? `wrong folder for a ${ext} file: content/${collection}/ holds ${spec.ext} files. Move it to content/${otherFolder}/ (renamed to .yaml if it is .yml) or convert it.`
					: `wrong extension "${ext || '(none)'}": files in content/${collection}/ end in ${spec.ext}. Rename it to ${id}${spec.ext}.`,
				severity: 'error',
			});
			continue;
		}
		if (!spec.idPattern.test(id)) {
			problems.push({ file, field: 'id', message: `the file name "${name}" is not a valid id: use ${spec.idHelp}.`, severity: 'error' });
			continue;
		}
		const parsed = parseFile(root, abs, collection, problems);
		if (!parsed) continue;
		if (parsed.data === null || typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
			problems.push({ file, field: 'file', line: 1, message: 'the fields must be a YAML mapping (name: value lines).', severity: 'error' });
			continue;
		}
		if (collection === 'entries') {
			entryFiles.push(parsed);
			const r = entrySchema.safeParse(parsed.data);
			if (r.success) entries.push({ id, data: r.data, body: parsed.body });
			else problems.push(...schemaProblems(parsed, r.error, entrySchema.shape));
		} else {
			const r = entitySchema.safeParse(parsed.data);
			if (r.success) entities.push({ id, data: r.data });
			else problems.push(...schemaProblems(parsed, r.error, entitySchema.shape));
		}
	}
	return { entries, entities, entryFiles, problems };
}
