/**
 * vitest global setup of the `site` project: one real production build (`npm run build`:
 * content check, astro build, Pagefind) before the tests that read `dist/`. With SKIP_BUILD=1
 * (CI, which builds once before every test step) it never builds: it uses dist/ as it is, and
 * fails without one.
 */
import { existsSync } from 'node:fs';
import { run } from './run.ts';

export default async function setup(): Promise<void> {
	if (process.env.SKIP_BUILD === '1') {
		if (!existsSync('dist/index.html'))
			throw new Error('SKIP_BUILD=1 but there is no built site in dist/: run npm run build first');
		return;
	}
	const r = await run('npm', ['run', 'build'], { cwd: process.cwd(), timeoutMs: 600_000 });
	if (r.code !== 0) throw new Error(`npm run build failed (exit ${r.code}):\n${r.output.slice(-4000)}`);
}
