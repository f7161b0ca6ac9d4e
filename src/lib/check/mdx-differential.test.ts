/**
 * The check and the renderer cannot disagree: many body shapes × hostile payloads go through
 * the content check (`checkParsedBody`) and through the real render (`renderEntryBody`, which
 * writes the page's HTML from the same parser's tree; nothing in a body is ever evaluated).
 * Whatever the check accepts renders with no element outside Markdown's own, no `on…=` attribute,
 * no style but GFM's column alignment and no script URL (read back by an HTML parser); whatever
 * it refuses, the renderer refuses too, naming the file and the line.
 */
import { parse, NodeType, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { checkParsedBody } from './mdx-check.ts';
import { citationMap } from '../publish/citations.ts';
import { renderEntryBody } from '../site/entry-body.ts';

/** Where a payload goes: `$`. */
const SHAPES: Record<string, string> = {
	paragraph: 'Text $ end.',
	'table cell': '| a | b |\n|---|---|\n| c | $ |',
	'table cell after a backtick': '| a | b |\n|---|---|\n| `x | $` |',
	'table header': '| $ | b |\n|---|---|\n| c | d |',
	'list item': '- one\n- $',
	'nested list': '- one\n  - $',
	'task list': '- [ ] $',
	'ordered list': '1. $',
	footnote: 'Text.[^1]\n\n[^1]: $',
	blockquote: '> $',
	'nested blockquote': '> > $',
	'link text': '[a $ b](https://example.org/)',
	emphasis: 'Text *a $ b*.',
	strong: 'Text **a $ b**.',
	strikethrough: 'Text ~~a $ b~~.',
	heading: '## Head $',
	'URL autolink': 'See https://example.org/`$` now.',
	'www autolink': 'See www.example.org`$` now.',
	'URL autolink, no backtick': 'See https://example.org/$ now.',
	'e-mail autolink': 'Write to press@example.org`$`.',
	'HTML entities': '&amp; &lt; $ &gt; &#123;',
	'inline code': 'Code `$` here.',
	'unclosed inline code': 'Code `x $ here.',
	'code block': '```\n$\n```',
	'line of its own': 'Text.\n\n$\n\nMore.',
	'after a hard break': 'Text  \n$',
	'reference definition': '[r]\n\n[r]: https://example.org/ "$"',
};

const PAYLOADS: Record<string, string> = {
	expression: '{globalThis.__trap()}',
	'escaped braces': '\\{globalThis.__trap()\\}',
	'expression in code': '`{globalThis.__trap()}`',
	'brace entities': '&#123;globalThis.__trap()&#125;',
	'attribute expression': '<b title={globalThis.__trap()}>x</b>',
	'Cite key expression': '<Cite k={globalThis.__trap()} />',
	'Cite spread': '<Cite k="s" {...globalThis.__trap()} />',
	'Cite with children': '<Cite k="s">{globalThis.__trap()}</Cite>',
	'Cite twice k': '<Cite k="s" k="t" />',
	'meta refresh': '<meta http-equiv="refresh" content="0;url=https://evil.example/" />',
	script: '<script>{"globalThis.__trap()"}</script>',
	'img onerror': '<img src="x" onerror="globalThis.__trap()" />',
	'javascript: anchor': '<a href="javascript:globalThis.__trap()">x</a>',
	'javascript: link': '[x](javascript:globalThis.__trap())',
	'protocol-relative link': '[x](//evil.example/)',
	'data: link': '[x](data:text/html,hi)',
	export: 'export const a = globalThis.__trap()',
	import: "import fs from 'node:fs'",
	'HTML comment': '<!-- globalThis.__trap() -->',
	fragment: '<>{globalThis.__trap()}</>',
	'escaped tag': '\\<script>globalThis.__trap()\\</script>',
	'tag entities': '&lt;script&gt;globalThis.__trap()&lt;/script&gt;',
	'plain words': 'nothing hostile',
};

/** Elements Markdown itself renders (and the trap's own marker for <Cite>). */
const MARKDOWN_ELEMENTS = new Set([
	'p',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'ul',
	'ol',
	'li',
	'table',
	'thead',
	'tbody',
	'tr',
	'th',
	'td',
	'a',
	'em',
	'strong',
	'del',
	'code',
	'pre',
	'blockquote',
	'hr',
	'br',
	'input',
	'sup',
	'section',
]);

interface Rendered {
	tags: string[];
	attrs: [string, string, unknown][];
}

const FILE = 'content/entries/2020-01-01-x.mdx';
const CITES = citationMap([
	{
		key: 's',
		publisher: 'Example',
		title: 'A source',
		url: 'https://example.org/',
		accessed: '2020-01-01',
		kind: 'secondary',
	} as never,
]);

/** The page's HTML of a body, as the build renders it (entry-body.ts), read back by an HTML parser. */
function render(body: string): Rendered {
	const out: Rendered = { tags: [], attrs: [] };
	const walk = (el: HTMLElement): void => {
		for (const child of el.childNodes) {
			if (child.nodeType === NodeType.ELEMENT_NODE) {
				const e = child as HTMLElement;
				const tag = e.rawTagName.toLowerCase();
				out.tags.push(tag);
				for (const [k, v] of Object.entries(e.attributes)) out.attrs.push([tag, k, v]);
				walk(e);
			} else if (child.nodeType === NodeType.COMMENT_NODE) out.tags.push('!--');
		}
	};
	walk(parse(renderEntryBody(FILE, body, 1, CITES), { comment: true }));
	return out;
}

/** Whether the renderer refuses a body. */
function guardRefuses(body: string): boolean {
	try {
		renderEntryBody(FILE, body, 1, CITES);
		return false;
	} catch (e) {
		expect((e as Error).name).toBe('BodyRefused');
		expect((e as Error).message).toContain(`${FILE}:`);
		return true;
	}
}

describe('the check and the render agree on every body shape × payload', () => {
	const combos = Object.entries(SHAPES).flatMap(([shape, template]) =>
		Object.entries(PAYLOADS).map(([payload, text]) => ({
			shape,
			payload,
			body: `${template.replace('$', text)}\n\nCited.<Cite k="s" />\n`,
		})),
	);
	const tally = { accepted: 0, refused: 0 };

	it.each(combos)('$payload in $shape', ({ body }) => {
		const checked = checkParsedBody('content/entries/x.mdx', body, 1, ['s']);
		if (checked.problems.length) {
			tally.refused++;
			// Refused by the check, and by the renderer too, unless the fault is one only the check
			// reads (a citation's key or place, a table's cell count, an empty body).
			if (
				checked.problems.some(
					(p) =>
						!/cites no source|needs a source key|cannot sit in a table cell|table row has|the body is empty/.test(
							p.message,
						),
				)
			)
				expect(guardRefuses(body), 'the in-build guard refuses it too').toBe(true);
			return;
		}
		tally.accepted++;
		expect(guardRefuses(body), 'the in-build guard accepts what the check accepts').toBe(false);
		const r = render(body);
		for (const tag of r.tags) expect(MARKDOWN_ELEMENTS.has(tag), `<${tag}> in the render`).toBe(true);
		for (const [tag, name, value] of r.attrs) {
			expect(/^on/i.test(name), `${name}= on <${tag}>`).toBe(false);
			if (name === 'style') expect(value, `style on <${tag}>`).toMatch(/^text-align: ?(left|right|center);?$/);
			if (typeof value === 'string')
				expect(
					// eslint-disable-next-line no-control-regex -- browsers ignore control characters and spaces before a scheme
					/^\s*(javascript|vbscript|data):/i.test(value.replace(/[\u0000-\u0020]/g, '')),
					`${name}="${value}" on <${tag}>`,
				).toBe(false);
			else
				expect(
					['number', 'boolean', 'undefined'].includes(typeof value) || value === null || Array.isArray(value),
					`${name}= on <${tag}> holds a value computed by the text`,
				).toBe(true);
		}
	});

	it('accepted and refused some of each (the test is not vacuous)', () => {
		expect(tally.accepted).toBeGreaterThan(50);
		expect(tally.refused).toBeGreaterThan(200);
	});
});
