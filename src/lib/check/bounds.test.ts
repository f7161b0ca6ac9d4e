/**
 * The bounds on hostile input, as units: YAML alias bombs and deep nesting are refused fast,
 * messages never write out an expanded value, the search names of a page are capped, the page
 * scan finds what only an attack puts on a page, and invisible characters are named.
 */
import { describe, expect, it } from 'vitest';
import { scanPage } from './page-scan.ts';
import { showValue } from './problems.ts';
import { MAX_NAMES_CHARS, searchNames } from '../search/index-terms.ts';
import { badChar, charName } from './text-safety.ts';
import { MAX_ALIASES, readYaml } from './yaml-read.ts';
import { cspMeta } from '../site/csp.ts';
import type { Entity } from '../model/schema.ts';

function bomb(levels: number, width: number): string {
	let out = 'a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
	for (let i = 1; i < levels; i++)
		out += `a${i}: &a${i} [${Array(width)
			.fill(`*a${i - 1}`)
			.join(',')}]\n`;
	return `${out}name: *a${levels - 1}\n`;
}

describe('YAML bounds', () => {
	it('refuses an alias bomb (a billion values) in well under a second', () => {
		readYaml('warm: up\n');
		const started = performance.now();
		const r = readYaml(bomb(10, 10));
		const ms = performance.now() - started;
		expect(r.errors[0]?.message).toMatch(new RegExp(`more than the ${MAX_ALIASES} allowed`));
		expect(r.data).toBeUndefined();
		expect(ms).toBeLessThan(500);
	});
	it('refuses a few aliases that expand to too much', () => {
		let y = `a0: &a0 [${Array(500).fill('"x"').join(',')}]\n`;
		for (let i = 1; i < 10; i++) y += `a${i}: &a${i} [*a${i - 1}, *a${i - 1}]\n`;
		expect(readYaml(y).errors[0]?.message).toMatch(/expands to more than 20,000 values/);
	});
	it('accepts a merge of a few aliases', () => {
		const r = readYaml('base: &b {kind: company}\nx:\n  <<: *b\n  name: X\n');
		expect(r.errors).toEqual([]);
		expect(r.data).toEqual({ base: { kind: 'company' }, x: { kind: 'company', name: 'X' } });
	});
	it('refuses deep nesting with a message, not a stack overflow', () => {
		for (const text of [
			`a: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`,
			`a: ${'{b: '.repeat(5_000)}1${'}'.repeat(5_000)}\n`,
		]) {
			const r = readYaml(text);
			expect(r.errors[0]?.message).toMatch(/nested .* levels deep/);
		}
	});
	it('shows an expanded or self-referring value briefly', () => {
		let v: unknown = ['x'];
		for (let i = 0; i < 60; i++) v = [v, v, v];
		expect(showValue(v).length).toBeLessThanOrEqual(60);
		const self: Record<string, unknown> = { a: 1 };
		self.self = self;
		expect(showValue(self)).toBe('{"a":1,"self":…}');
	});
});

describe('search names of a page', () => {
	it('stay under the cap however many long Han aliases the entities have', () => {
		const entity = (id: string): Entity =>
			({
				id,
				data: {
					name: id,
					kind: 'company',
					description: 'x',
					aliases: Array.from({ length: 40 }, (_, i) => ({
						name: `${'长沙天仪空间科技研究院有限公司'.repeat(13)}${i}`,
						lang: 'zh-Hans' as const,
					})),
					identifiers: {},
					notes: [],
				},
			}) as unknown as Entity;
		const names = searchNames(Array.from({ length: 38 }, (_, i) => entity(`e${i}`)));
		expect(names.length).toBeLessThanOrEqual(MAX_NAMES_CHARS);
		expect(names).toContain('e0');
		expect(names).toContain('空间科技研究院有限公司长沙');
	});
});

describe('the page scan', () => {
	it('passes a clean page', () => {
		expect(
			scanPage(
				`<html><head><meta http-equiv="Content-Security-Policy" content="${cspMeta()}"><script src="/enhance.js" defer></script><script type="application/ld+json">{"a":1}</script></head><body><a href="/x/">x</a><base target="_blank"></body></html>`,
			),
		).toEqual([]);
	});
	it.each([
		['<meta http-equiv="refresh" content="0;url=https://evil.example/">', /meta http-equiv="refresh"/],
		['<META HTTP-EQUIV=Refresh CONTENT="0">', /meta http-equiv="Refresh"/],
		['<script>alert(1)</script>', /an inline <script>/],
		['<script src="https://evil.example/x.js"></script>', /does not ship/],
		['<script src="//evil.example/x.js"></script>', /does not ship/],
		['<script type="application/ld+json">alert(1)</script>', /not JSON/],
		['<b onclick="x">y</b>', /onclick=/],
		['<svg><a href=" java\tscript:alert(1)">x</a></svg>', /javascript: URL/],
		['<form action="javascript:alert(1)"></form>', /javascript: URL/],
		['<iframe src="/"></iframe>', /<iframe>/],
		['<base href="https://evil.example/">', /<base href>/],
		['<img src="data:text/html,x">', /data: URL/],
	])('finds %s', (html, says) => {
		expect(scanPage(`<html><body>${html}</body></html>`).join('\n')).toMatch(says);
	});
});

describe('invisible characters', () => {
	it('are named', () => {
		expect(charName(0x202e)).toBe('U+202E RIGHT-TO-LEFT OVERRIDE');
		expect(charName(0x0)).toBe('U+0000 NULL');
		expect(charName(0xd800)).toMatch(/lone surrogate/);
		expect(badChar('a\u200bb', 'id')?.what).toBe('the invisible character U+200B ZERO WIDTH SPACE');
		expect(badChar('a\u200bb', 'text')).toBeUndefined();
		expect(badChar('a\nb', 'text')).toBeUndefined();
		expect(badChar('a\nb', 'line')?.what).toMatch(/LINE FEED/);
		expect(badChar('华为云 😀 café', 'id')).toBeUndefined();
		expect(badChar('\ud83d', 'text')?.code).toBe(0xd83d);
	});
});
