/**
 * The bench's page-size budget is hard at every size (issue 17): a run with a page above 150 KB,
 * at any N, gives a FAIL line naming the page and makes the bench exit non-zero.
 */
import { describe, expect, it } from 'vitest';
import { budgets, failed, table } from '../scripts/bench/report.mjs';

const run = (n: number, over: number, bytes: number) => ({
	n,
	site: { largest: { top: [{ url: '/entries/big/', bytes }], over, limit: 150 * 1024 } },
});

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
		});
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
});
