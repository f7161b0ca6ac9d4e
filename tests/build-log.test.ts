/**
 * The build's one filtered warning (src/lib/site/build-log.ts): a real Vite build of a small project
 * whose modules raise both rolldown's MODULE_LEVEL_DIRECTIVE for "use astro:head-inject" (what
 * every compiled MDX entry raises, withastro/astro#18087) and other real warnings: the first is
 * gone from Vite's log, the others still show.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build, createLogger, type LogErrorOptions, type LogOptions } from 'vite';
import { isHeadInjectDirective, onBundlerLog } from '../src/lib/site/build-log.ts';

const dir = mkdtempSync(join(tmpdir(), 'cct-build-log-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function warningsOf(files: Record<string, string>, filtered: boolean): Promise<string[]> {
	for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
	const seen: string[] = [];
	const logger = createLogger('warn', { allowClearScreen: false });
	logger.warn = (msg: string, _o?: LogOptions) => void seen.push(msg);
	logger.warnOnce = logger.warn;
	logger.error = (msg: string, _o?: LogErrorOptions) => void seen.push(`error: ${msg}`);
	await build({
		root: dir,
		configFile: false,
		logLevel: 'warn',
		customLogger: logger,
		build: {
			outDir: join(dir, 'out'),
			write: false,
			minify: false,
			lib: { entry: join(dir, 'main.js'), formats: ['es'], fileName: 'main' },
			rolldownOptions: filtered ? { onLog: onBundlerLog } : {},
		},
	});
	return seen;
}

const FILES = {
	'main.js': `import { a } from './entry.js';\nimport { b } from './client.js';\nexport const c = eval('a + b');\n`,
	// What @astrojs/mdx puts at the top of a compiled entry.
	'entry.js': `"use astro:head-inject";\nexport const a = 1;\n`,
	// A directive of another kind: its warning is not the known-harmless one, so it stays.
	'client.js': `"use client";\nexport const b = 2;\n`,
};

describe('the build log filter', () => {
	it('drops only the head-inject MODULE_LEVEL_DIRECTIVE warning in a real Vite build; other warnings show', async () => {
		const without = await warningsOf(FILES, false);
		// Unfiltered, the bundler really raises all three.
		expect(without.some((w) => /MODULE_LEVEL_DIRECTIVE/.test(w) && /use astro:head-inject/.test(w))).toBe(true);
		expect(without.some((w) => /MODULE_LEVEL_DIRECTIVE/.test(w) && /use client/.test(w))).toBe(true);
		expect(without.some((w) => /EVAL/.test(w))).toBe(true);
		const withFilter = await warningsOf(FILES, true);
		expect(withFilter.some((w) => /use astro:head-inject/.test(w))).toBe(false);
		expect(withFilter.some((w) => /MODULE_LEVEL_DIRECTIVE/.test(w) && /use client/.test(w))).toBe(true);
		expect(withFilter.some((w) => /EVAL/.test(w))).toBe(true);
	}, 60_000);

	it('matches by level, code and directive, nothing looser', () => {
		const msg =
			'The semantics of the module level directive "use astro:head-inject" in "x.mdx" may not be preserved when bundling.';
		expect(isHeadInjectDirective('warn', { code: 'MODULE_LEVEL_DIRECTIVE', message: msg })).toBe(true);
		expect(isHeadInjectDirective('info', { code: 'MODULE_LEVEL_DIRECTIVE', message: msg })).toBe(false);
		expect(isHeadInjectDirective('warn', { code: 'EVAL', message: msg })).toBe(false);
		expect(
			isHeadInjectDirective('warn', {
				code: 'MODULE_LEVEL_DIRECTIVE',
				message: msg.replace('astro:head-inject', 'client'),
			}),
		).toBe(false);
		const passed: string[] = [];
		onBundlerLog('warn', { code: 'CIRCULAR_DEPENDENCY', message: 'a -> b -> a' }, (_l, log) => passed.push(log.code!));
		onBundlerLog('warn', { code: 'MODULE_LEVEL_DIRECTIVE', message: msg }, (_l, log) => passed.push(log.code!));
		expect(passed).toEqual(['CIRCULAR_DEPENDENCY']);
	});
});
