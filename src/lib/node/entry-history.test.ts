import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { historyFromLog, readGitHistory } from './entry-history.ts';

describe('historyFromLog', () => {
	it('takes the newest commit as the update and the oldest as the creation', () => {
		const c = (date: string, ...paths: string[]) => ({
			hash: date.replace(/-/g, '').padEnd(40, '0'),
			date,
			subject: '',
			files: paths.map((path) => ({ status: 'modified' as const, path })),
		});
		const h = historyFromLog({
			available: true,
			commits: [
				c('2024-03-01', 'content/a.mdx'),
				c('2024-02-01', 'content/b.mdx', 'content/a.mdx'),
				c('2024-01-01', 'content/a.mdx'),
			],
		});
		expect(h.files.get('content/a.mdx')).toEqual({ created: '2024-01-01', updated: '2024-03-01' });
		expect(h.files.get('content/b.mdx')).toEqual({ created: '2024-02-01', updated: '2024-02-01' });
		expect(h.files.size).toBe(2);
	});
	it('keeps the reason when the log is not available, and is empty for no commits', () => {
		expect(historyFromLog({ available: false, reason: 'not a git checkout', commits: [] })).toEqual({
			available: false,
			reason: 'not a git checkout',
			files: new Map(),
		});
		expect(historyFromLog({ available: true, commits: [] }).files.size).toBe(0);
	});
});

describe('readGitHistory', () => {
	const dirs: string[] = [];
	const tmp = () => {
		const d = mkdtempSync(join(tmpdir(), 'cct-git-'));
		dirs.push(d);
		return d;
	};
	afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
	const git = (cwd: string, date: string, ...args: string[]) =>
		execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.org', ...args], {
			cwd,
			env: { ...process.env, GIT_AUTHOR_DATE: `${date}T12:00:00Z`, GIT_COMMITTER_DATE: `${date}T12:00:00Z` },
			stdio: 'ignore',
		});

	it('reads every file in one pass, matching git log -1 per file', () => {
		const d = tmp();
		git(d, '2024-01-01', 'init', '-q');
		mkdirSync(join(d, 'content/entries'), { recursive: true });
		writeFileSync(join(d, 'content/entries/a.mdx'), 'a');
		writeFileSync(join(d, 'content/entries/b.mdx'), 'b');
		git(d, '2024-01-05', 'add', '.');
		git(d, '2024-01-05', 'commit', '-qm', 'one');
		writeFileSync(join(d, 'content/entries/a.mdx'), 'a2');
		git(d, '2024-02-09', 'commit', '-qam', 'two');
		const h = readGitHistory(d);
		expect(h.available).toBe(true);
		for (const f of ['content/entries/a.mdx', 'content/entries/b.mdx']) {
			const one = execFileSync('git', ['log', '-1', '--format=%cs', '--', f], { cwd: d, encoding: 'utf8' }).trim();
			expect(h.files.get(f)?.updated).toBe(one);
		}
		expect(h.files.get('content/entries/a.mdx')).toEqual({ created: '2024-01-05', updated: '2024-02-09' });
	});

	it('says the history is not available outside a git checkout', () => {
		const h = readGitHistory(tmp());
		expect(h.available).toBe(false);
		expect(h.files.size).toBe(0);
	});

	it('says the history is not available in a shallow clone', () => {
		const src = tmp();
		git(src, '2024-01-01', 'init', '-q');
		mkdirSync(join(src, 'content'));
		writeFileSync(join(src, 'content/a.mdx'), 'a');
		git(src, '2024-01-01', 'add', '.');
		git(src, '2024-01-01', 'commit', '-qm', 'one');
		writeFileSync(join(src, 'content/a.mdx'), 'b');
		git(src, '2024-01-02', 'commit', '-qam', 'two');
		const clone = join(tmp(), 'c');
		execFileSync('git', ['clone', '-q', '--depth', '1', `file://${src}`, clone], { stdio: 'ignore' });
		const h = readGitHistory(clone);
		expect(h.available).toBe(false);
		if (!h.available) expect(h.reason).toMatch(/shallow/);
	});
});

describe('repoHistoryUrl', () => {
	it('fills the configured template, and gives nothing when none is configured', async () => {
		const { repoHistoryUrl } = await import('../site/urls.ts');
		expect(repoHistoryUrl('content/entries/a b.mdx', 'https://git.example/o/r/commits/main/{path}')).toBe(
			'https://git.example/o/r/commits/main/content/entries/a%20b.mdx',
		);
		expect(repoHistoryUrl('content/entries/a.mdx', undefined)).toBeUndefined();
		expect(repoHistoryUrl('content/entries/a.mdx', '')).toBeUndefined();
		expect(repoHistoryUrl('content/entries/a.mdx', 'https://git.example/no-placeholder')).toBeUndefined();
		expect(repoHistoryUrl('content/entries/a.mdx', 'javascript:alert(1)//{path}')).toBeUndefined();
	});
});
