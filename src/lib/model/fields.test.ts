import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { descriptionOf, fieldsOf, undescribed, type JsonSchema } from './fields.ts';
import * as schema from './schema.ts';

const input = (s: z.ZodType) => z.toJSONSchema(s, { io: 'input', unrepresentable: 'throw' }) as JsonSchema;

describe('every field of the content model', () => {
	const objects: [string, z.ZodObject][] = [];
	for (const [name, value] of Object.entries(schema))
		if (name.endsWith('Schema') && value instanceof z.ZodObject) objects.push([name, value]);
	it('covers every object schema of schema.ts', () => {
		expect(objects.map(([name]) => name).sort()).toEqual(
			[
				'aliasSchema',
				'answerSchema',
				'askSchema',
				'bearsOnSchema',
				'correctionSchema',
				'designationSchema',
				'entityNoteSchema',
				'entitySchema',
				'entrySchema',
				'reviewSchema',
				'sourceSchema',
			].sort(),
		);
	});
	it('has a description (.meta({ description }) on the field itself), nested fields included', () => {
		for (const [name, s] of objects) {
			expect(undescribed(input(s)), name).toEqual([]);
			for (const [k, field] of Object.entries(s.shape))
				expect((field as z.ZodType).description, `${name}.${k}`).toBeTruthy();
		}
	});
});

describe('fieldsOf', () => {
	const s = input(
		z.strictObject({
			a: z.string().meta({ description: 'A.' }),
			list: z
				.array(z.strictObject({ x: z.number().meta({ description: 'X.' }), y: z.boolean().optional() }))
				.meta({ description: 'L.' }),
			obj: z.strictObject({ z: z.string().meta({ description: 'Z.' }) }).optional(),
		}),
	);
	it('walks nested fields in order, with their requirement and description', () => {
		expect(fieldsOf(s).map((f) => [f.path, f.required, f.description])).toEqual([
			['a', true, 'A.'],
			['list', true, 'L.'],
			['list[].x', true, 'X.'],
			['list[].y', false, ''],
			['obj', false, ''],
			['obj.z', true, 'Z.'],
		]);
	});
	it('lists the fields without a description, so a missing one fails the test above', () => {
		expect(undescribed(s)).toEqual(['list[].y', 'obj']);
	});
});

describe('descriptionOf', () => {
	it('reads .meta({ description }) and names a field that has none', () => {
		expect(descriptionOf(schema.entrySchema.shape.title, 'title')).toBe('Headline, plain text.');
		expect(() => descriptionOf(z.string(), 'sources[].x')).toThrow(/sources\[\]\.x: the field has no description/);
	});
});
