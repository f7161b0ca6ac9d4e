/**
 * What changed, over the real build: the change log pages (bounded, every change on exactly
 * one month page, the since pages), the changes feeds (a strict XML parser and
 * @rowanmanning/feed-parser read every one), changes.json and changes.csv against their
 * published JSON Schemas (ajv), the invariants (every entry and every correction appears), the
 * status and standing histories, the footer's version line and the versioned citation. Then a
 * sandbox: a git repository of the project where an entry is corrected in a new commit, built,
 * and the correction followed to the changes page, the entity's changes feed and the data.
 */
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parseFeed } from '@rowanmanning/feed-parser';
import { parse as parseHtml } from 'node-html-parser';
import { assertStrictXml } from './helpers/strict-xml.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHANGES_PAGE_SIZE } from '../src/lib/derive/changes.ts';
import {
	changesDataUrl,
	changesFeedUrl,
	changesMonthUrl,
	changesSchemaUrl,
	changesSinceUrl,
	changesUrl,
	entityChangesFeedUrl,
	entityUrl,
	listChangesFeedUrl,
} from '../src/lib/site/urls.ts';
import { csv, file, pathOf } from './helpers/exports.ts';
import {
	CORRECTION_TEXT,
	correctedEntry,
	RECORD_REPOSITORY_URL,
	recordBuild,
	type RecordBuild,
} from './helpers/record-build.ts';
import { allPages, content, DIST, page, ROOT } from './helpers/site.ts';

const execFileAsync = promisify(execFile);
const { entries, entities } = content();
const json = (path: string) => JSON.parse(file(path));
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);

type Rec = {
	id: string;
	date: string;
	kind: string;
	text: string;
	url: string;
	entry: string | null;
	entities: string[];
	lists: string[];
};
const data = json(changesDataUrl('json')) as { count: number; gitHistory: boolean; records: Rec[] };

describe('changes.json and changes.csv', () => {
	it('changes.json validates against its published schema; a broken one does not', () => {
		const v = ajv.compile(json(changesSchemaUrl('json')));
		expect(v(data), JSON.stringify(v.errors?.slice(0, 3))).toBe(true);
		expect(data.count).toBe(data.records.length);
		const broken = structuredClone(data);
		broken.records[0]!.kind = 'renamed';
		expect(v(broken)).toBe(false);
	});

	it('every entry appears as added, and every correction with its date and words', () => {
		for (const e of entries) {
			expect(
				data.records.filter((r) => r.kind === 'entry-added' && r.entry === e.id),
				e.id,
			).toHaveLength(1);
			for (const c of e.data.corrections)
				expect(
					data.records.some(
						(r) => r.kind === 'entry-corrected' && r.entry === e.id && r.date === c.date && r.text === c.text,
					),
					`${e.id} ${c.date}`,
				).toBe(true);
		}
		expect(data.records.filter((r) => r.kind === 'entry-corrected')).toHaveLength(
			entries.reduce((n, e) => n + e.data.corrections.length, 0),
		);
		// Every designation is a standing change.
		expect(data.records.filter((r) => r.kind === 'standing')).toHaveLength(
			entries.reduce((n, e) => n + e.data.designations.length, 0),
		);
	});

	it('this checkout has full history, so entries are dated by their first commit', async () => {
		expect(data.gitHistory).toBe(true);
		// Git's own record of when each entry file was added (`--diff-filter=A`), read apart from the
		// site's log of content/ (which follows every commit with its file statuses): one log of the
		// additions under content/entries, newest first, so an entry's last line is its first addition.
		const { stdout } = await execFileAsync(
			'git',
			['log', '--no-renames', '--format=%x00%cs', '--diff-filter=A', '--name-only', '--', 'content/entries'],
			{ cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
		);
		const added = new Map<string, string>();
		for (const block of stdout.split('\0').slice(1)) {
			const [day, ...paths] = block.trim().split('\n');
			for (const p of paths) {
				const m = /^content\/entries\/(.+)\.mdx$/.exec(p.trim());
				if (m) added.set(m[1]!, day!);
			}
		}
		const dated = new Map(entries.map((e) => [e.id, added.get(e.id)]));
		expect(dated.size).toBe(entries.length);
		expect([...dated.values()].filter(Boolean).length, 'no entry file found added in git').toBeGreaterThan(0);
		for (const e of entries) {
			const first = dated.get(e.id);
			const r = data.records.find((x) => x.kind === 'entry-added' && x.entry === e.id)!;
			if (first) expect(r.date, e.id).toBe(first);
		}
	});

	it('changes.csv has one valid row per record, in the same order', () => {
		const v = ajv.compile(json(changesSchemaUrl('csv')));
		const { rows } = csv(changesDataUrl('csv'));
		expect(rows.map((r) => r.id)).toEqual(data.records.map((r) => r.id.replace(/^([=+\-@\t\r])/, "'$1")));
		for (const row of rows) expect(v(row), JSON.stringify(v.errors?.slice(0, 2))).toBe(true);
	});
});

describe('the change log pages', () => {
	const months = [...new Set(data.records.map((r) => r.date.slice(0, 7)))];

	it('/changes/ links every month and its since page; each month page is bounded and holds exactly its changes', () => {
		const index = page(changesUrl());
		const hrefs = new Set(index.querySelectorAll('a').map((a) => a.getAttribute('href')));
		// Every built page, listed once (not walked again for each change).
		const built = new Set(allPages());
		const onPages: string[] = [];
		for (const m of months) {
			expect(hrefs.has(changesMonthUrl(m)), m).toBe(true);
			expect(hrefs.has(changesSinceUrl(m)), m).toBe(true);
			for (let path: string | undefined = changesMonthUrl(m); path;) {
				const doc = page(path);
				const items = doc.querySelectorAll('li.change');
				expect(items.length).toBeLessThanOrEqual(CHANGES_PAGE_SIZE);
				for (const li of items) {
					onPages.push(li.getAttribute('data-change')!);
					expect(li.querySelector('time')!.getAttribute('datetime')!.slice(0, 7)).toBe(m);
					const href = li.querySelector('a')!.getAttribute('href')!;
					expect(built.has(href.replace(/#.*$/, '')), `${href} is a built page`).toBe(true);
				}
				path = doc.querySelector('a[rel="next"]')?.getAttribute('href');
			}
		}
		expect(onPages.sort()).toEqual(data.records.map((r) => r.id).sort());
	});

	it('each since page counts the changes from its month on, and links each later month', () => {
		for (const m of months) {
			const doc = page(changesSinceUrl(m));
			const expected = data.records.filter((r) => r.date.slice(0, 7) >= m).length;
			expect(doc.querySelector('.lede')!.text, m).toMatch(new RegExp(`^${expected} change`));
			const linked = doc.querySelectorAll('.since-months a').map((a) => a.getAttribute('href'));
			expect(linked).toEqual(
				months
					.filter((x) => x >= m)
					.sort()
					.map((x) => changesMonthUrl(x)),
			);
		}
	});

	it('the date field is an external module script and hidden without JavaScript', () => {
		const doc = page(changesUrl());
		const form = doc.querySelector('form[data-changes-since]')!;
		expect(form.hasAttribute('hidden')).toBe(true);
		expect(form.querySelector('input[type="date"]')).toBeTruthy();
		const scripts = doc.querySelectorAll('script').filter((s) => s.getAttribute('type') !== 'application/ld+json');
		for (const s of scripts) expect(s.getAttribute('src'), s.toString()).toBeTruthy();
		expect(scripts.some((s) => s.getAttribute('type') === 'module')).toBe(true);
	});
});

describe('the changes feeds', () => {
	it('every changes feed is strict XML, parses as Atom, and its items are the entries and entities that changed', () => {
		const dir = (d: string) => readdirSync(join(DIST, d)).map((f) => `/${d}/${f}`);
		const feeds = [changesFeedUrl(), ...dir('feeds/changes/entities'), ...dir('feeds/changes/lists')];
		expect(feeds.length).toBe(1 + entities.length + entities.filter((e) => e.data.kind === 'list').length);
		for (const path of feeds) {
			const xml = file(path);
			assertStrictXml(xml);
			const f = parseFeed(xml);
			expect(f.meta.type, path).toBe('atom');
			for (const item of f.items) {
				expect(item.updated, path).toBeTruthy();
				expect(item.updated!.getTime()).toBeGreaterThanOrEqual(item.published!.getTime());
			}
		}
		const all = parseFeed(file(changesFeedUrl()));
		const changedEntries = new Set(data.records.filter((r) => r.entry).map((r) => r.entry));
		expect(all.items.filter((i) => pathOf(i.id!).startsWith('/entries/')).length).toBe(changedEntries.size);
	});

	it('an entity’s changes feed holds exactly the entries whose changes concern it', () => {
		for (const en of entities) {
			const f = parseFeed(file(entityChangesFeedUrl(en.id)));
			const expected = new Set(
				data.records
					.filter((r) => r.entities.includes(en.id))
					.map((r) => (r.entry ? `/entries/${r.entry}/` : pathOf(r.url))),
			);
			expect(new Set(f.items.map((i) => pathOf(i.id!))), en.id).toEqual(expected);
			expect(pathOf(f.url!)).toBe(entityUrl(en.id));
		}
		for (const list of entities.filter((e) => e.data.kind === 'list')) {
			const f = parseFeed(file(listChangesFeedUrl(list.id)));
			const expected = new Set(
				data.records
					.filter((r) => r.lists.includes(list.id))
					.map((r) => (r.entry ? `/entries/${r.entry}/` : pathOf(r.url))),
			);
			expect(new Set(f.items.map((i) => pathOf(i.id!))), list.id).toEqual(expected);
		}
	});
});

describe('status and standing history, version, versioned citation', () => {
	const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();

	it('every ask card shows its status over time, ending at its status', () => {
		const asks = json('/data/asks.json').records as {
			ref: string;
			status: string;
			letterDate: string;
			statusHistory: { date: string; status: string }[];
		}[];
		for (const a of asks) {
			expect(a.statusHistory[0]).toMatchObject({ date: a.letterDate, status: 'open' });
			expect(a.statusHistory[a.statusHistory.length - 1]!.status, a.ref).toBe(a.status);
		}
		const [letterId, askId] = asks[0]!.ref.split('#');
		const card = page(`/entries/${letterId}/`).getElementById(`ask-${askId}`)!;
		const steps = card.querySelectorAll('.status-history li');
		expect(steps.map((s) => s.getAttribute('data-status'))).toEqual(asks[0]!.statusHistory.map((s) => s.status));
	});

	it('an entity with designations shows its standings over time', () => {
		const designated = new Map<string, number>();
		for (const e of entries)
			for (const g of e.data.designations) designated.set(g.entity, (designated.get(g.entity) ?? 0) + 1);
		expect(designated.size).toBeGreaterThan(0);
		for (const [id, n] of designated)
			expect(page(entityUrl(id)).querySelectorAll('.standing-history li').length, id).toBe(Math.min(n, 20));
		const none = entities.find((e) => !designated.has(e.id))!;
		expect(page(entityUrl(none.id)).querySelector('.standing-history')).toBeNull();
	});

	it('every page says which version of the record it shows: the build’s commit (embeds, which have no footer, aside)', () => {
		for (const p of allPages().filter((x) => !x.startsWith('/embed/'))) {
			const el = page(p).querySelector('[data-record-version]');
			expect(el, p).toBeTruthy();
			expect(el!.getAttribute('data-record-version'), p).toBe(head);
			expect(el!.text).toContain(`Record version ${head.slice(0, 12)}`);
		}
	});

	it('“Cite this entry” cites that commit, and links the entry’s file at it when a repository is configured', () => {
		for (const e of entries) {
			const doc = page(`/entries/${e.id}/`);
			const a = doc.querySelector('a[data-entry-file-at-commit]');
			if (process.env.REPOSITORY_URL)
				expect(a!.getAttribute('href')).toBe(
					`${process.env.REPOSITORY_URL.replace(/\/+$/, '')}/blob/${head}/content/entries/${e.id}.mdx`,
				);
			else expect(a, 'no repository configured: no link is guessed').toBeNull();
			expect(doc.getElementById('cite-version')!.text).toContain(`Record version ${head.slice(0, 12)}`);
		}
	});

	it('the Data page links the changes files and says how releases are tagged', () => {
		const doc = page('/data/');
		const hrefs = doc.querySelectorAll('a').map((a) => a.getAttribute('href'));
		for (const h of [changesDataUrl('csv'), changesDataUrl('json'), changesSchemaUrl('json'), changesSchemaUrl('csv')])
			expect(hrefs).toContain(h);
		const tags = execFileSync('git', ['tag', '--list', 'record-*', 'v*'], { cwd: ROOT, encoding: 'utf8' })
			.trim()
			.split('\n')
			.filter(Boolean);
		expect(doc.querySelectorAll('ul.releases li').length).toBe(Math.min(tags.length, 20));
	});
});

describe('an entry corrected in a new commit, in a git checkout of the project', () => {
	// The shared sandbox build (tests/helpers/record-build.ts, also read by review-stale.test.ts):
	// the record committed on Oct. 1, one entry corrected in a commit of Nov. 30, REPOSITORY_URL set.
	let box: RecordBuild;
	const target = entries.find((e) => e.id === correctedEntry().id)!;
	const subject = target.data.designations[0]!.entity;
	const TEXT = CORRECTION_TEXT;
	beforeAll(async () => {
		box = await recordBuild();
	});
	const built = (p: string) => readFileSync(join(box.dir, 'dist', p), 'utf8');

	it('builds', () => {
		expect(box.code, box.output.slice(-3000)).toBe(0);
	});

	it('the November 2026 page lists the correction, linked to the entry', () => {
		const doc = parseHtml(built('changes/2026-11/index.html'));
		const li = doc
			.querySelectorAll('li.change')
			.find((l) => l.getAttribute('data-kind') === 'entry-corrected' && l.text.includes(TEXT))!;
		expect(li).toBeTruthy();
		expect(li.querySelector('a')!.getAttribute('href')).toBe(`/entries/${target.id}/`);
		// Added in the first commit, on Oct. 1.
		const oct = parseHtml(built('changes/2026-10/index.html'));
		expect(oct.querySelector(`li[data-change="entry-added:${target.id}:2026-10-01"]`)).toBeTruthy();
	});

	it('the entity’s changes feed shows the entry as corrected, updated on the day, in words', () => {
		const xml = built(`feeds/changes/entities/${subject}.xml`);
		assertStrictXml(xml);
		const item = parseFeed(xml).items.find((i) => pathOf(i.id!) === `/entries/${target.id}/`)!;
		expect(item.title).toBe(`Corrected: ${target.data.title}`);
		expect(item.updated!.toISOString().slice(0, 10)).toBe('2026-11-30');
		expect(item.published!.toISOString().slice(0, 10)).toBe('2026-10-01');
		expect(item.description).toContain(TEXT);
	});

	it('changes.json holds the correction and validates; the citation links the file at the new commit', () => {
		const d = JSON.parse(built('data/changes.json'));
		const fresh = new Ajv2020({ allErrors: true, strict: true });
		addFormats(fresh);
		const v = fresh.compile(JSON.parse(built('data/changes.schema.json')));
		expect(v(d), JSON.stringify(v.errors?.slice(0, 3))).toBe(true);
		expect(
			d.records.filter(
				(r: Rec) => r.kind === 'entry-corrected' && r.entry === target.id && r.text === TEXT && r.date === '2026-11-30',
			),
		).toHaveLength(1);
		const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: box.dir, encoding: 'utf8' }).trim();
		const doc = parseHtml(built(`entries/${target.id}/index.html`));
		expect(doc.querySelector('a[data-entry-file-at-commit]')!.getAttribute('href')).toBe(
			`${RECORD_REPOSITORY_URL}/blob/${head}/content/entries/${target.id}.mdx`,
		);
	});
});
