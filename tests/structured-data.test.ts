/**
 * What the built pages say to machines and to citers: JSON-LD on every page that has it,
 * canonical and social meta, the sitemap and robots.txt, "Cite this entry" read back by
 * citation-js, "Last updated" checked against git itself, and the embeds.
 */
import { execFileSync } from 'node:child_process';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import { describe, expect, it } from 'vitest';
import { datetimeAttr } from '../src/lib/model/dates.ts';
import { embedUrl, entityUrl, entryUrl, robotsUrl, sitemapUrl } from '../src/lib/site/urls.ts';
import { exists, file, pathOf, sorted } from './helpers/exports.ts';
import { allPages, content, page, ROOT } from './helpers/site.ts';

const { entries, entities } = content();
const pages = allPages();
const git = (...args: string[]): string | undefined => {
	try {
		return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
	} catch {
		return undefined;
	}
};
const fullHistory = git('rev-parse', '--is-shallow-repository') === 'false';
/** The day of the last commit that touched an entry's file (`git log -1`), asked once per entry. */
const lastCommitDays = new Map<string, string | undefined>();
const lastCommitDay = (id: string): string | undefined => {
	if (!lastCommitDays.has(id))
		lastCommitDays.set(id, git('log', '-1', '--format=%cs', '--', `content/entries/${id}.mdx`));
	return lastCommitDays.get(id);
};
type CslItem = {
	title: string;
	URL: string;
	issued?: { 'date-parts': number[][] };
	accessed?: { 'date-parts': number[][] };
};

describe('JSON-LD', () => {
	it('parses as JSON on every page that has it, with @context, @type, name and url', () => {
		let n = 0;
		for (const path of pages) {
			for (const s of page(path).querySelectorAll('script[type="application/ld+json"]')) {
				const j = JSON.parse(s.text);
				expect(j['@context'], path).toBe('https://schema.org');
				expect(typeof j['@type'], path).toBe('string');
				expect(typeof j.name === 'string' && j.name.length > 0, path).toBe(true);
				expect(() => new URL(j.url), path).not.toThrow();
				n++;
			}
		}
		expect(n).toBeGreaterThanOrEqual(entries.length + entities.length + 1);
	});

	it('describes each entry with its title, page and date at its precision', () => {
		for (const e of entries) {
			const j = JSON.parse(page(entryUrl(e.id)).querySelector('script[type="application/ld+json"]')!.text);
			expect(['Legislation', 'Event']).toContain(j['@type']);
			expect(j.name).toBe(e.data.title);
			expect(pathOf(j.url)).toBe(entryUrl(e.id));
			expect(j.legislationDate ?? j.startDate, e.id).toBe(datetimeAttr(e.data.date, e.data.datePrecision));
		}
	});

	it('describes each entity with a fitting type, its page, and sameAs for every known identifier', () => {
		for (const en of entities) {
			const j = JSON.parse(page(entityUrl(en.id)).querySelector('script[type="application/ld+json"]')!.text);
			expect(j.name).toBe(en.data.name);
			expect(pathOf(j.url)).toBe(entityUrl(en.id));
			if (en.data.kind === 'official' || en.data.kind === 'legislator') expect(j['@type']).toBe('Person');
			if (en.data.kind === 'government-agency') expect(j['@type']).toBe('GovernmentOrganization');
			const ids = en.data.identifiers;
			const expected = [
				ids.wikidata && `https://www.wikidata.org/wiki/${ids.wikidata}`,
				ids.opensanctions && `https://www.opensanctions.org/entities/${ids.opensanctions}/`,
				ids.website,
			].filter(Boolean);
			expect(j.sameAs ?? [], en.id).toEqual(expected);
		}
	});
});

describe('meta', () => {
	it('gives every page a canonical URL for its own path, and Open Graph and Twitter titles', () => {
		for (const path of pages.filter((p) => p.endsWith('/'))) {
			const doc = page(path);
			const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
			expect(canonical, path).toBeTruthy();
			if (!path.startsWith('/embed/')) {
				expect(pathOf(canonical!), path).toBe(path);
				expect(doc.querySelector('meta[property="og:title"]')?.getAttribute('content'), path).toBeTruthy();
				expect(doc.querySelector('meta[name="twitter:card"]'), path).toBeTruthy();
			}
		}
	});

	it('marks entry pages as articles, with their modification date when the history is known', () => {
		for (const e of entries) {
			const doc = page(entryUrl(e.id));
			expect(doc.querySelector('meta[property="og:type"]')?.getAttribute('content')).toBe('article');
			const modified = doc.querySelector('meta[property="article:modified_time"]')?.getAttribute('content');
			if (fullHistory) expect(modified, e.id).toBe(lastCommitDay(e.id));
		}
	});
});

describe('sitemap and robots.txt', () => {
	const locs = [...file(sitemapUrl()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => pathOf(m[1]!));
	it('lists every built HTML page except 404 and the noindex embeds, and nothing that does not exist', () => {
		const indexable = pages.filter(
			(p) => p.endsWith('/') && !page(p).querySelector('meta[name="robots"][content*="noindex"]'),
		);
		expect(sorted(locs)).toEqual(sorted(indexable));
		for (const l of locs) expect(exists(l), l).toBe(true);
		expect(locs).not.toContain('/404.html');
		expect(new Set(locs).size).toBe(locs.length);
	});
	it("gives each entry page its record's lastUpdated in entries.json as lastmod, and no other page one", () => {
		const records = (
			JSON.parse(file('/data/entries.json')) as { records: { url: string; lastUpdated: string | null }[] }
		).records;
		const want = new Map(records.filter((r) => r.lastUpdated).map((r) => [pathOf(r.url), r.lastUpdated]));
		const got = new Map(
			[...file(sitemapUrl()).matchAll(/<loc>([^<]+)<\/loc><lastmod>([^<]+)<\/lastmod>/g)].map((m) => [
				pathOf(m[1]!),
				m[2],
			]),
		);
		if (fullHistory) expect(want.size, 'entries with a git history, in this checkout').toBeGreaterThan(0);
		expect(got).toEqual(want);
	});
	it('is announced in robots.txt', () => {
		const robots = file(robotsUrl());
		const line = /^Sitemap: (\S+)$/m.exec(robots);
		expect(line && pathOf(line[1]!)).toBe(sitemapUrl());
	});
});

describe('entry pages: cite, last updated, corrections', () => {
	it('carry APA, Chicago, BibTeX and CSL-JSON on the page, with hidden copy buttons pointing at them', () => {
		for (const e of entries.slice(0, 50)) {
			const doc = page(entryUrl(e.id));
			for (const id of ['cite-apa', 'cite-chicago', 'cite-bibtex', 'cite-csl']) {
				expect(doc.getElementById(id)?.text.trim(), `${e.id} #${id}`).toBeTruthy();
				const button = doc.querySelector(`button[data-copy="${id}"]`);
				expect(button?.hasAttribute('hidden'), `${e.id} ${id}`).toBe(true);
			}
			expect(doc.getElementById('cite-apa')!.text).toContain(e.data.title);
		}
	});

	it('give BibTeX and CSL-JSON that citation-js parses, with title, URL and dates', async () => {
		for (const e of entries) {
			const doc = page(entryUrl(e.id));
			for (const [id, type] of [
				['cite-bibtex', '@biblatex/text'],
				['cite-csl', undefined],
			] as const) {
				const c = await Cite.async(doc.getElementById(id)!.text, type ? { forceType: type } : {});
				const item = c.data[0] as CslItem;
				expect(item.title, `${e.id} ${id}`).toBe(e.data.title);
				expect(pathOf(item.URL)).toBe(entryUrl(e.id));
				expect(item.accessed?.['date-parts'][0]?.length).toBe(3);
				if (fullHistory) {
					const day = lastCommitDay(e.id)!;
					expect(item.issued?.['date-parts'][0], `${e.id} ${id}`).toEqual(day.split('-').map(Number));
				}
			}
		}
	});

	it('show "Last updated" from git for each entry file, or say it is not available', () => {
		for (const e of entries) {
			const el = page(entryUrl(e.id)).querySelector('[data-last-updated]')!;
			const day = fullHistory ? lastCommitDay(e.id) : undefined;
			if (day) expect(el.getAttribute('datetime'), e.id).toBe(day);
			else expect(el.text, e.id).toMatch(/not available/);
		}
	});

	it('list every correction with its date, or say there is none', () => {
		for (const e of entries) {
			const section = page(entryUrl(e.id)).querySelector('section.entry-history')!;
			const items = section.querySelectorAll('ol.corrections li');
			expect(items.length, e.id).toBe(e.data.corrections.length);
			if (!items.length) expect(section.text).toMatch(/No corrections/);
			for (const c of e.data.corrections)
				expect(
					items.some((li) => li.querySelector('time')?.getAttribute('datetime') === c.date && li.text.includes(c.text)),
					e.id,
				).toBe(true);
		}
	});
});

describe('embeds', () => {
	it('each entity page offers an iframe snippet pointing at its existing embed, with a copy button', () => {
		for (const en of entities) {
			const doc = page(entityUrl(en.id));
			const pre = doc.getElementById('embed-code');
			if (!pre) {
				expect(doc.querySelectorAll('li.entry-row').length, en.id).toBe(0);
				continue;
			}
			const src = /src="([^"]+)"/.exec(pre.text)?.[1];
			expect(src && pathOf(src), en.id).toBe(embedUrl(en.id));
			expect(exists(embedUrl(en.id))).toBe(true);
			expect(doc.querySelector('button[data-copy="embed-code"]')).toBeTruthy();
		}
	});

	it('are bare: no site header or navigation, no script, links open outside the frame, not indexed', () => {
		for (const en of entities) {
			const doc = page(embedUrl(en.id));
			expect(doc.querySelector('header.site-header, nav'), en.id).toBeNull();
			expect(doc.querySelectorAll('script').length).toBe(0);
			expect(doc.querySelector('base')?.getAttribute('target')).toBe('_blank');
			expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toContain('noindex');
			for (const a of doc.querySelectorAll('a'))
				expect(exists(pathOf(a.getAttribute('href')!)), a.getAttribute('href')!).toBe(true);
		}
	});
});
