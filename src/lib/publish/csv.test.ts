import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvField, toCsv, type Column } from './csv.ts';

type Row = { a: string; b: string };
const cols: Column<Row>[] = [
	{ name: 'a', doc: 'A', format: { kind: 'text' }, value: (r) => r.a },
	{ name: 'b,c', doc: 'B', format: { kind: 'text' }, value: (r) => r.b },
];

describe('the CSV writer', () => {
	it('round-trips commas, quotes, line breaks, semicolons and non-Latin text through csv-parse', () => {
		const rows: Row[] = [
			{ a: 'plain', b: '' },
			{ a: 'with, comma', b: 'with "quotes"' },
			{ a: 'line\nbreak', b: 'cr\r\nlf' },
			{ a: '华为云; a;b', b: ' leading and trailing spaces ' },
		];
		const text = toCsv(cols, rows);
		const back = parse(text, { columns: true, relax_column_count: false }) as Record<string, string>[];
		expect(back).toEqual(rows.map((r) => ({ a: r.a, 'b,c': r.b })));
	});
	it('ends every record with CRLF and has no byte-order mark', () => {
		const text = toCsv(cols, [{ a: 'x', b: 'y' }]);
		expect(text).toBe('a,"b,c"\r\nx,y\r\n');
	});
	it('quotes only when needed', () => {
		expect(csvField('abc')).toBe('abc');
		expect(csvField('a"b')).toBe('"a""b"');
	});
});
