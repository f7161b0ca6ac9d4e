import { describe, expect, it } from 'vitest';
import { cspHeader, cspMeta, isFrameable } from './csp.ts';

/** A policy as directive → sources. */
const parse = (policy: string): Record<string, string[]> =>
	Object.fromEntries(
		policy
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.map(([name, ...values]) => [name!, values]),
	);

describe('the Content-Security-Policy', () => {
	it('allows exactly what the site needs, in the meta', () => {
		expect(parse(cspMeta())).toEqual({
			'default-src': ["'self'"],
			'script-src': ["'self'", "'wasm-unsafe-eval'"],
			'style-src': ["'self'"],
			'img-src': ["'self'", 'data:'],
			'connect-src': ["'self'"],
			'object-src': ["'none'"],
			'base-uri': ["'self'"],
			'form-action': ["'self'"],
		});
	});

	it('never allows inline code or eval', () => {
		for (const policy of [cspMeta(), cspHeader('/'), cspHeader('/embed/entities/x/')])
			expect(policy).not.toMatch(/unsafe-inline|'unsafe-eval'|unsafe-hashes|\bhttps?:|\*\.|blob:/);
	});

	it('adds frame-ancestors in the header only: the site itself for pages, none for embeds (any site may frame them)', () => {
		expect(parse(cspMeta())['frame-ancestors']).toBeUndefined();
		expect(parse(cspHeader('/entries/2020-08-17-x/'))['frame-ancestors']).toEqual(["'self'"]);
		expect(cspHeader('/embed/entities/huawei/')).toBe(cspMeta());
		const { 'frame-ancestors': _, ...rest } = parse(cspHeader('/'));
		expect(rest).toEqual(parse(cspMeta()));
		expect(isFrameable('/embedded/')).toBe(false);
	});
});
