// The two projects the bench builds, each in a temporary directory:
// - the SITE: a copy of this project (everything but git, caches, outputs and content) whose
//   content/entries and content/entities are replaced by the synthetic corpus;
// - the FLOOR: a bare Astro project with the same MDX files and one minimal page per entry,
//   then Pagefind: what any Astro site with these entries must at least spend.
// Both get their own node_modules directory whose entries link to this project's packages, so
// Astro's and Vite's caches (node_modules/.astro, node_modules/.vite) start empty and stay in
// the temporary directory instead of landing in the real node_modules.
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeCorpus } from './corpus.mjs';

/** @typedef {import('./corpus.mjs').Corpus} Corpus */

/** Top-level paths never copied into the site copy. */
const SKIP = new Set(['.git', 'node_modules', 'dist', '.astro', 'bench', 'test-results', 'playwright-report', 'content', '.ci']);
/** Caches inside node_modules that must not be shared. */
const CACHES = new Set(['.astro', '.vite', '.cache']);

/**
 * Link each package of `root/node_modules` into `dir/node_modules`.
 * @param {string} root
 * @param {string} dir
 */
export function linkNodeModules(root, dir) {
	const from = join(root, 'node_modules');
	const to = join(dir, 'node_modules');
	mkdirSync(to, { recursive: true });
	for (const name of readdirSync(from)) if (!CACHES.has(name)) symlinkSync(join(from, name), join(to, name));
}

/**
 * A copy of the project at `root` in `dir`, with the corpus as its content.
 * @param {string} root
 * @param {string} dir
 * @param {Corpus} corpus
 * @returns {string} dir
 */
export function makeSite(root, dir, corpus) {
	mkdirSync(dir, { recursive: true });
	// A build running in the project has its temporary folders (.dist-build-<pid>, .dist-old-<pid>) and lock there.
	const transient = (/** @type {string} */ name) => /^\.dist-(?:build|old)-\d+$/.test(name) || name === '.build.lock';
	for (const name of readdirSync(root)) if (!SKIP.has(name) && !transient(name)) cpSync(join(root, name), join(dir, name), { recursive: true });
	// Keep whatever else content/ holds (its licence, a README); replace the two collections.
	if (existsSync(join(root, 'content'))) {
		cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true, filter: (src) => !/content\/(entries|entities)(\/|$)/.test(src) });
	}
	rmSync(join(dir, 'content/entries'), { recursive: true, force: true });
	rmSync(join(dir, 'content/entities'), { recursive: true, force: true });
	writeCorpus(join(dir, 'content'), corpus);
	linkNodeModules(root, dir);
	return dir;
}

const FLOOR_FILES = {
	'package.json': JSON.stringify({ name: 'bench-floor', private: true, type: 'module', scripts: { build: 'astro build && pagefind --site dist' } }, null, '\t'),
	'astro.config.mjs': `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
export default defineConfig({ integrations: [mdx()], build: { format: 'directory' } });
`,
	'tsconfig.json': JSON.stringify({ extends: 'astro/tsconfigs/base' }),
	'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = { entries: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/entries' }) }) };
`,
	'src/components/Cite.astro': `---
const { k } = Astro.props;
---
<sup>[{k}]</sup>
`,
	'src/pages/entries/[id].astro': `---
import { getCollection, render } from 'astro:content';
import Cite from '../../components/Cite.astro';
export async function getStaticPaths() {
	return (await getCollection('entries')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en">
	<head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
	<body><main><h1>{entry.data.title}</h1><Content components={{ Cite }} /></main></body>
</html>
`,
};

/**
 * The floor project in `dir`: same MDX files, one bare page each.
 * @param {string} root
 * @param {string} dir
 * @param {Corpus} corpus
 * @returns {string} dir
 */
export function makeFloor(root, dir, corpus) {
	for (const [path, text] of Object.entries(FLOOR_FILES)) {
		mkdirSync(join(dir, path, '..'), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	writeCorpus(join(dir, 'content'), { entries: corpus.entries, entities: [] });
	linkNodeModules(root, dir);
	return dir;
}
