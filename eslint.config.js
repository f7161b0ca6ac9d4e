// ESLint (flat config): JavaScript's and typescript-eslint's recommended rules for .ts, .mjs and
// .js, and eslint-plugin-astro's for .astro files. `npm run lint` runs it over the project.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
	{ ignores: ['dist/', 'node_modules/', '.astro/', 'bench/', 'test-results/', 'playwright-report/'] },
	js.configs.recommended,
	tseslint.configs.recommended,
	astro.configs.recommended,
	{
		languageOptions: { globals: { ...globals.node } },
	},
	{
		// Code that runs in the browser (the bench's search measurement passes functions to page.evaluate).
		files: ['public/**/*.js', 'src/scripts/**/*.ts', 'scripts/bench/search.mjs'],
		languageOptions: { globals: { ...globals.browser } },
	},
	{
		// Unused names are errors, except those marked unused on purpose with a leading _.
		rules: {
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
			],
		},
	},
);
