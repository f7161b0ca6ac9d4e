/**
 * Reading what leaves the built site in tests: files under dist/ by URL path, absolute URLs
 * turned back into paths, and the expected entry sets computed from the content (the truth),
 * never from the code under test.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { entityRoles } from '../../src/lib/derive/corpus.ts';
import type { Entry } from '../../src/lib/model/schema.ts';
import { DIST } from './site.ts';

/** A built file's text by URL path (`/data/entries.csv`). */
export function file(path: string): string {
	const p = join(DIST, path);
	if (!existsSync(p)) throw new Error(`no built file for ${path}`);
	return readFileSync(p, 'utf8');
}

/** Whether a URL path exists in dist/ (a file, or a directory page). */
export function exists(path: string): boolean {
	return existsSync(join(DIST, path, path.endsWith('/') ? 'index.html' : ''));
}

/** The path of an absolute URL of the site. */
export const pathOf = (url: string): string => new URL(url).pathname;

/** A CSV file parsed with csv-parse into header and rows. */
export function csv(path: string): { header: string[]; rows: Record<string, string>[] } {
	const text = file(path);
	const [header] = parseCsv(text, { to_line: 1 }) as string[][];
	return { header: header ?? [], rows: parseCsv(text, { columns: true }) as Record<string, string>[] };
}

/** The ids of the entries that concern an entity (any role), from the content. */
export function entriesOfEntity(entries: readonly Entry[], id: string): string[] {
	return entries.filter((e) => entityRoles(e).has(id)).map((e) => e.id);
}

export const sorted = (xs: Iterable<string>): string[] => [...xs].sort();
