import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';

const PORT = Number(process.env.BROWSER_TEST_PORT ?? 4399);

// Browser tests run Debian's Chromium against the built site on one local server, shared by
// every worker: the tests only read the site, so they run in parallel, test by test
// (BROWSER_WORKERS, default 2: this machine's cores). Playwright cannot download its own
// browsers here; the flags keep Chromium off the network.
export default defineConfig({
	testDir: '.',
	testMatch: '*.spec.ts',
	globalSetup: './global-setup.ts',
	fullyParallel: true,
	workers: Number(process.env.BROWSER_WORKERS ?? 2),
	retries: 0,
	timeout: 60_000,
	reporter: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		browserName: 'chromium',
		launchOptions: {
			executablePath: CHROMIUM_PATH,
			args: CHROMIUM_ARGS,
		},
	},
	webServer: {
		command: `node scripts/serve.mjs --port ${PORT}`,
		cwd: '../..',
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: false,
		timeout: 30_000,
	},
});
