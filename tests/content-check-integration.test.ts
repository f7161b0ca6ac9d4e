/**
 * The content check as an Astro integration (src/integrations/content-check.ts), in sandbox
 * copies of the project: `astro build` with a broken file fails with the check's report (file,
 * line, field, what was found) as an Astro error, without a stack trace, and leaves no dist/;
 * `astro dev` started on a sandbox stays up when a broken file is written while it runs, logs
 * the problem, and says the content is OK again once the file is fixed.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { killGroup, spawnGroup } from '../scripts/lib/process-group.mjs';
import { sandbox, type Sandbox } from './helpers/sandbox.ts';

const STACK_FRAME = /^\s+at .+:\d+(:\d+)?\)?$/m;
const boxes: Sandbox[] = [];
afterAll(() => boxes.forEach((b) => b.dispose()));

/** A sandbox, and one of its entries with its date made impossible (`2020-02-30`). */
function broken(): { box: Sandbox; file: string; good: string; bad: string } {
	const box = sandbox();
	boxes.push(box);
	const name = readdirSync(join(box.dir, 'content/entries'))
		.filter((f) => f.endsWith('.mdx'))
		.sort()[0]!;
	const file = `content/entries/${name}`;
	const good = readFileSync(join(box.dir, file), 'utf8');
	const bad = good.replace(/^date: .*$/m, 'date: 2020-02-30');
	expect(bad).not.toBe(good);
	return { box, file, good, bad };
}

const freePort = () =>
	new Promise<number>((resolve, reject) => {
		const s = createServer();
		s.once('error', reject);
		s.listen(0, '127.0.0.1', () => {
			const { port } = s.address() as { port: number };
			s.close(() => resolve(port));
		});
	});

describe('the content check in astro build', () => {
	it('fails with the report as an Astro error, no stack trace, and no dist/', async () => {
		const { box, file, bad } = broken();
		box.write(file, bad);
		const r = await box.npm('build');
		expect(r.code, r.output).not.toBe(0);
		expect(r.output).toContain('[AstroUserError] The content check found problems');
		expect(r.output).toContain(`${file}:`);
		expect(r.output).toMatch(/field: date/);
		expect(r.output).toMatch(/found "2020-02-30": this day does not exist in the calendar/);
		expect(r.output).toMatch(/1 error: fix them and run npm run check again/);
		expect(r.output).toMatch(/Hint:[\s\S]*npm run check/);
		expect(r.output).not.toMatch(STACK_FRAME);
		expect(r.output).not.toContain('Stack trace');
		expect(existsSync(join(box.dir, 'dist'))).toBe(false);
	});
});

describe('the content check in astro dev', () => {
	it('keeps the server up when a broken file is written, logs the problem, and clears it when fixed', async () => {
		const { box, file, good, bad } = broken();
		const port = await freePort();
		const child = spawnGroup('npx', ['astro', 'dev', '--port', String(port), '--host', '127.0.0.1'], {
			cwd: box.dir,
			env: {
				...process.env,
				ASTRO_TELEMETRY_DISABLED: '1',
				ASTRO_DEV_BACKGROUND: '0',
				FORCE_COLOR: '0',
				NO_COLOR: '1',
			},
			stdio: ['ignore', 'pipe', 'pipe'],
			timeoutMs: 240_000,
		});
		let log = '';
		child.stdout!.on('data', (d) => (log += d));
		child.stderr!.on('data', (d) => (log += d));
		let exited = false;
		child.on('exit', () => (exited = true));
		const waitFor = async (what: RegExp, from: number, ms = 120_000) => {
			const until = Date.now() + ms;
			while (!what.test(log.slice(from))) {
				if (exited) throw new Error(`astro dev exited while waiting for ${what}:\n${log}`);
				if (Date.now() > until) throw new Error(`no ${what} in the dev server's log:\n${log}`);
				await new Promise((r) => setTimeout(r, 200));
			}
		};
		try {
			await waitFor(/content OK/, 0);
			await waitFor(new RegExp(`127\\.0\\.0\\.1:${port}`), 0);
			let mark = log.length;
			box.write(file, bad);
			await waitFor(/this day does not exist in the calendar/, mark);
			const report = log.slice(mark);
			expect(report).toContain(`${file}:`);
			expect(report).toMatch(/field: date/);
			expect(report).not.toMatch(STACK_FRAME);
			// Still serving.
			const res = await fetch(`http://127.0.0.1:${port}/about/`);
			expect(res.status).toBeLessThan(600);
			expect(exited).toBe(false);
			mark = log.length;
			box.write(file, good);
			await waitFor(/content OK/, mark);
			expect(exited).toBe(false);
		} finally {
			killGroup(child.pid);
		}
	});
});
