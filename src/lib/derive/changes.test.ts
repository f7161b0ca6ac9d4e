/**
 * The change log from a real temporary git repository: an entry added in one commit, then
 * corrected in a new commit (a dated `corrections` item), then edited again without a
 * correction; read with the one `git log --name-status` call, derived into changes, and
 * written as an Atom feed that a strict XML parser and @rowanmanning/feed-parser both read.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { assertStrictXml } from '../../../tests/helpers/strict-xml.ts';
import { afterAll, describe, expect, it } from 'vitest';
import { entity, entry } from '../../../tests/helpers/factory.ts';
import { deriveAsks } from './asks.ts';
import {
	changeRow,
	deriveChanges,
	feedItems,
	indexChanges,
	kindCounts,
	monthPages,
	sinceView,
	type Change,
} from './changes.ts';
import { buildCorpus } from './corpus.ts';
import { changesAtom, entityChangesFeed } from '../publish/feeds.ts';
import { parseNameStatusLog, readContentLog, readHead, readReleaseTags } from '../node/git-history.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const tmp = () => {
	const d = mkdtempSync(join(tmpdir(), 'cct-changes-'));
	dirs.push(d);
	return d;
};
const git = (cwd: string, date: string, ...args: string[]) =>
	execFileSync(
		'git',
		[
			'-c',
			'user.name=T',
			'-c',
			'user.email=t@example.org',
			'-c',
			'tag.gpgSign=false',
			'-c',
			'commit.gpgSign=false',
			...args,
		],
		{
			cwd,
			env: { ...process.env, GIT_AUTHOR_DATE: `${date}T12:00:00Z`, GIT_COMMITTER_DATE: `${date}T12:00:00Z` },
			stdio: 'ignore',
		},
	);

const ID = '2020-08-17-cloud-listed';
const FILE = `content/entries/${ID}.mdx`;
const CORRECTION = 'The rule named 38 affiliates, not 36.';
const fields = (corrections: unknown[] = []) => ({
	date: '2020-08-17',
	type: 'entity-list-rule',
	actors: ['bis'],
	subjects: ['cloud-co'],
	designations: [{ entity: 'cloud-co', list: 'entity-list' }],
	corrections,
});

/** A repository where the entry is added (Jan. 5, 2024), corrected (Feb. 9) and edited again (March 3). */
function fixtureRepo(): string {
	const d = tmp();
	git(d, '2024-01-01', 'init', '-q');
	mkdirSync(join(d, 'content/entries'), { recursive: true });
	mkdirSync(join(d, 'content/entities'), { recursive: true });
	writeFileSync(join(d, FILE), 'v1');
	writeFileSync(join(d, 'content/entities/cloud-co.yaml'), 'name: x');
	git(d, '2024-01-05', 'add', '.');
	git(d, '2024-01-05', 'commit', '-qm', 'Add the Aug. 17, 2020 rule');
	writeFileSync(join(d, FILE), 'v2');
	git(d, '2024-02-09', 'commit', '-qam', 'Correct the number of affiliates');
	writeFileSync(join(d, FILE), 'v3');
	git(d, '2024-03-03', 'commit', '-qam', 'Add an archived copy of the source');
	return d;
}

const entities = [
	entity('bis', { kind: 'government-agency' }),
	entity('cloud-co'),
	entity('entity-list', { kind: 'list', name: 'Entity List' }),
];
const corpusWith = (corrections: unknown[]) => buildCorpus([entry('cloud-listed', fields(corrections))], entities);

describe('parseNameStatusLog', () => {
	it('reads hash, day, subject and each file with its status', () => {
		const log = `\x1e${'a'.repeat(40)}\x1f2024-02-09\x1fFix: it\x1fs\n\nM\tcontent/a.mdx\nD\tcontent/b.mdx\n\x1e${'b'.repeat(40)}\x1f2024-01-05\x1fAdd\n\nA\tcontent/a.mdx\n`;
		const c = parseNameStatusLog(log);
		expect(c).toHaveLength(2);
		expect(c[0]).toEqual({
			hash: 'a'.repeat(40),
			date: '2024-02-09',
			subject: 'Fix: it\x1fs',
			files: [
				{ status: 'modified', path: 'content/a.mdx' },
				{ status: 'deleted', path: 'content/b.mdx' },
			],
		});
		expect(c[1]!.files).toEqual([{ status: 'added', path: 'content/a.mdx' }]);
		expect(parseNameStatusLog('')).toEqual([]);
		expect(parseNameStatusLog('\x1enot-a-hash\x1f2024-01-01\x1fx\n\nA\tcontent/a.mdx\n')).toEqual([]);
	});
});

describe('the change log of a real git repository', () => {
	const repo = fixtureRepo();
	const log = readContentLog(repo);

	it('reads every commit of content/ in one log, newest first, with file statuses', () => {
		expect(log.available).toBe(true);
		expect(log.commits.map((c) => c.date)).toEqual(['2024-03-03', '2024-02-09', '2024-01-05']);
		expect(log.commits[2]!.files.map((f) => `${f.status} ${f.path}`).sort()).toEqual([
			'added content/entities/cloud-co.yaml',
			`added ${FILE}`,
		]);
		expect(log.commits[1]!.files).toEqual([{ status: 'modified', path: FILE }]);
		expect(readHead(repo)).toEqual({
			commit: execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repo, encoding: 'utf8' }).trim(),
			dirty: false,
		});
	});

	it('derives: added at the first commit, corrected in words on the correction’s day, updated by the later commit, and the standing', () => {
		const corpus = corpusWith([{ date: '2024-02-09', text: CORRECTION }]);
		const changes = deriveChanges({
			corpus,
			asks: deriveAsks(corpus, '2024-04-01'),
			commits: log.commits,
			gitAvailable: true,
		});
		const of = (kind: Change['kind']) => changes.filter((c) => c.kind === kind && c.entry === ID);
		expect(of('entry-added')).toMatchObject([
			{ date: '2024-01-05', dateFrom: 'git', commit: log.commits[2]!.hash, path: `/entries/${ID}/` },
		]);
		expect(of('entry-corrected')).toMatchObject([{ date: '2024-02-09', text: CORRECTION, dateFrom: 'correction' }]);
		// The Feb. 9 commit is the correction itself: said once, in the correction's words.
		expect(of('entry-updated').map((c) => c.date)).toEqual(['2024-03-03']);
		expect(of('entry-updated')[0]!.text).toContain('Add an archived copy of the source');
		expect(of('standing')).toMatchObject([{ date: '2020-08-17', path: '/entities/cloud-co/', lists: ['entity-list'] }]);
		expect(of('standing')[0]!.text).toMatch(/^cloud co put on the Entity List/);
		expect(changes.filter((c) => c.kind === 'entity-added').map((c) => c.entity)).toEqual(['cloud-co']);
		// Newest first.
		expect(changes.map((c) => c.date)).toEqual([...changes.map((c) => c.date)].sort().reverse());
		expect(new Set(changes.map((c) => c.id)).size).toBe(changes.length);
	});

	it('puts the corrected entry in the entity’s changes feed as updated, with what changed in words', () => {
		const corpus = corpusWith([{ date: '2024-02-09', text: CORRECTION }]);
		const idx = indexChanges(deriveChanges({ corpus, asks: [], commits: log.commits.slice(1), gitAvailable: true }));
		const items = feedItems(idx.byEntity.get('cloud-co') ?? [], corpus);
		const xml = changesAtom(entityChangesFeed('cloud-co', 'cloud co'), items, {
			origin: 'https://t.example.org',
			buildDate: '2024-04-01',
		});
		assertStrictXml(xml);
		expect(() => assertStrictXml(xml.replace('</feed>', '&nbsp;</feed>'))).toThrow(/entity/);
		expect(() => assertStrictXml(xml.replace('</feed>', '<entry></feed>'))).toThrow();
		const feed = parseFeed(xml);
		const item = feed.items.find((i) => i.id === `https://t.example.org/entries/${ID}/`)!;
		expect(item, xml).toBeTruthy();
		expect(item.title).toBe(`Corrected: Entry cloud-listed`);
		expect(item.updated!.toISOString().slice(0, 10)).toBe('2024-02-09');
		expect(item.description).toContain(CORRECTION);
		expect(item.content).toContain(CORRECTION);
	});

	it('dates each entry by its own date when there is no git history, and says so', () => {
		const corpus = corpusWith([{ date: '2024-02-09', text: CORRECTION }]);
		const changes = deriveChanges({ corpus, asks: [], commits: [], gitAvailable: false });
		const added = changes.find((c) => c.kind === 'entry-added')!;
		expect(added).toMatchObject({ date: '2020-08-17', dateFrom: 'entry-date', commit: null });
		expect(added.text).toMatch(/own date.*no git history/);
		expect(changeRow(added).approximate).toBe(true);
		expect(changes.filter((c) => c.kind === 'entry-updated')).toEqual([]);
		expect(changes.filter((c) => c.kind === 'entry-corrected')).toHaveLength(1);
	});

	it('reads release tags, annotated and lightweight, newest first', () => {
		git(repo, '2024-03-04', 'tag', '-a', 'record-2024-03-04', '-m', 'Release');
		git(repo, '2024-03-05', 'tag', 'v1.0');
		git(repo, '2024-03-05', 'tag', 'other-tag');
		const tags = readReleaseTags(repo);
		expect(tags.map((t) => t.name).sort()).toEqual(['record-2024-03-04', 'v1.0']);
		const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repo, encoding: 'utf8' }).trim();
		for (const t of tags) expect(t.commit).toBe(head);
	});

	it('says the history is not available in a shallow clone and outside git', () => {
		const clone = join(tmp(), 'c');
		execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, clone], { stdio: 'ignore' });
		const shallow = readContentLog(clone);
		expect(shallow.available).toBe(false);
		if (!shallow.available) expect(shallow.reason).toMatch(/shallow/);
		expect(readContentLog(tmp())).toMatchObject({ available: false, reason: 'not a git checkout', commits: [] });
		expect(readHead(tmp())).toBeUndefined();
		expect(readReleaseTags(tmp())).toEqual([]);
	});
});

describe('months, pages and the since view', () => {
	const change = (date: string, n: number): Change => ({
		id: `entry-added:x${n}:${date}`,
		date,
		kind: n % 2 ? 'entry-added' : 'entry-corrected',
		title: 't',
		text: 'x',
		path: '/',
		entry: null,
		entity: null,
		entities: [],
		lists: [],
		ask: null,
		dateFrom: 'git',
		commit: null,
	});
	const changes = [
		...Array.from({ length: 7 }, (_, i) => change('2024-05-10', i)),
		change('2024-03-01', 1),
		change('2023-12-31', 2),
	];
	const idx = indexChanges(changes);

	it('splits a month into bounded pages and links the neighbouring months', () => {
		const pages = monthPages(idx, 3);
		expect(pages.map((p) => `${p.month}/${p.page}/${p.pages}/${p.items.length}`)).toEqual([
			'2024-05/1/3/3',
			'2024-05/2/3/3',
			'2024-05/3/3/1',
			'2024-03/1/1/1',
			'2023-12/1/1/1',
		]);
		expect(pages[3]).toMatchObject({ newer: '2024-05', older: '2023-12' });
		expect(Math.max(...pages.map((p) => p.items.length))).toBeLessThanOrEqual(3);
	});

	it('the since view counts every change from that month on', () => {
		const v = sinceView(idx, '2024-03');
		expect(v.months.map((m) => m.month)).toEqual(['2024-03', '2024-05']);
		expect(v.total).toBe(8);
		expect(kindCounts(v.byKind)).toBe('4 entries added, 4 corrections');
		expect(sinceView(idx, '2025-01').total).toBe(0);
	});
});
