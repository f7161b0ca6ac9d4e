/**
 * The id patterns of the content model, in one place: the schema (schema.ts), the CSV columns'
 * formats (csv.ts, also bundled for the browser, hence no zod here) and `npm run new` import them.
 */

/** Lower-case words joined by hyphens, unanchored: the pattern of entity and ask ids and slugs, for composing patterns (the CSV columns). */
export const ID_PATTERN = '[a-z0-9]+(?:-[a-z0-9]+)*';
/** An entry id, unanchored: `YYYY-MM-DD-slug`. */
export const ENTRY_ID_PATTERN = `\\d{4}-\\d{2}-\\d{2}-${ID_PATTERN}`;
/** An entry id: the file name without extension, `YYYY-MM-DD-slug`. */
export const ENTRY_ID = new RegExp(`^${ENTRY_ID_PATTERN}$`);
/** An entity id: the file name without extension, lower-case words joined by hyphens. */
export const ENTITY_ID = new RegExp(`^${ID_PATTERN}$`);
/** An ask id inside a letter: lower-case words joined by hyphens. */
export const ASK_ID = new RegExp(`^${ID_PATTERN}$`);
/** A reference to one ask: `<entry-id>#<ask-id>`. */
export const ASK_REF = /^\d{4}-\d{2}-\d{2}-[a-z0-9-]+#[a-z0-9-]+$/;
/** A source key, used in the body as `<Cite k="key" />`. */
export const SOURCE_KEY = /^[a-z][a-z0-9-]*$/;

/** How a later entry responds to an ask. */
export const RESPONSES = ['acknowledged', 'acted-on', 'partly-acted-on', 'declined'] as const;
/** A request's derived status: no recorded response yet, or the strongest response. */
export const ASK_STATUSES = ['open', ...RESPONSES] as const;
/** The responses as a regular-expression alternation, for the CSV columns' formats. */
export const RESPONSE_PATTERN = `(?:${RESPONSES.join('|')})`;
/** Values in words, for descriptions: "a, b or c". */
export const orList = (values: readonly string[]): string =>
	values.length > 1 ? `${values.slice(0, -1).join(', ')} or ${values.at(-1)}` : (values[0] ?? '');
/** How exactly an entry's date is known. */
export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
