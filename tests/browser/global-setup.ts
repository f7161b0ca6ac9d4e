/**
 * Builds the site when dist/ is missing or older than any source or content file, so
 * `npm run test:browser` alone tests what the sources say. With SKIP_BUILD=1 (CI, which builds
 * once before every test step) it never builds: it uses dist/ as it is, and fails without one.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../helpers/run.ts';

const ROOT = join(import.meta.dirname, '../..');

function newest(dir: string): number {
	let t = 0;
	for (const name of readdirSync(dir)) {
		const p = join(dir, name);
		const s = statSync(p);
		t = Math.max(t, s.isDirectory() ? newest(p) : s.mtimeMs);
	}
	return t;
}

export default async function setup(): Promise<void> {
	const marker = join(ROOT, 'dist/pagefind/pagefind.js');
	if (process.env.SKIP_BUILD === '1') {
		if (!existsSync(marker))
			throw new Error(
				'SKIP_BUILD=1 but there is no built site in dist/ (with its search index): run npm run build first',
			);
		return;
	}
	const stale =
		!existsSync(marker) || ['src', 'content', 'public'].some((d) => newest(join(ROOT, d)) > statSync(marker).mtimeMs);
	if (!stale) return;
	const r = await run('npm', ['run', 'build'], { cwd: ROOT, timeoutMs: 600_000 });
	if (r.code !== 0) throw new Error(`npm run build failed:\n${r.output.slice(-4000)}`);
}
