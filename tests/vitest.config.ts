import { defineConfig } from 'vitest/config';

const root = new URL('..', import.meta.url).pathname;

// Three projects: `unit` (src/lib, pure functions), `site` (a real production build once,
// then tests over dist/ and over the commands editors run; SKIP_BUILD=1 reuses the dist/ that
// CI built) and `fixture` (a generated corpus of a few hundred entries built once in a sandbox,
// with small pages, so every list's page 2 and beyond is tested). `npm test` runs all three;
// `npx vitest --config tests/vitest.config.ts --project unit` runs the fast part.
export default defineConfig({
	test: {
		root,
		env: { TZ: 'America/Los_Angeles', ASTRO_TELEMETRY_DISABLED: '1' },
		pool: 'forks',
		projects: [
			{ extends: true, test: { name: 'unit', include: ['src/**/*.test.ts'], testTimeout: 30_000 } },
			{
				extends: true,
				test: {
					name: 'site',
					include: ['tests/*.test.ts'],
					globalSetup: ['tests/helpers/build-once.ts'],
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
					testTimeout: 300_000,
					hookTimeout: 600_000,
				},
			},
		],
	},
});
