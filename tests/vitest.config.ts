import { defineConfig } from 'vitest/config';
import { HeavyFirstSequencer } from './helpers/heavy-first.ts';

const root = new URL('..', import.meta.url).pathname;

// Three projects: `unit` (src/lib, pure functions), `site` (a real production build once,
// then tests over dist/ and over the commands editors run; SKIP_BUILD=1 reuses the dist/ that
// CI built) and `fixture` (a generated corpus of a few hundred entries built once in a sandbox,
// with small pages, so every list's page 2 and beyond is tested). `npm test` runs all three;
// `npx vitest --config tests/vitest.config.ts --project unit` runs the fast part.
//
// Speed (issue 14 item 7). Vitest's default on a machine of N cores is N - 1 workers: ONE on
// this project's 2 cores, so every file waited on the subprocess builds of the file before it.
// Most `site` files spend their time waiting on a child process (a build, `npm run check`, a
// server), so three workers keep both cores busy (VITEST_MAX_WORKERS overrides). The `unit`
// files test pure functions and change no global state (no mocks, no stubbed env or timers),
// so they share one module graph per worker (`isolate: false`): each imported zod schema and
// parser once per worker, not once per file. The `site` files do too: none mocks a module or
// stubs timers, the one that sets an environment variable (review-stale, for its sandbox build)
// restores it, and the rest read dist/ or work in sandboxes of their own, so sharing imports
// changes nothing but the time (10 of them: 31 s of CPU isolated, 19 s shared). The `fixture`
// files stay isolated.
// The files known to be slow start first, the longest first (tests/helpers/heavy-first.ts): on a
// clean clone vitest has no timings of an earlier run and would start them by file size.
export default defineConfig({
	test: {
		root,
		env: { TZ: 'America/Los_Angeles', ASTRO_TELEMETRY_DISABLED: '1' },
		pool: 'forks',
		maxWorkers: Number(process.env.VITEST_MAX_WORKERS ?? 3),
		sequence: { sequencer: HeavyFirstSequencer },
		projects: [
			{
				extends: true,
				test: { name: 'unit', include: ['src/**/*.test.ts'], testTimeout: 30_000, isolate: false },
			},
			{
				extends: true,
				test: {
					name: 'site',
					include: ['tests/*.test.ts'],
					isolate: false,
					globalSetup: ['tests/helpers/build-once.ts', 'tests/helpers/shared-dir.ts'],
					testTimeout: 300_000,
					hookTimeout: 600_000,
				},
			},
			{
				extends: true,
				test: {
					name: 'fixture',
					include: ['tests/fixture/*.test.ts'],
					globalSetup: ['tests/helpers/fixture-build.ts'],
					// After the other two projects' files (vitest would run it first, by name): its
					// setup only starts the build, and its files would hold the workers waiting for it.
					sequence: { groupOrder: 1 },
					testTimeout: 300_000,
					hookTimeout: 600_000,
				},
			},
		],
	},
});
