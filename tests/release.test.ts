/**
 * npm run release in a git checkout of the project: refuses a dirty tree (saying why), tags a
 * clean one with an annotated record-<date> tag (named from today's date while there is no
 * content/review.yaml; the review-date path is unit-tested in src/lib/derive/status-history.test.ts),
 * and picks the next free name when that tag exists.
 */
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sandbox, type Sandbox } from './helpers/sandbox.ts';
import { readReviewedThrough } from '../src/lib/node/version.ts';

let box: Sandbox;
const git = (...args: string[]) =>
	execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.org', '-c', 'commit.gpgSign=false', ...args], {
		cwd: box.dir,
		encoding: 'utf8',
	}).trim();
beforeAll(() => {
	box = sandbox();
	box.write('.gitignore', 'node_modules\ndist\n.astro\n');
	git('init', '-q');
	git('add', '-A');
	git('commit', '-qm', 'The record');
});
afterAll(() => box?.dispose());

describe('npm run release', () => {
	it('refuses a working tree with uncommitted changes, naming them', async () => {
		box.write('notes.txt', 'x');
		const r = await box.npm('release');
		expect(r.code).toBe(1);
		expect(r.output).toMatch(/uncommitted changes[\s\S]*notes\.txt[\s\S]*Fix: commit or stash/);
		expect(git('tag', '--list')).toBe('');
		box.remove('notes.txt');
	});

	it('tags a clean tree from the review date (today without content/review.yaml), annotated, then the next free name', async () => {
		const reviewed = readReviewedThrough(box.dir);
		const today = reviewed ?? new Date().toISOString().slice(0, 10);
		const dry = await box.npm('release', '--dry-run');
		expect(dry.code, dry.output).toBe(0);
		if (!reviewed) expect(dry.output).toContain(`naming the tag from today's date, ${today}`);
		else expect(dry.output).toContain(`reviewed through ${reviewed}`);
		expect(dry.output).toContain(`would tag ${git('rev-parse', 'HEAD')} as record-${today}`);
		expect(git('tag', '--list')).toBe('');
		const r = await box.npm('release');
		expect(r.code, r.output).toBe(0);
		expect(git('tag', '--list')).toBe(`record-${today}`);
		expect(git('cat-file', '-t', `record-${today}`)).toBe('tag');
		expect(git('rev-parse', `record-${today}^{commit}`)).toBe(git('rev-parse', 'HEAD'));
		const again = await box.npm('release');
		expect(again.code, again.output).toBe(0);
		expect(git('tag', '--list').split('\n').sort()).toEqual([`record-${today}`, `record-${today}.2`]);
	});
});
