/**
 * The fields of a schema, read from its JSON Schema: the one walker behind both the field tables
 * of CONTRIBUTING.md (`editor/contributing-fields.ts`, over the content schemas of `schema.ts`)
 * and the Data page's dictionary (`publish/data-dictionary.ts`, over the published schemas of
 * the data files). Each field's description is the one written once in `schema.ts` (or, for a
 * field only the data files have, in `publish/data-schemas.ts`); zod 4's `z.toJSONSchema`
 * carries it into the JSON Schema. No zod here, and no zod internals: a JSON Schema is a
 * published format.
 */

/** A JSON Schema document or node, as `z.toJSONSchema` writes it. */
export type JsonSchema = Record<string, unknown> & { properties?: Record<string, JsonSchema>; description?: string };

/** One field of an object schema. */
export interface Field {
	/** As a reader or an editor writes it: `sources[].url` (in a list), `identifiers.website` (in an object). */
	path: string;
	/** Whether an object that has the field's parent must have it. */
	required: boolean;
	/** Its description ('' when it has none: `undescribed` lists those). */
	description: string;
	/** Its JSON Schema node, for the words that say what value it takes. */
	schema: JsonSchema;
}

/** The object schema inside a node, if any: itself, the items of a list, a branch of `anyOf`. */
export function objectIn(s: JsonSchema): JsonSchema | undefined {
	if (s.type === 'object' && s.properties) return s;
	if (s.type === 'array' && s.items) return objectIn(s.items as JsonSchema);
	if (Array.isArray(s.anyOf))
		for (const x of s.anyOf as JsonSchema[]) {
			const inner = objectIn(x);
			if (inner) return inner;
		}
	return undefined;
}

/**
 * Every field of an object schema, in order, each followed by the fields nested in it
 * (`parent[].child` in a list, `parent.child` in an object).
 * @example fieldsOf({ type: 'object', properties: { a: { type: 'string' } }, required: ['a'] })
 * // [{ path: 'a', required: true, description: '', schema: { type: 'string' } }]
 */
export function fieldsOf(schema: JsonSchema, prefix = ''): Field[] {
	const required = new Set((schema.required as string[] | undefined) ?? []);
	const fields: Field[] = [];
	for (const [name, node] of Object.entries(schema.properties ?? {})) {
		const path = `${prefix}${name}`;
		fields.push({ path, required: required.has(name), description: node.description ?? '', schema: node });
		const inner = objectIn(node);
		if (inner) fields.push(...fieldsOf(inner, `${path}${node.type === 'array' ? '[]' : ''}.`));
	}
	return fields;
}

/** The paths of the fields that have no description. */
export function undescribed(schema: JsonSchema): string[] {
	return fieldsOf(schema)
		.filter((f) => f.description.trim() === '')
		.map((f) => f.path);
}

/**
 * The description of a zod schema (what `.meta({ description })` gave it), for a field that the
 * data files keep with another type (a date written `z.iso.date()` rather than `isoDay`).
 * Throws, naming the field, when there is none: the text is written once, on the content field.
 */
export function descriptionOf(field: { readonly description?: string | undefined }, name: string): string {
	const text = field.description;
	if (!text) throw new Error(`${name}: the field has no description; give it one with .meta({ description }).`);
	return text;
}
