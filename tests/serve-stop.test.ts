/**
 * The server stops with its parent (issue 17): `npm run preview` started in its own process
 * group, then SIGTERM sent to npm only (not the group), as a process manager or `kill <pid>`
 * does; and SIGINT to the whole group, as Ctrl+C in a terminal does. Either way, nothing is left
 * holding the port. `npm start` runs the same server after its build (`exec node
 * scripts/serve.mjs`), so it stops the same way.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'cct-serve-stop-'));
// The smallest dist/ the server accepts: a page and the search index's two files.
mkdirSync(join(dir, 'pagefind'));
mkdirSync(join(dir, 'search'));
writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title><p>ok</p>');
writeFileSync(join(dir, 'pagefind', 'pagefind.js'), '');
writeFileSync(join(dir, 'search', 'entry-ids.json'), '{}');
const groups: number[] = [];
afterAll(() => {
	for (const g of groups) {
		try {
			process.kill(-g, 'SIGKILL');
		} catch {
			/* gone, as it should be */
		}
	}
	rmSync(dir, { recursive: true, force: true });
});

/** A free port, from the OS. */
const freePort = () =>
	new Promise<number>((ok) => {
		const s = createServer().listen(0, '127.0.0.1', () => {
			const { port } = s.address() as { port: number };
			s.close(() => ok(port));
		});
	});
/** Whether something accepts a connection on the port. */
const listening = (port: number) =>
	fetch(`http://127.0.0.1:${port}/`).then(
		() => true,
		() => false,
	);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(what: () => Promise<boolean>, ms: number) {
	const end = Date.now() + ms;
	while (Date.now() < end) {
		if (await what()) return true;
		await sleep(100);
	}
	return false;
}
/** Pids still in a process group (from /proc). */
function members(pgid: number): number[] {
	return readdirSync('/proc')
		.filter((n) => /^\d+$/.test(n))
		.filter((n) => {
			try {
				const stat = readFileSync(`/proc/${n}/stat`, 'utf8');
				return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]) === pgid;
			} catch {
				return false;
			}
		})
		.map(Number);
}

async function preview() {
	const port = await freePort();
	const npm = spawn('npm', ['run', 'preview', '--', '--dir', dir, '--port', String(port)], {
		cwd: process.cwd(),
		detached: true,
		stdio: 'ignore',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
	});
	groups.push(npm.pid!);
	expect(await until(() => listening(port), 60_000), 'the server came up').toBe(true);
	return { port, npm };
}

describe('npm run preview', () => {
	it('frees the port when npm alone gets SIGTERM', async () => {
		const { port, npm } = await preview();
		process.kill(npm.pid!, 'SIGTERM');
		expect(await until(async () => !(await listening(port)), 10_000), 'port free after SIGTERM to npm').toBe(true);
		expect(await until(async () => members(npm.pid!).length === 0, 10_000), 'no process left in the group').toBe(true);
	}, 90_000);

	it('frees the port on Ctrl+C (SIGINT to the group)', async () => {
		const { port, npm } = await preview();
		process.kill(-npm.pid!, 'SIGINT');
		expect(await until(async () => !(await listening(port)), 10_000), 'port free after SIGINT').toBe(true);
		expect(await until(async () => members(npm.pid!).length === 0, 10_000), 'no process left in the group').toBe(true);
	}, 90_000);
});
