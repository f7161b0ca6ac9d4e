/**
 * Run a command to completion and collect its output; then end its whole process group, since
 * `astro build` has been seen leaving child processes behind after it exits.
 */
import { spawn } from 'node:child_process';

export interface RunResult {
	code: number;
	output: string;
	stdout: string;
	stderr: string;
}

export function run(cmd: string, args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number; input?: string }): Promise<RunResult> {
	return new Promise((resolve) => {
		const child = spawn(cmd, args, {
			cwd: opts.cwd,
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...opts.env },
			detached: true,
			stdio: ['pipe', 'pipe', 'pipe'],
		});
		let stdout = '';
		let stderr = '';
		let output = '';
		child.stdout.on('data', (d: Buffer) => ((stdout += d), (output += d)));
		child.stderr.on('data', (d: Buffer) => ((stderr += d), (output += d)));
		if (opts.input !== undefined) child.stdin.end(opts.input);
		else child.stdin.end();
		const killGroup = () => {
			try {
				if (child.pid) process.kill(-child.pid, 'SIGKILL');
			} catch {
				/* already gone */
			}
		};
		const timer = setTimeout(killGroup, opts.timeoutMs ?? 300_000);
		child.on('close', (code) => {
			clearTimeout(timer);
			killGroup();
			resolve({ code: code ?? 1, output, stdout, stderr });
		});
	});
}
