/**
 * The column dictionary of the Data page, read from the published JSON Schemas (so the page
 * says exactly what the schemas say) by the walker the CONTRIBUTING field tables use too
 * (`model/fields.ts`): one row per column or field, nested fields as `sources[].url`, with a
 * short type and the description (written once, in `model/schema.ts` for the fields of the
 * content files, in `data-schemas.ts` or `csv.ts` for the derived ones).
 */
import { fieldsOf, type JsonSchema } from '../model/fields.ts';

export interface DictionaryRow {
	name: string;
	type: string;
	required: boolean;
	description: string;
}

const DATE_WORDS = 'date (YYYY-MM-DD)';

/**
 * A short human type for a JSON Schema node.
 * @example typeOf({ type: 'string', format: 'date' }) // 'date (YYYY-MM-DD)'
 */
export function typeOf(s: JsonSchema): string {
	if (Array.isArray(s.anyOf)) {
		const parts = (s.anyOf as JsonSchema[]).filter((x) => !(x.const === '' || x.type === 'null'));
		const empty = (s.anyOf as JsonSchema[]).some((x) => x.const === '')
			? ' or empty'
			: (s.anyOf as JsonSchema[]).some((x) => x.type === 'null')
				? ' or null'
				: '';
		return parts.map(typeOf).join(' or ') + empty;
	}
	if (Array.isArray(s.type) && s.type.includes('null'))
		return `${typeOf({ ...s, type: s.type.find((t: string) => t !== 'null') })} or null`;
	if (s.const !== undefined) return JSON.stringify(s.const);
	if (Array.isArray(s.enum)) return `one of: ${(s.enum as unknown[]).join(', ')}`;
	switch (s.type) {
		case 'string':
			return s.format === 'date' ? DATE_WORDS : s.format === 'uri' ? 'URL' : 'text';
		case 'integer':
			return 'integer';
		case 'number':
			return 'number';
		case 'boolean':
			return 'true or false';
		case 'array':
			return `list of ${typeOf((s.items as JsonSchema) ?? {}).replace(/^one of/, 'values among')}`;
		case 'object':
			return 'object';
		default:
			return 'value';
	}
}

/**
 * Rows for every property of an object schema, nested objects flattened as `parent[].child`
 * (arrays) or `parent.child` (objects).
 */
export function dictionary(schema: JsonSchema, prefix = ''): DictionaryRow[] {
	return fieldsOf(schema, prefix).map((f) => ({
		name: f.path,
		type: typeOf(f.schema),
		required: f.required,
		description: f.description,
	}));
}

/** The schema of one record inside a data file's JSON Schema (`records` items). */
export function recordSchema(fileSchema: JsonSchema): JsonSchema {
	const records = fileSchema.properties?.records;
	const items = records?.items as JsonSchema | undefined;
	if (!items) throw new Error('data file schema without records');
	return items;
}
