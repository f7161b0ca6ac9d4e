/**
 * The order in which the test files start (tests/helpers/heavy-first.ts): the named slow files
 * first, in the list's order, then every other file in the order vitest gave, each project group
 * (`sequence.groupOrder`) still after the one before; and every named file exists, so that a
 * renamed one is noticed rather than silently started late.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HEAVY_FIRST, heavyFirst } from './helpers/heavy-first.ts';

const ROOT = join(import.meta.dirname, '..');

const spec = (path: string, groupOrder = 0) => ({
	moduleId: join(ROOT, path),
	project: { config: { sequence: { groupOrder } } },
});
const names = (specs: { moduleId: string }[]) => specs.map((s) => s.moduleId.slice(ROOT.length).replace(/^\//, ''));

describe('the heavy-first sequencer', () => {
	it('names files that exist, each once', () => {
		for (const f of HEAVY_FIRST) expect(existsSync(join(ROOT, f)), f).toBe(true);
		expect(new Set(HEAVY_FIRST).size).toBe(HEAVY_FIRST.length);
	});

	it('starts the named files first, in its order, and keeps the order of the others and of the groups', () => {
		const given = [
			spec('tests/changes.test.ts'),
			spec('tests/a.test.ts'),
			spec('tests/fixture/pagination.test.ts', 1),
			spec('tests/incremental.test.ts'),
			spec('src/lib/x.test.ts'),
			spec('tests/b.test.ts'),
			spec('tests/fixture/site-url.test.ts', 1),
		];
		const heavy = ['tests/incremental.test.ts', 'tests/changes.test.ts', 'tests/gone.test.ts'];
		expect(names(heavyFirst(ROOT, given, heavy))).toEqual([
			'tests/incremental.test.ts',
			'tests/changes.test.ts',
			'tests/a.test.ts',
			'src/lib/x.test.ts',
			'tests/b.test.ts',
			'tests/fixture/pagination.test.ts',
			'tests/fixture/site-url.test.ts',
		]);
		// Nothing named: vitest's order as it was.
		expect(names(heavyFirst(ROOT, given, []))).toEqual(
			names([...given].sort((x, y) => x.project.config.sequence.groupOrder - y.project.config.sequence.groupOrder)),
		);
	});
});
