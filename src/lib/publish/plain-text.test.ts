import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mdxToHast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { RENDER_FEATURES } from '../check/mdx-check.ts';
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
		expect(bodyToPlainText('Claim.<Cite />', n)).toBe('Claim.[?]');
	});
	it('keeps a citation on its own line as its own paragraph', () => {
		expect(bodyToPlainText('Claim.\n\n<Cite k="fr" />\n\nNext.', n)).toBe('Claim.\n\n[1]\n\nNext.');
	});
	it('keeps headings as their own paragraph', () => {
		expect(bodyToPlainText('## Background\n\nText.', n)).toBe('Background\n\nText.');
	});

	// What the renderer's parse (GFM and smart punctuation) changes against a plain CommonMark read.
	it('has the curly quotes, apostrophes, dashes and ellipses the page shows', () => {
		expect(bodyToPlainText(`The rule says "final" -- it's 'binding' --- or so... <Cite k="fr" />`, n)).toBe(
			'The rule says “final” – it’s ‘binding’ — or so… [1]',
		);
	});
	it('leaves code as written, without smart punctuation', () => {
		expect(bodyToPlainText('See `"EAR" -- 744`.', n)).toBe('See "EAR" -- 744.');
		expect(bodyToPlainText('```\nit\'s "raw"\n```', n)).toBe('it\'s "raw"');
	});
	it('reads a table as the page does: a line per row, cells between " | ", code spans split at | as GFM splits them', () => {
		expect(
			bodyToPlainText('| List | Added |\n| --- | --: |\n| Entity *List* | 2019 |\n| a `b|c` | x |\n| short |', n),
		).toBe(
			// the row `a `b|c` | x` has three cells; the page shows the header's two
			'List | Added\nEntity List | 2019\na `b | c`\nshort',
		);
	});
	it('gives strikethrough as its words and autolinks as their text', () => {
		expect(bodyToPlainText('It was ~~withdrawn~~ kept; see https://example.org/a. or www.example.org.', n)).toBe(
			'It was withdrawn kept; see https://example.org/a. or www.example.org.',
		);
	});
	it('numbers ordered lists from their first number and keeps task boxes', () => {
		expect(bodyToPlainText('3. three\n4. four', n)).toBe('3. three\n4. four');
		expect(bodyToPlainText('- [ ] open\n- [x] done', n)).toBe('- [ ] open\n- [x] done');
	});
	it('numbers footnotes in order of first reference and puts the referenced notes last, as the page does', () => {
		expect(
			bodyToPlainText(
				'One[^b] and two[^a], one again[^b].\n\n[^a]: Note *A*.<Cite k="fr" />\n[^b]: Note B.\n[^z]: Never cited.\n\nEnd.',
				n,
			),
		).toBe('One[^1] and two[^2], one again[^1].\n\nEnd.\n\n[^1] Note B.\n[^2] Note A.[1]');
		// a note's own reference numbers on after the text's, as on the page
		expect(bodyToPlainText('Text[^a].\n\n[^a]: See[^b].\n[^b]: Inner.', n)).toBe(
			'Text[^1].\n\n[^1] See[^2].\n[^2] Inner.',
		);
	});
	it("writes a nested list into its item, on the item's line", () => {
		expect(bodyToPlainText('1. one\n2. two\n   - nested *em*\n   - more', n)).toBe('1. one\n2. two - nested em - more');
	});
	it('decodes entities and escapes, joins hard breaks and nested blocks', () => {
		expect(bodyToPlainText('AT&amp;T \\*not emphasis\\* \\{x\\}  \nnext\n\n> quoted\n>\n> - item\n>   more', n)).toBe(
			'AT&T *not emphasis* {x} next\n\nquoted\n\n- item more',
		);
	});
});

/** The words a reader sees in the rendered tree (Sätteri's hast with the render's features), citations left out. */
function pageWords(body: string): string {
	interface H {
		type: string;
		value?: string;
		children?: H[];
	}
	const text = (h: H): string => (h.type === 'text' ? (h.value ?? '') : (h.children ?? []).map(text).join(''));
	const tree = mdxToHast(body, { features: RENDER_FEATURES, position: false }) as unknown as H;
	return text(tree).replace(/\s+/g, ' ').trim();
}
/** The plain text with what it adds to the words taken out: citation numbers, list markers, task boxes, cell bars. */
function plainWords(body: string): string {
	return bodyToPlainText(body, () => 1)
		.replace(/\[1\]/g, '')
		.replace(/^(?:-|\d+\.) (?:\[[ x]\] )?/gm, '')
		.replace(/ \| /g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

describe('bodyToPlainText says what the page says', () => {
	const shapes = [
		'He said "no" -- twice... it\'s **firm**, *final* and `code "as is"`.<Cite k="fr" />',
		'| a | b |\n| - | - |\n| x `y|z` | https://example.org |\n| ~~gone~~ | AT&amp;T |',
		'| one | two |\n| - | - |\n| a | b | extra, not shown |\n| c |',
		'## Heading "quoted"\n\n> A quote\n> spanning lines.\n\n1. one\n2. two\n\n---\n\nLast.',
		'Link [to "it"](https://example.org "t") and www.example.org and a@example.org.',
		'- [ ] open\n- [x] closed\n\n5. five\n6. six',
	];
	for (const body of shapes)
		it(`has the rendered words of ${JSON.stringify(body.slice(0, 40))}…`, () => {
			expect(plainWords(body)).toBe(pageWords(body));
		});

	it('has the rendered words of every entry in content/', () => {
		const dir = 'content/entries';
		const files = readdirSync(dir).filter((f) => f.endsWith('.mdx'));
		expect(files.length).toBeGreaterThan(0);
		for (const f of files) {
			const raw = readFileSync(join(dir, f), 'utf8');
			const body = raw.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
			expect(body.length, f).toBeLessThan(raw.length);
			expect(plainWords(body), f).toBe(pageWords(body));
		}
	});
});
