/**
 * Run a command to completion and collect its output, in a process group of its own that is
 * ended when the command returns (scripts/lib/process-group.mjs: `astro build` has been seen
 * leaving child processes behind after it exits).
 */
import { runGroup } from '../../scripts/lib/process-group.mjs';

export interface RunResult {
	code: number;
	output: string;
	stdout: string;
	stderr: string;
}

export function run(
	cmd: string,
	args: string[],
	opts: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number; input?: string },
): Promise<RunResult> {
	return runGroup(cmd, args, {
		cwd: opts.cwd,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...opts.env },
		timeoutMs: opts.timeoutMs ?? 300_000,
		...(opts.input !== undefined ? { input: opts.input } : {}),
	});
}
