/**
 * Every built page is valid HTML: html-validate with the project's configuration
 * (tests/html-validate.config.mjs) over each HTML file in dist/, zero errors and zero warnings.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { HtmlValidate, type Message } from 'html-validate';
import { describe, expect, it } from 'vitest';
import config from './html-validate.config.mjs';
import { builtRoutes, DIST } from './helpers/built-routes.ts';

const validator = new HtmlValidate(config);
const routes = builtRoutes();

const show = (file: string, m: Message) => `${relative(DIST, file)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`;

describe('valid HTML', () => {
	it('has pages to check, including the 404 page', () => {
		expect(routes.length).toBeGreaterThan(20);
		expect(routes.map((r) => r.path)).toContain('/404.html');
	});

	it.each(routes.map((r) => [r.path, r.file]))('%s passes html-validate', async (_path, file) => {
		const report = await validator.validateString(readFileSync(file, 'utf8'), file);
		const messages = report.results.flatMap((r) => r.messages.map((m) => show(file, m)));
		expect(messages).toEqual([]);
	});

	it('the validator catches what it should (a broken page fails)', async () => {
		const broken =
			'<!doctype html><html lang="en"><head><title>x</title></head><body><p><div>block in p</div></p><img src="a.png"><a href="#">x</a><a href="#">x</a><span id="d" id="d"></span></body></html>';
		const report = await validator.validateString(broken, 'broken.html');
		const rules = new Set(report.results.flatMap((r) => r.messages.map((m) => m.ruleId)));
		expect(report.valid).toBe(false);
		expect(rules).toContain('wcag/h37'); // <img> without alt
		expect(rules).toContain('no-dup-attr');
	});
});
