/**
 * The cached pages put into the output folder in one copy, while Astro checks and loads the
 * content, instead of one by one while it renders.
 *
 * Astro's incremental build copies each page it can skip from its cache folder into the output
 * folder as it comes to it, unless that page is already there ("(cached)" instead of
 * "(restored)"): at 10,000 entries, 14,800 copies in turn, about 9 s. `npm run build`
 * (scripts/build.mjs) builds into a new, empty folder and sets BUILD_KEEP_OUTDIR=1, which tells
 * Astro not to empty it (astro.config.mjs) and this integration to fill it: a worker thread copies
 * the whole cache folder in (2–3 s) while the main thread runs the content check and the content
 * sync, and Astro's build waits for it before the first page (`astro:build:start`). The copies are
 * byte for byte what Astro would restore; a page Astro renders is written over its copy. When the
 * build is done, a copied page this build neither recorded in Astro's new manifest nor wrote (an
 * entry or a page of a list that is gone) is removed (`pruneUnproduced`), so the folder holds what
 * a cold build gives (tests/incremental.test.ts compares the two, file by file).
 *
 * Only `astro build` with BUILD_KEEP_OUTDIR=1, into an empty folder: given a folder with files in
 * it, the build stops, since files it did not make would stay.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { cachePaths, pruneUnproduced } from '../../scripts/lib/build-cache.mjs';

/** The worker: copy the cache's pages into the output folder, then note each copy's mtime. */
const WORKER = `
const { cpSync, readdirSync, statSync } = require('node:fs');
const { join, relative, sep } = require('node:path');
const { parentPort, workerData } = require('node:worker_threads');
const { copies, outDir } = workerData;
// Each copy keeps its time: the page scan knows an untouched copy by it (scripts/lib/scan-cache.mjs).
cpSync(copies, outDir, { recursive: true, preserveTimestamps: true });
const copied = readdirSync(copies, { recursive: true, withFileTypes: true })
	.filter((e) => e.isFile())
	.map((e) => relative(copies, join(e.parentPath, e.name)).split(sep).join('/'))
	.map((rel) => [rel, statSync(join(outDir, rel), { bigint: true }).mtimeNs]);
parentPort.postMessage(copied);
`;

/**
 * Copy `copies` into `outDir` on a worker thread; resolves to each copied file (relative path)
 * and its mtime right after the copy.
 */
export function copyInBackground(copies: string, outDir: string): Promise<Map<string, bigint>> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(WORKER, { eval: true, workerData: { copies, outDir } });
		// A build that stops early (a failed content check) does not wait for the copy.
		worker.unref();
		worker.once('message', (copied: [string, bigint][]) => resolve(new Map(copied)));
		worker.once('error', reject);
		worker.once('exit', (code) => {
			if (code !== 0) reject(new Error(`the copy of the cached pages stopped (exit ${code})`));
		});
	});
}

export default function prefill(): AstroIntegration {
	let copying: Promise<Map<string, bigint>> | undefined;
	let root = '';
	let outDir = '';
	return {
		name: 'prefill',
		hooks: {
			'astro:config:setup': ({ config, command }) => {
				if (command !== 'build' || process.env.BUILD_KEEP_OUTDIR !== '1') return;
				root = fileURLToPath(config.root);
				outDir = fileURLToPath(config.outDir);
				if (existsSync(outDir) && readdirSync(outDir).length > 0)
					throw new Error(
						`BUILD_KEEP_OUTDIR=1 is for the new, empty folder npm run build makes, but ${outDir} has files in it: run npm run build, or astro build without BUILD_KEEP_OUTDIR.`,
					);
				const p = cachePaths(root);
				if (existsSync(p.manifest) && existsSync(p.copies)) copying = copyInBackground(p.copies, outDir);
			},
			'astro:build:start': async () => {
				if (copying) await copying;
			},
			'astro:build:done': async ({ logger }) => {
				if (!copying) return;
				const gone = pruneUnproduced(root, outDir, await copying);
				if (gone.length)
					logger.info(
						`${gone.length} page${gone.length === 1 ? '' : 's'} of the last build ${gone.length === 1 ? 'is' : 'are'} no longer made, so not kept: ${gone.slice(0, 3).join(', ')}${gone.length > 3 ? ', …' : ''}`,
					);
			},
		},
	};
}
