/**
 * In `astro build`, the content store is read from its file when the pages are rendered instead
 * of being compiled into the build as one JavaScript string.
 *
 * Astro hands the content store (every entry's data and HTML: 71 MB at 10,000 entries) to the
 * pages as a module, `astro:data-layer-content`, whose code is `export default JSON.parse("…")`
 * with the whole store as one string literal. Node compiles such a module in a time that grows
 * with the square of the string's length: 0.04 s at 1 MB, 1.7 s at 10 MB, 5.9 s at 20 MB, 48 s at
 * 71 MB on a 2-core machine (README, Performance), on every build, cold or warm. The same value
 * read with `readFileSync` and `JSON.parse` takes under 2 s. So this plugin answers the module
 * first, with code that reads the file Astro wrote (`<cacheDir>/data-store.json`, Astro's
 * `getDataStoreFile` for a build): the same JSON, parsed at run time. Without the file (a project
 * with no content yet) the module is the empty Map Astro's own plugin gives.
 *
 * The module is marked as content data, as Astro's own is, so Astro's incremental build leaves it
 * out of the hash of the code a page depends on: a changed entry changes the store, not the code.
 * Only `astro build`; `astro dev` keeps Astro's module, which it reloads when the store changes.
 * Only the single-file store: with `experimental.collectionStorage: 'chunked'` Astro's module is
 * a manifest of chunk imports, and this plugin steps aside (tests/data-store-file.test.ts).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

/** Astro's id for the resolved store module, and the file it holds (astro/dist/content/consts.js). */
export const STORE_MODULE_ID = '\0astro:data-layer-content';
export const STORE_FILE = 'data-store.json';

/**
 * The code of the store module: the file's JSON read when the page code first needs it.
 * @example storeModuleCode('/site/node_modules/.astro/data-store.json')
 */
export function storeModuleCode(file: string): string {
	return [
		`import { existsSync, readFileSync } from 'node:fs';`,
		`const file = ${JSON.stringify(file)};`,
		`export default existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : new Map();`,
	].join('\n');
}

/** The warning a build prints when another plugin answered the store module before this one. */
export const STORE_BYPASSED =
	'tracker:data-store-file: another plugin loaded astro:data-layer-content first; its code was replaced by a read of the store file, but the plugin order has changed (src/integrations/data-store-file.ts).';

/** The plugin: answers the store module with `storeModuleCode(file)`. */
export function dataStorePlugin(file: string) {
	const answer = {
		code: storeModuleCode(file),
		map: { mappings: '' },
		// Astro's mark for content data (astro/dist/core/build/incremental-metadata.js).
		meta: { astroIncremental: { kind: 'content-data' } },
	};
	const filter = { id: /^\0astro:data-layer-content$/ };
	return {
		name: 'tracker:data-store-file',
		enforce: 'pre' as const,
		// First in the list (see below), so Astro's own loader never reads and quotes the store.
		load: { filter, handler: (id: string) => (id === STORE_MODULE_ID ? answer : null) },
		// Should another plugin have answered first, its code is replaced all the same, with a
		// warning: the store was read and quoted for nothing (the bench shows what that costs).
		transform: {
			filter,
			handler(this: { warn: (message: string) => void }, code: string, id: string) {
				if (id !== STORE_MODULE_ID || code === answer.code) return null;
				this.warn(STORE_BYPASSED);
				return answer;
			},
		},
	};
}

export default function dataStoreFile(): AstroIntegration {
	let file = '';
	return {
		name: 'data-store-file',
		hooks: {
			'astro:config:setup': ({ config }) => {
				const storage = (config.experimental as { collectionStorage?: unknown }).collectionStorage;
				if (storage === undefined || storage === 'single-file')
					file = fileURLToPath(new URL(STORE_FILE, config.cacheDir));
			},
			'astro:build:setup': ({ vite }) => {
				if (!file) return;
				// Ahead of Astro's plugins: plugins added through updateConfig come after them.
				vite.plugins = [dataStorePlugin(file), ...(vite.plugins ?? [])];
			},
		},
	};
}
