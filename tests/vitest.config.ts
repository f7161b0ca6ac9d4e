import { defineConfig } from 'vitest/config';

const root = new URL('..', import.meta.url).pathname;

// Two projects: `unit` (src/lib, pure functions) and `site` (a real production build once,
// then tests over dist/ and over the commands editors run). `npm test` runs both;
// `npx vitest --config tests/vitest.config.ts --project unit` runs the fast half.
export default defineConfig({
	test: {
		root,
		env: { TZ: 'America/Los_Angeles', ASTRO_TELEMETRY_DISABLED: '1' },
		pool: 'forks',
		projects: [
			{ extends: true, test: { name: 'unit', include: ['src/**/*.test.ts'] } },
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
		],
	},
});
