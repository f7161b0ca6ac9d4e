import { describe, expect, it } from 'vitest';
import { codeSegments } from './inline-code.ts';

describe('backtick spans', () => {
	it('become code segments, the rest stays text', () => {
		expect(codeSegments('Dates are `YYYY-MM-DD`; see `datePrecision`.')).toEqual([
			{ text: 'Dates are ' },
			{ text: 'YYYY-MM-DD', code: true },
			{ text: '; see ' },
			{ text: 'datePrecision', code: true },
			{ text: '.' },
		]);
	});
	it('leaves an unmatched backtick and markup as plain text', () => {
		expect(codeSegments('a ` b <i>')).toEqual([{ text: 'a ` b <i>' }]);
		expect(codeSegments('`<script>`')).toEqual([{ text: '<script>', code: true }]);
		expect(codeSegments('')).toEqual([]);
	});
});
