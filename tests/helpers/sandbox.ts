/**
 * A throwaway copy of the project (sources, content, config; node_modules linked) in which a
 * test can break or add content and run the real commands, never touching the real content/.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { run, type RunResult } from './run.ts';
import { ROOT } from './site.ts';

const COPY = [
	'src',
	'content',
	'public',
	'scripts',
	'astro.config.mjs',
	'pagefind.yml',
	'package.json',
	'tsconfig.json',
];
/** Folders in node_modules that hold build caches rather than packages. */
const CACHES = new Set(['.astro', '.vite', '.cache']);

export interface Sandbox {
	dir: string;
	write(path: string, text: string | Buffer): void;
	remove(path: string): void;
	npm(script: string, ...args: string[]): Promise<RunResult>;
	dispose(): void;
}

export function sandbox(): Sandbox {
	const dir = mkdtempSync(join(tmpdir(), 'cct-'));
	for (const p of COPY) cpSync(join(ROOT, p), join(dir, p), { recursive: true });
	// Packages are linked one by one, not the whole folder, so that the caches Astro and Vite
	// keep in node_modules (.astro's content store, .vite) are the sandbox's own: a sandbox
	// build never writes into the real project's cache, nor races another build for it.
	mkdirSync(join(dir, 'node_modules'));
	for (const name of readdirSync(join(ROOT, 'node_modules')))
		if (!CACHES.has(name)) symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
	return {
		dir,
		write(path, text) {
			mkdirSync(dirname(join(dir, path)), { recursive: true });
			writeFileSync(join(dir, path), text);
		},
		remove(path) {
			rmSync(join(dir, path), { recursive: true, force: true });
		},
		npm(script, ...args) {
			return run('npm', ['run', '--silent', script, ...(args.length ? ['--', ...args] : [])], {
				cwd: dir,
				timeoutMs: 600_000,
			});
		},
		dispose() {
			rmSync(dir, { recursive: true, force: true });
		},
	};
}
