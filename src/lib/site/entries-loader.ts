/**
 * The content loader of the `entries` collection (src/content.config.ts).
 *
 * Each `content/entries/*.mdx` file is read exactly as the content check reads it (`parseFile`:
 * the same text normalization, the same YAML reader, the same body), validated by the
 * collection's schema, and its body rendered to HTML once (`renderEntryBody`), stored with the
 * entry: `render(entry)` then gives that HTML. Its plain text (`bodyToPlainText`, for the data
 * files, feeds and search data) is made once here too and stored as the HTML's metadata
 * (`plainText`), in place of the MDX body, which nothing in the build reads again: at 10,000
 * entries 1.2 s less on every build after an edit, for a store a little smaller (69.8 MB). So the check, the data and the page read one
 * parse of one text, and no entry is compiled into a module (which was most of the build's time
 * at 10,000 entries: issue 17, README "Performance").
 *
 * Astro keeps the store between builds (node_modules/.astro/). An entry whose digest is
 * unchanged is kept as it is, not read again: the digest covers the file's text and
 * `renderInputs`, the code and packages the stored data and HTML depend on, so a change to the
 * renderer, the schema or a dependency renders every entry again. `npm run build -- --force`
 * drops the store too.
 *
 * In `astro dev` the loader watches the folder and loads again when a file is added, changed or
 * removed (unchanged files keep their stored entry).
 */
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parseFile } from '../node/content-files.ts';
import { formatReport } from '../check/problems.ts';
import type { Problem } from '../check/problems.ts';
import { citationMap } from '../publish/citations.ts';
import { bodyToPlainText } from '../publish/plain-text.ts';
import type { EntryData } from '../model/schema.ts';
import { renderEntryBody } from './entry-body.ts';

/** The folder of the entries, relative to the project root. */
export const ENTRIES_DIR = 'content/entries';

/**
 * What a stored entry depends on besides its file, relative to the project root: every project
 * module this loader imports, directly or not (its static imports, followed; `import type` left
 * out, since types change nothing stored), and the lockfile, which pins the parser, the schema
 * library and the HTML writer. A change to any of them renders every entry again.
 */
export function renderInputs(root: string): string[] {
	const seen = new Set<string>();
	const visit = (file: string): void => {
		if (seen.has(file)) return;
		seen.add(file);
		for (const m of readFileSync(join(root, file), 'utf8').matchAll(
			/^import\s(?!type\s)[^'"]*?from\s+'(\.[^']+)'|^import\s+'(\.[^']+)'/gm,
		))
			visit(join(dirname(file), (m[1] ?? m[2])!));
	};
	visit(LOADER_FILE);
	return [...[...seen].sort(), 'package-lock.json'];
}

/** This file, relative to the project root: where `renderInputs` starts. */
const LOADER_FILE = 'src/lib/site/entries-loader.ts';

/** A digest of `renderInputs` (a missing file counts as empty). */
export function renderSalt(root: string): string {
	const hash = createHash('sha256');
	let inputs: string[] = ['package-lock.json'];
	try {
		inputs = renderInputs(root);
	} catch {
		/* outside a project checkout (no sources): the lockfile alone */
	}
	for (const file of inputs) {
		let text = '';
		try {
			text = readFileSync(join(root, file), 'utf8');
		} catch {
			/* a file that does not exist changes nothing */
		}
		hash.update(`${file}\u0000${text.length}\u0000${text}`);
	}
	return hash.digest('hex');
}

/** The `entries` loader. */
export function entriesLoader(): Loader {
	return {
		name: 'cct-entries',
		load: async (context) => {
			const root = fileURLToPath(context.config.root);
			await loadAll(context, root);
			const dir = join(root, ENTRIES_DIR);
			context.watcher?.add(dir);
			const reload = (path: string): void => {
				if (!path.startsWith(`${dir}/`) || !path.endsWith('.mdx')) return;
				// The content check reports the file's problems with their lines and fixes (it watches
				// content/ too); this only says the page did not change, without a second report.
				loadAll(context, root).catch(() =>
					context.logger.warn(
						`${relative(root, path)}: not loaded again until it passes the content check (see its report).`,
					),
				);
			};
			context.watcher?.on('add', reload);
			context.watcher?.on('change', reload);
			context.watcher?.on('unlink', reload);
		},
	};
}

/** Load every entry file into the store; exported for tests. */
export async function loadAll(context: LoaderContext, root: string): Promise<void> {
	const { store, parseData, generateDigest } = context;
	const salt = renderSalt(root);
	const dir = join(root, ENTRIES_DIR);
	// In astro dev the check reports and does not stop, so the loader refuses links itself: the
	// folder and each file must be real, or it reads nothing a link points at.
	if (lstatSync(join(root, 'content')).isSymbolicLink() || !lstatSync(dir).isDirectory())
		throw new Error(`${ENTRIES_DIR}: not a real folder (a symbolic link?); run npm run check.`);
	const seen = new Set<string>();
	const problems: Problem[] = [];
	let rendered = 0;
	for (const name of readdirSync(dir).sort()) {
		if (!name.endsWith('.mdx')) continue;
		const abs = join(dir, name);
		if (!lstatSync(abs).isFile()) throw new Error(`${relative(root, abs)}: not a regular file; run npm run check.`);
		const id = name.slice(0, -'.mdx'.length);
		seen.add(id);
		const digest = generateDigest(`${salt}\u0000${readFileSync(abs, 'utf8')}`);
		if (store.get(id)?.digest === digest) continue;
		const parsed = parseFile(root, abs, 'entries', problems);
		if (!parsed) continue;
		const filePath = relative(root, abs);
		const data = await parseData<EntryData & Record<string, unknown>>({
			id,
			data: parsed.data as EntryData & Record<string, unknown>,
			filePath,
		});
		const cites = citationMap(data.sources);
		const html = renderEntryBody(filePath, parsed.body, parsed.bodyLine, cites);
		const plainText = bodyToPlainText(parsed.body, (k) => cites.get(k)?.n);
		store.set({ id, data, filePath, digest, rendered: { html, metadata: { plainText } } });
		rendered++;
	}
	if (problems.length) throw new Error(`The content check should have stopped this:\n\n${formatReport(problems)}`);
	for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
	if (rendered) context.logger.debug(`rendered ${rendered} entry bodies`);
}
