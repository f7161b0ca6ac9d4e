import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { readYaml, unclosedQuoteLine } from './yaml-read.ts';

describe('readYaml', () => {
	it('reads values as the build does (js-yaml): an unquoted day is a date, a quoted one text', () => {
		const text = 'a: 2020-08-17\nb: "2020-08-17"\nc: 0x1F\nd: yes\n';
		const { data, errors } = readYaml(text);
		expect(errors).toEqual([]);
		expect(data).toEqual(jsYaml.load(text));
		expect((data as { a: unknown }).a).toBeInstanceOf(Date);
	});

	it('keeps a day that does not exist as the text written, where js-yaml would move it', () => {
		expect(jsYaml.load('d: 2020-02-30')).toEqual({ d: new Date('2020-03-01T00:00:00Z') });
		expect(readYaml('d: 2020-02-30').data).toEqual({ d: '2020-02-30' });
		expect(readYaml('d: 2024-02-29').data).toEqual({ d: new Date('2024-02-29T00:00:00Z') });
	});

	it('merges << keys as the build does', () => {
		expect(readYaml('base: &b {x: 1}\nm:\n  <<: *b\n  y: 2\n').data).toEqual({ base: { x: 1 }, m: { x: 1, y: 2 } });
	});

	it('gives the file line of a field, with an offset for frontmatter', () => {
		const r = readYaml('title: T\nsources:\n  - key: a\n    url: x\n', 1);
		expect(r.lineOf(['title'])).toBe(2);
		expect(r.lineOf(['sources', 0, 'url'])).toBe(5);
		expect(r.lineOf(['sources', 0, 'missing'])).toBe(4);
	});

	it('reports syntax errors once per line, in plain words, with the line', () => {
		const r = readYaml('title: x\nsummary: Officials said: nothing\n', 1);
		expect(r.data).toBeUndefined();
		expect(r.errors).toHaveLength(1);
		expect(r.errors[0]).toMatchObject({ line: 3 });
		expect(r.errors[0]!.message).toMatch(/put text with a colon in quotes/);
		expect(readYaml('a: 1\na: 2\n').errors[0]!.message).toMatch(/the same field appears twice/);
	});

	it('points an unclosed quote at the line that opens it', () => {
		const r = readYaml('title: "Open\ndate: 2020-01-01\nsummary: fine\n');
		expect(r.errors[0]).toMatchObject({ line: 1 });
		expect(r.errors[0]!.message).toMatch(/a quote or bracket is not closed/);
	});
});

describe('unclosedQuoteLine', () => {
	it('finds the first value that opens a quote without closing it', () => {
		expect(unclosedQuoteLine("a: \"ok\"\nb: 'it''s'\nc: \"open\n")).toBe(3);
		expect(unclosedQuoteLine("a: 'it''s open\n")).toBe(1);
		expect(unclosedQuoteLine('  - "item open\n')).toBe(1);
		expect(unclosedQuoteLine('a: "escaped \\" still open\n')).toBe(1);
		expect(unclosedQuoteLine('a: "all \\\\" closed\nb: plain "quotes" inside\n')).toBeUndefined();
	});
});
