/**
 * The store module read from its file (src/integrations/data-store-file.ts): the code it gives,
 * run for real against a store file, and the plugin's two ways of answering. That a real build
 * takes the first way (no warning) is checked on the fixture build (tests/fixture/pagination.test.ts);
 * that the pages it renders are right, by every test of the built site.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as devalue from 'devalue';
import { afterAll, describe, expect, it } from 'vitest';
import {
	STORE_BYPASSED,
	STORE_MODULE_ID,
	dataStorePlugin,
	storeModuleCode,
} from '../src/integrations/data-store-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'cct-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Import the module code as Node would run it in the build. */
async function run(code: string, name: string): Promise<unknown> {
	const file = join(dir, `${name}.mjs`);
	writeFileSync(file, code);
	return ((await import(pathToFileURL(file).href)) as { default: unknown }).default;
}

describe('the store module', () => {
	it('gives the JSON of the store file, which devalue turns back into the store', async () => {
		const store = new Map([['entries', new Map([['a', { id: 'a', data: { title: 'Ä “quoted” \u2028 line' } }]])]]);
		const file = join(dir, 'data-store.json');
		writeFileSync(file, devalue.stringify(store));
		const value = await run(storeModuleCode(file), 'present');
		expect(Array.isArray(value)).toBe(true);
		expect(devalue.unflatten(value as number[])).toEqual(store);
	});

	it('is an empty Map when there is no store file, as Astro gives', async () => {
		const value = await run(storeModuleCode(join(dir, 'missing', 'data-store.json')), 'absent');
		expect(value).toEqual(new Map());
	});
});

describe('the plugin', () => {
	const plugin = dataStorePlugin('/site/node_modules/.astro/data-store.json');
	it('loads the store module and nothing else', () => {
		const answer = plugin.load.handler(STORE_MODULE_ID);
		expect(answer?.code).toBe(storeModuleCode('/site/node_modules/.astro/data-store.json'));
		expect(answer?.meta).toEqual({ astroIncremental: { kind: 'content-data' } });
		expect(plugin.load.handler('\0astro:content')).toBeNull();
		expect(plugin.load.filter.id.test(STORE_MODULE_ID)).toBe(true);
		expect(plugin.load.filter.id.test(`${STORE_MODULE_ID}-chunk:0123456789abcdef.txt.mjs`)).toBe(false);
	});

	it('replaces code another plugin gave the store module, with a warning, and leaves its own alone', () => {
		const warnings: string[] = [];
		const ctx = { warn: (m: string) => void warnings.push(m) };
		const own = plugin.load.handler(STORE_MODULE_ID)!.code;
		expect(plugin.transform.handler.call(ctx, own, STORE_MODULE_ID)).toBeNull();
		expect(warnings).toEqual([]);
		const replaced = plugin.transform.handler.call(ctx, 'export default JSON.parse("[]")', STORE_MODULE_ID);
		expect(replaced?.code).toBe(own);
		expect(warnings).toEqual([STORE_BYPASSED]);
		expect(plugin.transform.handler.call(ctx, 'export default 1', '/src/other.ts')).toBeNull();
	});
});
