import { describe, expect, it } from 'vitest';
import { entry } from '../../tests/helpers/factory.ts';
import { askPageParams, askPages, pageAsks, selectAsks } from './ask-pages.ts';
import { deriveAsks, indexAsks } from './asks.ts';
import { buildCorpus } from './corpus.ts';

// 30 letters of 1 to 5 asks each, to various addressees and about various entities.
const letters = Array.from({ length: 30 }, (_, i) =>
	entry(`letter-${i}`, {
		date: `20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 10}`,
		type: 'congressional-letter',
		asks: Array.from({ length: 1 + (i % 5) }, (_, k) => ({
			id: `ask-${k}`,
			request: `Request ${k}.`,
			source: 'src',
			addressees: [k % 2 ? 'treasury' : 'commerce'],
			action: 'investigate',
			subjects: [`firm-${(i + k) % 4}`],
		})),
	}),
);
const corpus = buildCorpus(letters, []);
const all = deriveAsks(corpus, '2026-11-26');
const index = indexAsks(all);

describe('pages of requests', () => {
	for (const size of [1, 7, 40, 1000]) {
		it(`holds every request once, in order, letters whole, about ${size} a page`, () => {
			const pages = pageAsks(all, size);
			const flat = pages.flatMap((p) => p.letters.flatMap((l) => l.outcomes));
			expect(flat).toEqual(all);
			const letterIds = pages.flatMap((p) => p.letters.map((l) => l.letter.id));
			expect(new Set(letterIds).size).toBe(letterIds.length);
			for (const p of pages) {
				expect(p.count).toBe(p.letters.reduce((s, l) => s + l.outcomes.length, 0));
				// Over the size only when a single letter alone is larger.
				if (p.count > size) expect(p.letters).toHaveLength(1);
				expect(p.total).toBe(pages.length);
			}
			expect(pages.map((p) => p.n)).toEqual(pages.map((_, i) => i + 1));
		});
	}

	it('has one empty page when nothing is selected', () => {
		expect(pageAsks([])).toEqual([{ n: 1, total: 1, letters: [], count: 0 }]);
		expect(askPageParams([])).toEqual([]);
	});

	it('is computed once per selection and gives params for pages 2..N', () => {
		expect(askPages(all)).toBe(askPages(all));
		expect(askPageParams(all).map((p) => Number(p.n))).toEqual(askPages(all).slice(1).map((p) => p.n));
	});
});

describe('selecting requests', () => {
	it('selects by status, addressee or subject from the index', () => {
		expect(selectAsks(all, index, {})).toBe(all);
		expect(selectAsks(all, index, { addressee: 'treasury' })).toEqual(all.filter((o) => o.ask.addressees.includes('treasury')));
		expect(selectAsks(all, index, { about: 'firm-2' })).toEqual(all.filter((o) => o.ask.subjects.includes('firm-2')));
		expect(selectAsks(all, index, { status: 'open' })).toEqual(all);
		expect(selectAsks(all, index, { status: 'declined' })).toEqual([]);
		expect(selectAsks(all, index, { addressee: 'nobody' })).toEqual([]);
	});

	it('returns the same array for every page of a selection, so pages share one split', () => {
		expect(selectAsks(all, index, { addressee: 'commerce' })).toBe(selectAsks(all, index, { addressee: 'commerce' }));
	});
});
