/**
 * The render of entry bodies (entry-body.ts): what it writes, and what it refuses, naming the
 * file and the line. The check-versus-render differential over many shapes and payloads is in
 * src/lib/check/mdx-differential.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { citationMap } from '../publish/citations.ts';
import { BodyRefused, renderEntryBody } from './entry-body.ts';

const FILE = 'content/entries/2020-08-17-zz-guard.mdx';
const cites = citationMap([
	{
		key: 'fr',
		publisher: 'Federal Register',
		title: 'A rule',
		url: 'https://www.federalregister.gov/x',
		accessed: '2020-08-20',
		kind: 'primary',
	},
	{
		key: 'vs',
		publisher: `Vote Smart (copy of Sen. Cotton's release) <b>&`,
		title: 'A release',
		url: 'https://example.org/',
		accessed: '2020-08-20',
		kind: 'secondary',
	},
] as never);

describe('renderEntryBody', () => {
	it('writes Markdown and each <Cite> as its numbered link, escaping what the sources say', () => {
		const html = renderEntryBody(FILE, 'One "two" -- three & four.<Cite k="fr" />\n\nFive.<Cite k="vs" />\n', 5, cites);
		expect(html).toBe(
			'<p>One “two” – three &amp; four.<sup class="cite" data-pagefind-ignore><a href="#source-fr" aria-label="Source 1: Federal Register">[1]</a></sup></p>\n' +
				'<p>Five.<sup class="cite" data-pagefind-ignore><a href="#source-vs" aria-label="Source 2: Vote Smart (copy of Sen. Cotton&#x27;s release) <b>&amp;">[2]</a></sup></p>',
		);
	});

	it('writes tables with their alignment, lists, quotes, code, footnotes and safe links', () => {
		const html = renderEntryBody(
			FILE,
			'| a | b |\n|:--|--:|\n| `<x>` | y |\n\n- [x] done\n\n> quote\n\nSee [the rule](https://example.org/?a=1&b=2).[^1]\n\n[^1]: A note.\n',
			1,
			cites,
		);
		expect(html).toContain('<td style="text-align: left"><code>&lt;x></code></td>');
		expect(html).toContain('<a href="https://example.org/?a=1&amp;b=2">the rule</a>');
		expect(html).toContain('<input type="checkbox" checked disabled>');
		expect(html).toMatch(/<section data-footnotes class="footnotes">/);
	});

	it.each([
		['raw JSX', 'Text <b>x</b>.', /the element|<b> is not allowed/, 7],
		['a script', 'Line one.\n\n<script>{"x"}</script>', /<script> is not allowed/, 9],
		['an expression', 'Text {process.exit(1)}.', /"mdxTextExpression"/, 7],
		['an export', 'export const x = 1\n\nText.', /"mdxjsEsm"/, 7],
		['a script link', '[x](javascript:alert(1))', /the link "javascript:alert\(1\)"/, 7],
		['a protocol-relative link', '[x](//evil.example/)', /the link "\/\/evil.example\/"/, 7],
		['an image', '![x](https://example.org/x.png)', /<img> is not allowed/, 7],
		['a level-1 heading', '# Title', /<h1> is not allowed/, 7],
		['an unknown citation', 'Text.<Cite k="nope" />', /<Cite k="nope" \/> cites no source/, 7],
		['a citation with words in it', 'Text <Cite k="fr">x</Cite>.', /<Cite> is not allowed as written/, 7],
		['a citation with an expression', 'Text <Cite k={1} />.', /<Cite> is not allowed as written/, 7],
		['invalid MDX', 'Text <b.', /not valid MDX/, 7],
	])('refuses %s, naming the file, the line and the fix', (_name, body, says, line) => {
		const run = () => renderEntryBody(FILE, body, 7, cites);
		expect(run).toThrow(BodyRefused);
		expect(run).toThrow(says);
		expect(run).toThrow(`${FILE}:${line}\n  field: body`);
		expect(run).toThrow(/Run npm run check/);
	});
});
