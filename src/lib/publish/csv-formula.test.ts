/** Formula cells are neutralized in every CSV the site writes (OWASP's rule), and read back as written. */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvField, FORMULA_START, neutralizeCell, toCsv, type Column } from './csv.ts';

const HOSTILE = [
	'=HYPERLINK("https://evil.example/","x")',
	'+1+cmd|" /C calc"!A0',
	'-2+3',
	'@SUM(A1:A9)',
	'\t=1+1',
	'\r=1+1',
	'=1,2',
	'-"quoted"',
];
const cols: Column<{ v: string }>[] = [
	{ name: 'v', doc: '', format: { kind: 'text' }, value: (r) => r.v },
	{ name: 'w', doc: '', format: { kind: 'text' }, value: () => 'plain' },
];

describe('CSV cells a spreadsheet would run', () => {
	it('start with a single quote, and read back as the text with that quote', () => {
		const csv = toCsv(
			cols,
			HOSTILE.map((v) => ({ v })),
		);
		const rows = parse(csv) as string[][];
		expect(rows[0]).toEqual(['v', 'w']);
		rows.slice(1).forEach((row, i) => {
			expect(row[0]).toBe(`'${HOSTILE[i]}`);
			expect(FORMULA_START.test(row[0]!)).toBe(false);
			expect(row[1]).toBe('plain');
		});
	});
	it('leave every other value alone', () => {
		for (const v of ['2020-08-17', 'huawei-cloud', '85 FR 51596', 'A title', '华为云', '', "'already"])
			expect(neutralizeCell(v)).toBe(v);
		expect(csvField('a "b", c')).toBe('"a ""b"", c"');
	});
});
