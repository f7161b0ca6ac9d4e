/**
 * npm run build (scripts/build.mjs) in a throwaway copy of the project: two builds at once in
 * one folder take turns through the lock (the second says it waits), a lock left by a build
 * that no longer runs is taken over, a lock held too long makes the build say why it cannot
 * run, and a build leaves neither its temporary folder nor its lock behind, and removes the one a
 * killed build left. The copy's content is the small closed set of the bad-input fixtures (BASE),
 * not the record: the lock does not depend on what is built, and each build costs less.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sandbox } from './helpers/sandbox.ts';
import { run } from './helpers/run.ts';
import { BASE } from './fixtures/bad-input.ts';

const box = sandbox();
box.remove('content/entries');
box.remove('content/entities');
for (const [path, text] of Object.entries(BASE)) box.write(path, text);
afterAll(() => box.dispose());

describe('two builds in one folder', () => {
	it('say why the second cannot run while a live build holds the lock', async () => {
		const holder = spawn('sleep', ['60'], { stdio: 'ignore' });
		try {
			writeFileSync(
				join(box.dir, '.build.lock'),
				JSON.stringify({ pid: holder.pid, started: new Date().toISOString() }),
			);
			const r = await run('npm', ['run', '--silent', 'build'], {
				cwd: box.dir,
				env: { BUILD_LOCK_WAIT_MS: '1500' },
				timeoutMs: 120_000,
			});
			expect(r.code).not.toBe(0);
			expect(r.output).toMatch(
				new RegExp(`Another build \\(pid ${holder.pid}.*\\) is running in this folder: waiting for it to finish`),
			);
			expect(r.output).toMatch(/has held \.build\.lock for over 2 seconds, so this one cannot run/);
			expect(existsSync(join(box.dir, 'dist')), 'nothing was built').toBe(false);
		} finally {
			holder.kill();
		}
	});

	it('take turns, the first taking over a stale lock, and leave no lock or temporary folder', async () => {
		const dead = spawnSync('true').pid;
		writeFileSync(join(box.dir, '.build.lock'), JSON.stringify({ pid: dead, started: '2020-01-01T00:00:00.000Z' }));
		// The temporary folder a killed build leaves behind goes too.
		mkdirSync(join(box.dir, `.dist-build-${dead}`, 'entries'), { recursive: true });
		const first = run('npm', ['run', '--silent', 'build'], { cwd: box.dir, timeoutMs: 600_000 });
		// The second starts once the first holds the lock (its own pid in it, not the stale one):
		// no fixed wait, which a loaded machine could outlast before the first even starts.
		const lockFile = join(box.dir, '.build.lock');
		const holder = () => {
			try {
				return (JSON.parse(readFileSync(lockFile, 'utf8')) as { pid?: number }).pid;
			} catch {
				return undefined; // not there yet, or being written
			}
		};
		let ended = false;
		const end = () => (ended = true);
		void first.then(end, end);
		while (!(holder() && holder() !== dead)) {
			if (ended) throw new Error(`the first build ended without being seen to hold the lock:\n${(await first).output}`);
			await new Promise((ok) => setTimeout(ok, 50));
		}
		const second = run('npm', ['run', '--silent', 'build'], { cwd: box.dir, timeoutMs: 600_000 });
		const [a, b] = await Promise.all([first, second]);
		expect(a.code, a.output).toBe(0);
		expect(b.code, b.output).toBe(0);
		expect(a.output).toMatch(new RegExp(`A build that stopped \\(pid ${dead}.*left its lock behind: taking it over`));
		expect(b.output).toMatch(/Another build \(pid \d+.*\) is running in this folder: waiting for it to finish/);
		expect(existsSync(join(box.dir, '.build.lock'))).toBe(false);
		expect(readdirSync(box.dir).filter((n) => n.startsWith('.dist-'))).toEqual([]);
		expect(existsSync(join(box.dir, 'dist', 'pagefind', 'pagefind.js'))).toBe(true);
		expect(existsSync(join(box.dir, 'dist', 'search', 'entry-ids.json'))).toBe(true);
		expect(b.output).toMatch(
			/Built the site into dist\/ \(\d+ pages, each scanned(?:: \d+ parsed, \d+ identical to pages found clean before)?\)/,
		);
	});
});
