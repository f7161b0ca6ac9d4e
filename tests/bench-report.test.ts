/**
 * The bench's page-size budget is hard at every size (issue 17): a run with a page above 150 KB,
 * at any N, gives a FAIL line naming the page and makes the bench exit non-zero.
 */
import { describe, expect, it } from 'vitest';
import { budgets, buildPhases, failed, reuseOf, table } from '../scripts/bench/report.mjs';

const run = (n: number, over: number, bytes: number) => ({
	n,
	site: { largest: { top: [{ url: '/entries/big/', bytes }], over, limit: 150 * 1024 } },
});

/** A bench run as the report reads it (the test builds only the fields the warm line uses). */
type Runs = Parameters<typeof budgets>[0];

describe('the bench report', () => {
	it('fails a page over 150 KB at a size other than 10,000', () => {
		const lines = budgets([run(200, 1, 200 * 1024)]);
		const page = lines.find((l: { budget: string }) => /no HTML page above/.test(l.budget))!;
		expect(page.pass).toBe(false);
		expect(page.detail).toMatch(/\/entries\/big\//);
		expect(failed(lines)).toBe(true);
		const text = table({
			machine: { cpuModel: 'x', cpus: 2, memBytes: 1, node: '24' },
			git: {},
			runs: [],
			budgets: lines,
		} as unknown as Parameters<typeof table>[0]);
		expect(text).toMatch(/^FAIL {2}no HTML page above 150\.0 KB raw, at N=200/m);
	});
	it('checks every size of a run, and passes when no page is over', () => {
		const lines = budgets([run(1_000, 0, 100 * 1024), run(10_000, 2, 151 * 1024)]);
		expect(
			lines
				.filter((l: { budget: string }) => /no HTML page above/.test(l.budget))
				.map((l: { pass: boolean | null }) => l.pass),
		).toEqual([true, false]);
		expect(failed(lines)).toBe(true);
		expect(failed(budgets([run(500, 0, 100 * 1024)]))).toBe(false);
	});
	it('shows in the warm line how much was reused, each phase, and what Pagefind costs on top', () => {
		const marks = { contentChecked: 1_000, rendering: 5_000, pagefind: 6_000, searchIds: 9_000 };
		const warm = {
			wallMs: 10_000,
			cpuMs: 8_000,
			phases: buildPhases(marks, 10_000),
			reuse: reuseOf(
				'Astro wrote 600 files: 12 rendered, 588 reused unchanged from the last build (incremental cache).',
			),
		};
		const cold = {
			wallMs: 40_000,
			cpuMs: 30_000,
			phases: buildPhases({ ...marks, pagefind: 36_000, searchIds: 39_000 }, 40_000),
		};
		const line = budgets([{ n: 10_000, site: { build: cold, warm } }] as unknown as Runs).find(
			(l: { budget: string }) => /warm rebuild/.test(l.budget),
		)!;
		expect(line.pass).toBe(true);
		expect(line.detail).toMatch(/^10\.0 s vs cold 40\.0 s: 25% \(CPU 8\.0 s vs 30\.0 s: 27%\)/);
		expect(line.detail).toMatch(/reused 588 of 600 files, rendered 12/);
		expect(line.detail).toMatch(
			/warm: check and bundle 5\.0 s, render 1\.0 s, Pagefind and id map 3\.0 s, page scan and swap \(the old site removed\) 1\.0 s/,
		);
		expect(line.detail).toMatch(/Pagefind on top: 3\.0 s \(30% of the warm build\)/);
		// Cold: Pagefind and id map 3.0 s of 40.0 s; warm: 3.0 s of 10.0 s.
		expect(line.detail).toMatch(/without Pagefind and its id map: 7\.0 s vs 37\.0 s, 19%$/);
		const unreported = budgets([
			{ n: 200, site: { build: cold, warm: { ...warm, reuse: undefined, wallMs: 20_000 } } },
		] as unknown as Runs);
		const u = unreported.find((l: { budget: string }) => /warm rebuild/.test(l.budget))!;
		expect(u.pass).toBe(false);
		expect(u.detail).toMatch(/reuse not reported by the build/);
	});
	it('judges warm search on the typed query, and shows the pasted one and bare Pagefind beside it', () => {
		const q = (query: string, ms: number | null) => ({
			query,
			ms,
			timedOut: ms === null,
			results: 10,
			bytes: 0,
			gzip: 0,
			requests: 0,
		});
		const cold = [
			{ ...q('a', 50), pageBytes: 0, pageGzip: 0, firstQueryBytes: 0, firstQueryGzip: 0, split: {}, input: 'x' },
		];
		const search = (typed: number | null, pasted: number) => ({
			available: true,
			url: '/search/',
			resultSelector: 'a',
			cold,
			warm: [q('a', typed)],
			streamed: [q('a', 180)],
			pasted: [q('a', pasted)],
		});
		const bare = { ...search(70, 300), cold };
		const line = (typed: number | null) =>
			budgets([{ n: 10_000, search: search(typed, 250), searchBare: bare }] as unknown as Runs).find(
				(l: { budget: string }) => /warm search results/.test(l.budget),
			)!;
		expect(line(90).pass).toBe(true);
		expect(line(90).detail).toMatch(
			/typed key by key \(the last key timed once the page has settled\): "a" 90 ms; streamed, no pause before the last key \(an indication\): "a" 180 ms; pasted whole \(an indication\): "a" 250 ms; bare Pagefind typed: "a" 70 ms; streamed, no pause before the last key \(an indication\): "a" 180 ms; pasted whole \(an indication\): "a" 300 ms/,
		);
		expect(line(101).pass).toBe(false);
		expect(line(null).pass).toBe(false);
	});
});
