import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { formatReport } from './lib/check/problems.ts';
import { readReviewStamp } from './lib/model/review.ts';
import { entitySchema, entrySchema, reviewSchema } from './lib/model/schema.ts';

const entries = defineCollection({
	loader: glob({ pattern: '*.mdx', base: './content/entries' }),
	schema: entrySchema,
});

const entities = defineCollection({
	loader: glob({ pattern: '*.yaml', base: './content/entities' }),
	schema: entitySchema,
});

/** The record's review stamp, content/review.yaml: one entry, `current` (the content check has already validated it). */
const review = defineCollection({
	loader: async () => {
		const read = readReviewStamp(process.cwd());
		if (!read.stamp) throw new Error(formatReport(read.problems));
		return { current: read.stamp };
	},
	schema: reviewSchema,
});

export const collections = { entries, entities, review };
