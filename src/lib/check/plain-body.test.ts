import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// eslint-disable-next-line @typescript-eslint/ban-ts-comment -- astro check sees no error here, vitest's tsc would
// @ts-ignore: a plain ES module without type declarations (the bench's corpus generator)
import { generateCorpus } from '../../../scripts/bench/corpus.mjs';
import { loadContent } from '../node/content-files.ts';
import { checkBody, checkParsedBody } from './mdx-check.ts';
import { plainBodyCitations } from './plain-body.ts';

const KEYS = ['fr', 'wapo', 'press-2'];

/** Bodies the fast path must hand to the full check: each holds something remark must see. */
const NOT_PLAIN = {
	'another component': 'Text.<Note k="fr" />',
	'Cite in single quotes': "Text.<Cite k='fr' />",
	'Cite with another attribute': 'Text.<Cite k="fr" n="1" />',
	'Cite with an expression': 'Text.<Cite k={"fr"} />',
	'a { expression }': 'Two plus two is {2 + 2}.',
	'a stray brace': 'A closing } brace.',
	'an import': 'import X from "y"\n\nText.',
	'an export': 'export const a = 1\n\nText.',
	'raw HTML': 'See <a href="https://example.org">this</a>.',
	'an HTML comment': 'Text <!-- note --> more.',
	'an autolink': 'See <https://example.org>.',
	'a script': '<script>alert(1)</script>\n\nText.',
	'a link': 'See [the rule](https://example.org/rule).',
	'a javascript: link': 'See [this](javascript:alert(1)).',
	'an image': '![chart](https://example.org/c.png)',
	'a definition': 'See [x].\n\n[x]: https://example.org',
	'a code span holding a Cite': 'Write `<Cite k="fr" />` after the sentence.',
	'a fenced block': '```\nimport x\n```\n\nText.',
	'a tilde fence': '~~~\ncode\n~~~\n\nText.',
	'an escape': 'A less-than sign: \\<.',
	'a blockquote marker': '> Quoted text.',
	'a level-1 heading': '# Title\n\nText.',
	'a setext level-1 heading': 'Title\n=====\n\nText.',
	'only a Cite': '<Cite k="fr" />',
	'only whitespace': '  \n\n ',
	'only a rule': '---',
};

/** Plain bodies, with the keys they cite in order of first use. */
const PLAIN: [string, string[]][] = [
	['One.<Cite k="wapo" /> Two.<Cite k="fr" /> Three.<Cite k="wapo" />', ['wapo', 'fr']],
	['Para one.<Cite k="fr"/>\n\nPara two, with *emphasis* and **strength**.', ['fr']],
	['## Background\n\nText of the section.<Cite k="press-2" />\n\n- a point\n- another point', ['press-2']],
	['No citation at all, in plain words: AT&T sold 5% of it (reportedly).', []],
	['Chinese names stay plain: 华为云 and 阿里云.<Cite k="fr" />', ['fr']],
];

describe('plain bodies, fast path', () => {
	for (const [body, keys] of PLAIN) {
		it(`reads the keys of a plain body without parsing: ${JSON.stringify(body.slice(0, 30))}`, () => {
			expect(plainBodyCitations(body)).toEqual(keys);
		});
	}
	for (const [what, body] of Object.entries(NOT_PLAIN)) {
		it(`hands ${what} to the full check`, () => {
			expect(plainBodyCitations(body)).toBeUndefined();
		});
	}
});

describe('the body check with its fast path', () => {
	type Case = { body: string; keys: string[] };
	const real: Case[] = loadContent(join(import.meta.dirname, '../../..')).entries.map((e) => ({
		body: e.body,
		keys: e.data.sources.map((s) => s.key),
	}));
	const bench: Case[] = (
		generateCorpus({ n: 150, seed: 3, end: '2026-01-31' }) as {
			entries: { body: string; data: { sources: { key: string }[] } }[];
		}
	).entries.map((e) => ({
		body: e.body,
		keys: e.data.sources.map((s) => s.key),
	}));
	const made: Case[] = [...PLAIN.map(([body]) => body), ...Object.values(NOT_PLAIN), 'Text.<Cite k="nope" />'].map(
		(body) => ({ body, keys: KEYS }),
	);

	it('says exactly what the full parse says, for every kind of body', () => {
		for (const { body, keys } of [...made, ...real, ...bench])
			expect(checkBody('x.mdx', body, 5, keys), body).toEqual(checkParsedBody('x.mdx', body, 5, keys));
	}, 60_000);

	it('still fails an unknown key through the full check, with its line', () => {
		const r = checkBody('x.mdx', 'Para.\n\nText.<Cite k="nope" />', 5, KEYS);
		expect(r.problems).toHaveLength(1);
		expect(r.problems[0]).toMatchObject({ line: 7, severity: 'error' });
	});

	it('takes the fast path for most bodies: every real one, most synthetic ones', () => {
		expect(real.length).toBeGreaterThan(0);
		expect(real.every((c) => plainBodyCitations(c.body) !== undefined)).toBe(true);
		expect(bench.filter((c) => plainBodyCitations(c.body) !== undefined).length).toBeGreaterThan(bench.length * 0.8);
	});
});
