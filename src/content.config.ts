import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { entitySchema, entrySchema } from './lib/schema.ts';

const entries = defineCollection({
	loader: glob({ pattern: '*.mdx', base: './content/entries' }),
	schema: entrySchema,
});

const entities = defineCollection({
	loader: glob({ pattern: '*.yaml', base: './content/entities' }),
	schema: entitySchema,
});

export const collections = { entries, entities };
