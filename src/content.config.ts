import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { entriesLoader } from './lib/site/entries-loader.ts';
import { formatReport } from './lib/check/problems.ts';
import { readReviewStamp } from './lib/model/review.ts';
import { entitySchema, entrySchema, reviewSchema } from './lib/model/schema.ts';

/** Entries: read as the content check reads them, each body rendered to HTML once (entries-loader.ts). */
const entries = defineCollection({
	loader: entriesLoader(),
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
