import { describe, expect, it } from 'vitest';
import { checkBody } from './mdx-check.ts';

const body = (table: string) => `The rule named three entities.<Cite k="fr" />\n\n${table}\n`;

describe('tables in entry bodies', () => {
	it('refuses a row with more cells than the header, which the page would drop, naming the line', () => {
		const r = checkBody('content/entries/x.mdx', body('| a | b |\n| - | - |\n| 1 | 2 | 3 |'), 10, ['fr']);
		expect(r.problems).toHaveLength(1);
		expect(r.problems[0]).toMatchObject({ field: 'body', severity: 'error', line: 12 });
		expect(r.problems[0]!.message).toMatch(/a table row has 3 cells but the header row has 2/);
	});
	it('accepts rows as wide as the header, or narrower (GFM fills them with empty cells)', () => {
		expect(checkBody('x.mdx', body('| a | b |\n| - | - |\n| 1 | 2 |\n| 3 |'), 1, ['fr']).problems).toEqual([]);
	});
});
