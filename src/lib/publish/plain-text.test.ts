import { describe, expect, it } from 'vitest';
import { bodyToPlainText } from './plain-text.ts';

const nums = new Map([
	['fr', 1],
	['wapo', 2],
]);
const n = (k: string) => nums.get(k);

describe('bodyToPlainText', () => {
	it('turns citations into their reference numbers and drops Markdown syntax', () => {
		expect(
			bodyToPlainText('On **Aug. 17**, BIS [acted](https://example.org).<Cite k="fr" /><Cite k="wapo" />', n),
		).toBe('On Aug. 17, BIS acted.[1][2]');
	});
	it('keeps paragraphs apart with a blank line and joins wrapped lines', () => {
		expect(bodyToPlainText('First line\nwraps here.<Cite k="fr" />\n\nSecond paragraph.', n)).toBe(
			'First line wraps here.[1]\n\nSecond paragraph.',
		);
	});
	it('puts list items on their own lines', () => {
		expect(bodyToPlainText('Intro:\n\n- one\n- two <Cite k="wapo" />\n\n1. a\n2. b', n)).toBe(
			'Intro:\n\n- one\n- two [2]\n\n1. a\n2. b',
		);
	});
	it('marks a key it does not know rather than dropping it', () => {
		expect(bodyToPlainText('Claim.<Cite k="nope" />', n)).toBe('Claim.[?]');
	});
	it('keeps headings as their own paragraph', () => {
		expect(bodyToPlainText('## Background\n\nText.', n)).toBe('Background\n\nText.');
	});
});
