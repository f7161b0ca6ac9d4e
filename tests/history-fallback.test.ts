/**
 * A build without git history (a copy of the project outside any repository, as a tarball or
 * a broken checkout would be) says "not available" instead of inventing dates, everywhere the
 * date would appear; and REPO_HISTORY_URL, when set, links each entry to its history.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseHtml } from 'node-html-parser';
import { run, type RunResult } from './helpers/run.ts';
import { sandbox, type Sandbox } from './helpers/sandbox.ts';
import { content } from './helpers/site.ts';

const TEMPLATE = 'https://git.example.org/tracker/history/main/{path}';
let box: Sandbox;
let build: RunResult;
beforeAll(async () => {
	box = sandbox();
	build = await run('npm', ['run', 'build'], { cwd: box.dir, env: { REPO_HISTORY_URL: TEMPLATE }, timeoutMs: 600_000 });
});
afterAll(() => box.dispose());

const { entries } = content();
const built = (path: string) => readFileSync(join(box.dir, 'dist', path), 'utf8');

describe('a build outside git, with REPO_HISTORY_URL set', () => {
	it('builds', () => {
		expect(build.code, build.output.slice(-2000)).toBe(0);
	});
	it('says "not available" for the last update on every entry page, links the history, and cites with n.d.', () => {
		for (const e of entries) {
			const doc = parseHtml(built(`entries/${e.id}/index.html`));
			expect(doc.querySelector('[data-last-updated]')?.text, e.id).toMatch(/^not available \(not a git checkout\)$/);
			expect(doc.querySelector('.entry-history a')?.getAttribute('href')).toBe(TEMPLATE.replace('{path}', `content/entries/${e.id}.mdx`));
			expect(doc.getElementById('cite-apa')?.text).toContain('(n.d.)');
			expect(doc.querySelector('meta[property="article:modified_time"]')).toBeNull();
		}
	});
	it('leaves lastUpdated empty in the data and lastmod out of the sitemap', () => {
		const data = JSON.parse(built('data/entries.json'));
		expect(data.records.every((r: { lastUpdated: unknown }) => r.lastUpdated === null)).toBe(true);
		const rows = parse(built('data/entries.csv'), { columns: true }) as Record<string, string>[];
		expect(rows.length).toBe(entries.length);
		expect(rows.every((r) => r.lastUpdated === '')).toBe(true);
		expect(built('sitemap.xml')).not.toContain('<lastmod>');
	});
});
