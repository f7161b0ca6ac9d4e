// Runs a command in its own process group and measures it: wall time, and peak memory as the
// largest SUM of resident set sizes over every process of the group (npm, sh, node, pagefind, …)
// polled from /proc. When it ends, the whole group is killed: `astro build` has been seen leaving
// child processes behind.
import { spawnGroup } from '../lib/process-group.mjs';
import { readdirSync, readFileSync } from 'node:fs';

/** Bytes per page of /proc/<pid>/stat's rss field, from this process's own numbers. */
function pageSize() {
	try {
		const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1]);
		const pages = Number(readFileSync('/proc/self/statm', 'utf8').split(' ')[1]);
		const ratio = (kb * 1024) / pages;
		return 2 ** Math.round(Math.log2(ratio));
	} catch {
		return 4096;
	}
}
const PAGE = pageSize();

/** Whether /proc is there to poll (Linux). */
export const canPollProc = (() => {
	try {
		readFileSync('/proc/self/stat');
		return true;
	} catch {
		return false;
	}
})();

/**
 * pid → { ppid, pgrp, rss bytes } for every process we can read.
 * @returns {Map<number, { ppid: number, pgrp: number, rss: number }>}
 */
function snapshot() {
	const out = new Map();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		let stat;
		try {
			stat = readFileSync(`/proc/${name}/stat`, 'utf8');
		} catch {
			continue;
		}
		// Fields after the command name, which is in parentheses and may hold spaces.
		const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		out.set(Number(name), { ppid: Number(f[1]), pgrp: Number(f[2]), rss: Number(f[21]) * PAGE });
	}
	return out;
}

/**
 * Sum of RSS over the group `pgid` and every descendant of `root` (in case one left the group).
 * @param {number} root a process id
 * @param {number} [pgid]
 * @returns {{ bytes: number, processes: number }}
 */
export function treeRss(root, pgid = root) {
	const procs = snapshot();
	/** @type {Map<number, number[]>} */
	const children = new Map();
	for (const [pid, p] of procs) children.set(p.ppid, [...(children.get(p.ppid) ?? []), pid]);
	/** @type {Set<number>} */
	const members = new Set();
	for (const [pid, p] of procs) if (p.pgrp === pgid) members.add(pid);
	/** @type {Set<number>} */
	const seen = new Set();
	const stack = [root];
	while (stack.length) {
		const pid = /** @type {number} */ (stack.pop());
		if (seen.has(pid)) continue;
		seen.add(pid);
		if (procs.has(pid)) members.add(pid);
		stack.push(...(children.get(pid) ?? []));
	}
	let sum = 0;
	for (const pid of members) sum += procs.get(pid)?.rss ?? 0;
	return { bytes: sum, processes: members.size };
}

export { killGroup, liveGroups } from '../lib/process-group.mjs';

const TIMES = /^(\d+)m([\d.]+)s (\d+)m([\d.]+)s$/;
/**
 * The CPU time (user + system, ms) of the children line of POSIX `times` in the output.
 * @param {string} output
 * @returns {number | undefined}
 */
function cpuFromTimes(output) {
	const lines = output.trimEnd().split('\n').slice(-2);
	const m = lines.length === 2 ? TIMES.exec((lines[1] ?? '').trim()) : null;
	if (!m || !TIMES.test((lines[0] ?? '').trim())) return undefined;
	return Math.round((Number(m[1]) * 60 + Number(m[2]) + Number(m[3]) * 60 + Number(m[4])) * 1000);
}

/**
 * Run `cmd args` in `cwd`, in a new process group, through `sh` so that POSIX `times` can report
 * the CPU time of the whole tree (every process the command waited for): on a shared machine
 * CPU time varies less than wall time, and the two together show contention.
 * @param {string} cmd
 * @param {readonly string[]} args
 * @param {{ cwd?: string, env?: Record<string, string>, pollMs?: number, timeoutMs?: number, markers?: Record<string, RegExp>, echo?: boolean }} [options]
 * @returns {Promise<{ code: number, wallMs: number, cpuMs?: number | undefined, peakRss: number, peakProcesses: number, output: string, marks: Record<string, number> }>}
 *   `marks`: for each `markers` regex, ms from start to the first output line matching it.
 */
export function measure(cmd, args, { cwd, env = {}, pollMs = 100, timeoutMs = 3_600_000, markers = {}, echo = false } = {}) {
	return new Promise((resolve) => {
		const started = performance.now();
		const child = spawnGroup('sh', ['-c', '"$@"; rc=$?; times; exit $rc', 'sh', cmd, ...args], {
			cwd,
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', CI: '1', ...env },
			stdio: ['ignore', 'pipe', 'pipe'],
			timeoutMs,
		});
		const pgid = /** @type {number} */ (child.pid);
		let output = '';
		/** @type {Record<string, number>} */
	const marks = {};
		let pending = '';
		const onData = (/** @type {Buffer | string} */ d) => {
			const s = d.toString();
			output += s;
			if (echo) process.stderr.write(s);
			pending += s;
			const lines = pending.split('\n');
			pending = lines.pop() ?? '';
			const t = performance.now() - started;
			for (const line of lines) for (const [name, re] of Object.entries(markers)) if (marks[name] === undefined && re.test(line)) marks[name] = Math.round(t);
		};
		child.stdout?.on('data', onData);
		child.stderr?.on('data', onData);
		let peakRss = 0;
		let peakProcesses = 0;
		const poll = () => {
			if (!canPollProc) return;
			const { bytes, processes } = treeRss(pgid);
			if (bytes > peakRss) peakRss = bytes;
			if (processes > peakProcesses) peakProcesses = processes;
		};
		const timer = setInterval(poll, pollMs);
		// The time is taken when the command exits; then the group is killed, so a child left
		// behind (holding our pipes open) cannot keep 'close' from coming.
		/** @type {number | undefined} */
		let wallMs;
		/** @type {number | undefined} */
		let exitCode;
		child.on('exit', (code, signal) => {
			wallMs = Math.round(performance.now() - started);
			exitCode = code ?? (signal ? 128 : 1);
			clearInterval(timer);
		});
		child.on('close', () => {
			if (pending) onData('\n');
			const cpuMs = cpuFromTimes(output);
			if (cpuMs !== undefined) output = output.trimEnd().split('\n').slice(0, -2).join('\n');
			resolve({ code: exitCode ?? 1, wallMs: wallMs ?? Math.round(performance.now() - started), cpuMs, peakRss, peakProcesses, output, marks });
		});
	});
}
