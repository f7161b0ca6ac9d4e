/**
 * The benchmark's synthetic corpus (scripts/bench/corpus.mjs) must be content the project
 * accepts, or the bench measures a failing build: it is written to a temporary directory and
 * run through the real content check, with no error and no warning.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus, writeCorpus } from '../scripts/bench/corpus.mjs';
import { checkProject } from '../src/lib/check/check.ts';

interface GenEntry {
	id: string;
	data: Record<string, unknown> & {
		date: string;
		type: string;
		actors: string[];
		subjects?: string[];
		asks?: { subjects: string[] }[];
		answers?: unknown[];
		designations?: unknown[];
	};
	body: string;
}
interface GenEntity {
	id: string;
	data: { kind: string; parent?: string; aliases?: { lang: string }[] };
}
const END = '2026-06-30';
const N = 400;
const corpus = generateCorpus({ n: N, seed: 11, end: END }) as unknown as {
	entries: GenEntry[];
	entities: GenEntity[];
	stats: Record<string, number>;
};
const dir = mkdtempSync(join(tmpdir(), 'cct-corpus-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the bench corpus', () => {
	it('passes the content check with no error and no warning', () => {
		writeCorpus(join(dir, 'content'), corpus as unknown as Parameters<typeof writeCorpus>[1]);
		const result = checkProject(dir, END);
		expect(result.problems).toEqual([]);
		expect(result.entries).toHaveLength(N);
		expect(result.entities.length).toBe(corpus.entities.length);
	});

	it('is the same for the same seed, and different for another', () => {
		const again = generateCorpus({ n: N, seed: 11, end: END });
		expect(JSON.stringify(again)).toBe(JSON.stringify(corpus));
		expect(JSON.stringify(generateCorpus({ n: N, seed: 12, end: END }).entries)).not.toBe(
			JSON.stringify(corpus.entries),
		);
	});

	it('has the shape of the real record: letters with asks, answers, designations, Chinese aliases, parents', () => {
		const types = new Set(corpus.entries.map((e) => e.data.type));
		expect(types.size).toBeGreaterThanOrEqual(10);
		expect(corpus.entries.some((e) => e.data.asks?.length)).toBe(true);
		expect(corpus.entries.some((e) => e.data.answers?.length)).toBe(true);
		expect(corpus.entries.some((e) => e.data.designations?.length)).toBe(true);
		expect(corpus.entities.some((e) => e.data.aliases?.some((a) => a.lang.startsWith('zh-Han')))).toBe(true);
		expect(corpus.entities.some((e) => e.data.kind === 'company' && e.data.parent)).toBe(true);
		expect(corpus.entities.length).toBeGreaterThanOrEqual(N / 20);
	});

	it("has the record's heavy shapes: one letter many later entries answer, bear on and name as related; a group with 40 aliases and many subsidiaries", () => {
		const named = new Map<string, number>();
		const answered = new Map<string, number>();
		for (const e of corpus.entries) {
			for (const r of (e.data.related as string[] | undefined) ?? []) named.set(r, (named.get(r) ?? 0) + 1);
			for (const a of [
				...((e.data.answers as { ask: string }[] | undefined) ?? []),
				...((e.data.bearsOn as { ask: string }[] | undefined) ?? []),
			]) {
				const letter = a.ask.split('#')[0]!;
				answered.set(letter, (answered.get(letter) ?? 0) + 1);
			}
		}
		const [top, count] = [...named].sort((a, b) => b[1] - a[1])[0]!;
		expect(count).toBeGreaterThanOrEqual(N * 0.05);
		expect(answered.get(top)).toBeGreaterThanOrEqual(N * 0.02);
		const maxAliases = Math.max(...corpus.entities.map((e) => e.data.aliases?.length ?? 0));
		expect(maxAliases).toBe(40);
		const kids = new Map<string, number>();
		for (const e of corpus.entities) if (e.data.parent) kids.set(e.data.parent, (kids.get(e.data.parent) ?? 0) + 1);
		expect(Math.max(...kids.values())).toBeGreaterThanOrEqual(20);
	});

	it('spreads dates over 15 years up to the end date, never after it', () => {
		const dates = corpus.entries.map((e) => e.data.date).sort();
		expect(dates.at(-1)! <= END).toBe(true);
		expect(Number(END.slice(0, 4)) - Number(dates[0]!.slice(0, 4))).toBeGreaterThanOrEqual(14);
	});

	it('gives each entry a few entities and a body of about 300 words', () => {
		for (const e of corpus.entries) {
			const ids = new Set([
				...e.data.actors,
				...(e.data.subjects ?? []),
				...(e.data.asks ?? []).flatMap((a) => a.subjects),
			]);
			expect(ids.size, e.id).toBeGreaterThanOrEqual(1);
			expect(ids.size, e.id).toBeLessThanOrEqual(4);
			const words = e.body
				.replace(/<Cite[^>]*>/g, ' ')
				.split(/\s+/)
				.filter(Boolean).length;
			expect(words, e.id).toBeGreaterThan(200);
			expect(words, e.id).toBeLessThan(500);
		}
	});
});
