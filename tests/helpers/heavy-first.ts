/**
 * The order in which vitest starts the test files (`sequence.sequencer` in tests/vitest.config.ts).
 *
 * Vitest starts files in the order its sequencer gives and hands each free worker the next one.
 * Without a record of earlier runs (a clean clone, as in CI) its own order is by file size, so
 * the file with the longest chain of builds (incremental.test.ts) used to start behind others,
 * and the run waited for it at the end. This sequencer keeps vitest's order but moves a short,
 * named list of files known to be slow (they run full builds, a dev server, many subprocesses)
 * to the front, in the list's order, the longest first: everything else then fills the workers
 * around them. A file named in the list that no longer exists is simply not there: nothing else
 * changes. Project order still comes first (`sequence.groupOrder`, e.g. the fixture project).
 */
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Paths from the project root, the longest-running first. */
export const HEAVY_FIRST: readonly string[] = [
	'tests/incremental.test.ts',
	'tests/bad-input.test.ts',
	'tests/changes.test.ts',
	'tests/build.test.ts',
	'tests/content-check-integration.test.ts',
	'tests/new.test.ts',
	'tests/release.test.ts',
	// A full build in its setup, then every page through the HTML validator in process.
	'tests/review-stale.test.ts',
	'tests/html-validate.test.ts',
];

/** Where a file goes: its place in HEAVY_FIRST, or after all of them. */
export function heavyRank(root: string, moduleId: string, heavy: readonly string[] = HEAVY_FIRST): number {
	const i = heavy.indexOf(relative(root, moduleId).split('\\').join('/'));
	return i < 0 ? heavy.length : i;
}

/**
 * `sorted` (vitest's order) with the heavy files first: a stable sort on (group, rank), so the
 * files outside the list keep vitest's order among themselves.
 */
export function heavyFirst<T extends { moduleId: string; project: { config: { sequence: { groupOrder: number } } } }>(
	root: string,
	sorted: readonly T[],
	heavy: readonly string[] = HEAVY_FIRST,
): T[] {
	return sorted
		.map((spec, i) => ({ spec, i, rank: heavyRank(root, spec.moduleId, heavy) }))
		.sort(
			(a, b) =>
				a.spec.project.config.sequence.groupOrder - b.spec.project.config.sequence.groupOrder ||
				a.rank - b.rank ||
				a.i - b.i,
		)
		.map((x) => x.spec);
}

export class HeavyFirstSequencer extends BaseSequencer {
	override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
		return heavyFirst(this.ctx.config.root, await super.sort(files));
	}
}
