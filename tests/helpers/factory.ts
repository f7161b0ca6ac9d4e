/**
 * Builders for entries and entities in unit tests: valid by default, through the real zod
 * schemas, so a test states only what it is about.
 */
import { entitySchema, entrySchema, type Entity, type Entry } from '../../src/lib/model/schema.ts';

type EntryInput = Record<string, unknown> & { date?: string };

/** A valid entry; `id` defaults to `<date>-<slug>`. */
export function entry(slug: string, fields: EntryInput = {}, body = 'Text.<Cite k="src" />'): Entry {
	const date = fields.date ?? '2020-01-01';
	const data = entrySchema.parse({
		title: `Entry ${slug}`,
		date,
		type: 'official-statement',
		actors: ['agency'],
		summary: `Summary of ${slug}.`,
		sources: [{ key: 'src', title: 'A source', publisher: 'Publisher', url: 'https://example.org/a', kind: 'primary' }],
		...fields,
	});
	return { id: `${date}-${slug}`, data, body };
}

/** A valid entity. */
export function entity(id: string, fields: Record<string, unknown> = {}): Entity {
	return {
		id,
		data: entitySchema.parse({ name: id.replace(/-/g, ' '), kind: 'company', description: `About ${id}.`, ...fields }),
	};
}
