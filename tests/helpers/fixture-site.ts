/**
 * The fixture build's outcome, in a test file of the `fixture` project: the global setup
 * (tests/helpers/fixture-build.ts) starts the build and names the file it writes the outcome
 * to when the build ends; this waits for that file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { inject } from 'vitest';
import type { FixtureSite } from './fixture-build.ts';

/** How long a test file waits for the fixture build (the project's hook timeout). */
const WAIT_MS = 600_000;

/** In a test file of the `fixture` project: the fixture build's outcome, once it has ended. */
export async function fixtureSite(): Promise<FixtureSite> {
	const { resultFile } = inject('fixtureBuild');
	const until = Date.now() + WAIT_MS;
	while (!existsSync(resultFile)) {
		if (Date.now() > until) throw new Error(`the fixture build did not end within ${WAIT_MS / 1000} s`);
		await sleep(250);
	}
	return JSON.parse(readFileSync(resultFile, 'utf8')) as FixtureSite;
}
