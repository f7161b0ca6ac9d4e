/**
 * The GitHub workflow and the pull request template stay in step with the project: the
 * workflow parses, runs on pull requests, and runs the same commands an editor runs, each
 * of them a script that exists in package.json.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/site.ts';

interface Step {
	run?: string;
	uses?: string;
	with?: Record<string, unknown>;
}
const workflow = parse(readFileSync(join(ROOT, '.github/workflows/ci.yml'), 'utf8')) as {
	on: Record<string, unknown>;
	jobs: Record<string, { steps: Step[]; 'runs-on': string; container?: { image: string } }>;
};
const scripts = Object.keys(
	(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts,
);
const runs = Object.values(workflow.jobs)
	.flatMap((j) => j.steps.map((s) => s.run ?? ''))
	.join('\n');

describe('.github/workflows/ci.yml', () => {
	it('runs on every pull request', () => {
		expect(Object.keys(workflow.on)).toContain('pull_request');
	});

	it("runs the editor's checks, the tests, the build and the browser tests", () => {
		for (const cmd of [
			'npm ci',
			'npm run check',
			'npm test',
			'npm run build',
			'npm run test:browser',
			'npm run typecheck',
		])
			expect(runs).toContain(cmd);
	});

	it('names only npm scripts that exist', () => {
		for (const m of runs.matchAll(/npm run ([\w:-]+)/g)) expect(scripts, m[0]).toContain(m[1]);
	});

	it('uses Node 24 and installs Chromium with apt for the browser tests', () => {
		const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);
		const node = steps.find((s) => s.uses?.startsWith('actions/setup-node@'));
		expect(String(node?.with?.['node-version'])).toBe('24');
		expect(runs).toMatch(/apt-get install -y .*chromium/);
		const browser = Object.values(workflow.jobs).find((j) => j.steps.some((s) => s.run?.includes('test:browser')));
		expect(browser?.container?.image).toMatch(/^node:24-/);
	});
});

describe('.github/pull_request_template.md', () => {
	it('is a checklist that covers checking, previewing, sourcing, dates and corrections', () => {
		const text = readFileSync(join(ROOT, '.github/pull_request_template.md'), 'utf8');
		const boxes = text.split('\n').filter((l) => l.startsWith('- [ ] '));
		expect(boxes.length).toBeGreaterThanOrEqual(8);
		for (const topic of [
			/npm run check/,
			/npm start/,
			/primary/,
			/URL/,
			/unverified/,
			/own words/,
			/datePrecision/,
			/corrections/,
			/answers/,
		])
			expect(boxes.join('\n')).toMatch(topic);
	});
});
