/**
 * vitest global setup: one real production build (`npm run build`: content check, astro build,
 * Pagefind) before the tests that read `dist/`. Set SKIP_BUILD=1 to reuse an existing dist/.
 */
import { existsSync } from 'node:fs';
import { run } from './run.ts';

export default async function setup(): Promise<void> {
	if (process.env.SKIP_BUILD === '1' && existsSync('dist/index.html')) return;
	const r = await run('npm', ['run', 'build'], { cwd: process.cwd(), timeoutMs: 600_000 });
	if (r.code !== 0) throw new Error(`npm run build failed (exit ${r.code}):\n${r.output.slice(-4000)}`);
}
