/**
 * vitest global setup of the `site` project: one empty folder for the run, shared by the test
 * files of every worker (`inject('sharedDir')`), where a sandbox build that several files read
 * is built once, by the first file that asks for it (tests/helpers/record-build.ts). Nothing is
 * built here, so a run of a few files that need no such build costs nothing. The teardown
 * removes the folder and every sandbox a file recorded in it.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
	export interface ProvidedContext {
		/** A folder for the run's shared sandbox builds (tests/helpers/record-build.ts). */
		sharedDir: string;
	}
}

export default function setup(project: TestProject): () => void {
	const dir = mkdtempSync(join(tmpdir(), 'cct-shared-'));
	project.provide('sharedDir', dir);
	return () => {
		for (const name of readdirSync(dir).filter((n) => n.endsWith('.sandbox'))) {
			const box = readFileSync(join(dir, name), 'utf8').trim();
			if (box && existsSync(box)) rmSync(box, { recursive: true, force: true });
		}
		rmSync(dir, { recursive: true, force: true });
	};
}
