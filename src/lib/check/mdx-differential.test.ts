/**
 * The check and the renderer cannot disagree: many body shapes × hostile payloads go through
 * the content check (`checkParsedBody`) and through a real render by the renderer's compiler
 * (Sätteri's `mdxToJs`, evaluated, with the render's features). Whatever the check accepts
 * renders with no evaluated expression (a payload that runs calls a trap), no element outside
 * Markdown's own, no `on…=` or `style` attribute and no script URL; whatever it refuses, the
 * in-build guard (mdx-guard.ts, the same rules on the renderer's own tree) refuses too.
 */
import { evaluate, mdxToJs } from 'satteri';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkParsedBody, RENDER_FEATURES } from './mdx-check.ts';
import { bodyGuardHast, bodyGuardMdast } from './mdx-guard.ts';

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
	'span',
	'cite-marker',
]);

interface Rendered {
	tags: string[];
	attrs: [string, string, unknown][];
}

/** Evaluate the compiled body with a runtime that records every element, as the render would create them. */
function render(body: string): Rendered {
	const out: Rendered = { tags: [], attrs: [] };
	const jsx = (type: unknown, rawProps: unknown): unknown => {
		const props = (rawProps ?? {}) as Record<string, unknown>;
		const tag = typeof type === 'string' ? type : typeof type === 'function' ? 'component' : 'fragment';
		if (typeof type === 'function') return (type as (p: unknown) => unknown)(props);
		if (typeof type === 'string') out.tags.push(tag);
		for (const [k, v] of Object.entries(props)) if (k !== 'children') out.attrs.push([tag, k, v]);
		const kids = props.children;
		return { tag, kids };
	};
	const Fragment = Symbol('Fragment');
	const mod = evaluate(body, {
		Fragment,
		jsx,
		jsxs: jsx,
		features: RENDER_FEATURES,
		elementAttributeNameCase: 'html',
	}) as { default: (p: unknown) => unknown };
	mod.default({ components: { Cite: (p: unknown) => jsx('cite-marker', p) } });
	return out;
}

/** Whether the in-build guard stops a body. */
function guardRefuses(body: string): boolean {
	try {
		mdxToJs(body, {
			features: RENDER_FEATURES,
			mdastPlugins: [bodyGuardMdast],
			hastPlugins: [bodyGuardHast],
			fileURL: new URL('file:///p/content/entries/2020-01-01-x.mdx'),
		});
		return false;
	} catch (e) {
		return (e as Error).name === 'BodyRefused' || /^\d+:\d+: /.test((e as Error).message);
	}
}

describe('the check and the render agree on every body shape × payload', () => {
	let trapped = 0;
	beforeEach(() => {
		trapped = 0;
		(globalThis as { __trap?: () => unknown }).__trap = () => {
			trapped++;
			return {};
		};
	});
	afterEach(() => {
		delete (globalThis as { __trap?: unknown }).__trap;
	});

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
			// Refused by the check, and (unless only the citation is at fault) by the in-build guard too.
			if (checked.problems.some((p) => !/cites no source|needs a source key/.test(p.message)))
				expect(guardRefuses(body), 'the in-build guard refuses it too').toBe(true);
			return;
		}
		tally.accepted++;
		expect(guardRefuses(body), 'the in-build guard accepts what the check accepts').toBe(false);
		const r = render(body);
		expect(trapped, 'no expression was evaluated').toBe(0);
		for (const tag of r.tags) expect(MARKDOWN_ELEMENTS.has(tag), `<${tag}> in the render`).toBe(true);
		for (const [tag, name, value] of r.attrs) {
			expect(/^on/i.test(name), `${name}= on <${tag}>`).toBe(false);
			expect(name, `style on <${tag}>`).not.toBe('style');
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
