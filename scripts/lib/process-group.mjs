#!/usr/bin/env node
// @ts-check
/**
 * The one process helper: run a command in a process group of its own and end that whole group
 * when the command returns (or times out, or we are interrupted). `astro build` has been seen
 * leaving child processes behind after it exits; killing the group ends them, and only our own
 * groups are ever touched. Used by the tests (tests/helpers/run.ts), the bench
 * (scripts/bench/measure.mjs) and CI (.ci/run, through the command line below).
 *
 * As a command: `node scripts/lib/process-group.mjs CMD [ARGS...]` runs CMD with this process's
 * stdin, stdout and stderr, exits with its code, and ends its group first; SIGINT, SIGTERM and
 * SIGHUP are passed on to the group.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Process groups started here and still running, so an interrupted caller can end them. */
export const liveGroups = new Set();

/**
 * Send a signal to a whole process group, ignoring "no such process".
 * @param {number | undefined} pgid
 * @param {NodeJS.Signals} [signal]
 */
export function killGroup(pgid, signal = 'SIGKILL') {
	if (!pgid) return;
	try {
		process.kill(-pgid, signal);
	} catch {
		/* already gone */
	}
}

let exitHook = false;

/** End every group still running (for exit and signal handlers). */
export function killLiveGroups(signal = /** @type {NodeJS.Signals} */ ('SIGKILL')) {
	for (const g of liveGroups) killGroup(g, signal);
}

/**
 * Start `cmd args` as the leader of a new process group. The group is tracked in `liveGroups`
 * until the child closes; `exit` or a timeout ends the whole group.
 * @param {string} cmd
 * @param {readonly string[]} args
 * @param {import('node:child_process').SpawnOptions & { timeoutMs?: number }} [opts]
 */
export function spawnGroup(cmd, args, opts = {}) {
	const { timeoutMs, ...rest } = opts;
	const child = spawn(cmd, args, { ...rest, detached: true });
	const pgid = child.pid;
	if (pgid) liveGroups.add(pgid);
	// A caller that exits while a group still runs takes the group with it.
	if (!exitHook) process.once('exit', () => killLiveGroups());
	exitHook = true;
	const timer = timeoutMs ? setTimeout(() => killGroup(pgid), timeoutMs) : undefined;
	// When the leader exits, the rest of its group goes too, so a child left behind (holding our
	// pipes open) cannot keep 'close' from coming.
	child.on('exit', () => {
		if (timer) clearTimeout(timer);
		killGroup(pgid);
	});
	child.on('close', () => pgid && liveGroups.delete(pgid));
	child.on('error', () => pgid && liveGroups.delete(pgid));
	return child;
}

/**
 * Run a command to completion in its own group and collect its output.
 * @param {string} cmd
 * @param {readonly string[]} args
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv, timeoutMs?: number, input?: string }} [opts]
 * @returns {Promise<{ code: number, output: string, stdout: string, stderr: string }>}
 */
export function runGroup(cmd, args, opts = {}) {
	return new Promise((resolve) => {
		const child = spawnGroup(cmd, args, {
			cwd: opts.cwd,
			env: opts.env,
			stdio: ['pipe', 'pipe', 'pipe'],
			timeoutMs: opts.timeoutMs ?? 300_000,
		});
		let stdout = '';
		let stderr = '';
		let output = '';
		child.stdout?.on('data', (d) => ((stdout += d), (output += d)));
		child.stderr?.on('data', (d) => ((stderr += d), (output += d)));
		if (opts.input !== undefined) child.stdin?.end(opts.input);
		else child.stdin?.end();
		child.on('error', (e) =>
			resolve({ code: 127, output: `${output}${e.message}\n`, stdout, stderr: `${stderr}${e.message}\n` }),
		);
		child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), output, stdout, stderr }));
	});
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	const [cmd, ...args] = process.argv.slice(2);
	if (!cmd) {
		console.error('usage: node scripts/lib/process-group.mjs CMD [ARGS...]');
		process.exit(2);
	}
	const child = spawnGroup(cmd, args, { stdio: 'inherit' });
	for (const sig of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP']))
		process.on(sig, () => killGroup(child.pid, sig));
	child.on('error', (e) => {
		console.error(`${cmd}: ${e.message}`);
		process.exit(127);
	});
	child.on('close', (code, signal) => process.exit(code ?? (signal ? 128 : 1)));
}
