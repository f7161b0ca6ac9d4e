/**
 * Build-output checks over dist/ from a real build: every entry has its page, appears on the
 * timeline (in both orders) and on the page of every entity it concerns, with the right date.
 */
import { describe, expect, it } from 'vitest';
import { entityRoles } from '../src/lib/derive/corpus.ts';
import { datetimeAttr, formatApDate } from '../src/lib/model/dates.ts';
import { entityUrl, entryUrl, timelineUrl } from '../src/lib/site/urls.ts';
import { content, hasPage, page, paginated } from './helpers/site.ts';

const { entries, entities, problems } = content();

describe('the built site', () => {
	it('is built from content that passes the check', () => {
		expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
		expect(entries.length).toBeGreaterThan(0);
	});

	it('gives every entry its page, with its title and its date in <time datetime>', () => {
		for (const e of entries) {
			const doc = page(entryUrl(e.id));
			expect(doc.querySelector('h1')?.text.trim(), e.id).toBe(e.data.title);
			const time = doc.querySelector('.entry-head time');
			expect(time?.getAttribute('datetime'), e.id).toBe(datetimeAttr(e.data.date, e.data.datePrecision));
			expect(time?.text.trim(), e.id).toBe(formatApDate(e.data.date, e.data.datePrecision));
		}
	});

	for (const order of ['newest', 'oldest'] as const) {
		it(`lists every entry once on the timeline, ${order} first, in order, with the right date`, () => {
			const rows = paginated(timelineUrl(order)).flatMap((doc) => doc.querySelectorAll('li.entry-row'));
			expect(rows.map((r) => r.id).sort()).toEqual(entries.map((e) => e.id).sort());
			const dates = rows.map((r) => r.querySelector('time')!.getAttribute('datetime')!);
			const byId = new Map(entries.map((e) => [e.id, e]));
			rows.forEach((r) => {
				const e = byId.get(r.id)!;
				expect(r.querySelector('time')!.getAttribute('datetime')).toBe(datetimeAttr(e.data.date, e.data.datePrecision));
			});
			const isoDates = rows.map((r) => byId.get(r.id)!.data.date);
			const sorted = [...isoDates].sort();
			expect(isoDates).toEqual(order === 'oldest' ? sorted : sorted.reverse());
			expect(dates.length).toBe(entries.length);
		});
	}

	it('groups the timeline under year headings with <time> and an ordered list', () => {
		const doc = page('/');
		const headings = doc.querySelectorAll('h2.year-heading');
		// The first page of the timeline (newest first) shows at least the newest entry's year.
		expect(headings.length).toBeGreaterThan(0);
		expect(headings[0]!.text).toContain(String(Math.max(...entries.map((e) => Number(e.data.date.slice(0, 4))))));
		for (const h of headings) expect(h.parentNode?.querySelector('ol.timeline')).toBeTruthy();
	});

	it('shows every entry on the page of each entity it concerns, with the right date', () => {
		const ids = new Set(entities.map((e) => e.id));
		for (const e of entries) {
			for (const id of entityRoles(e).keys()) {
				expect(ids.has(id), `${e.id} → ${id}`).toBe(true);
				const rows = paginated(entityUrl(id)).flatMap((doc) => doc.querySelectorAll('li.entry-row'));
				const row = rows.find((r) => r.id === e.id);
				expect(row, `${e.id} on ${entityUrl(id)}`).toBeTruthy();
				expect(row!.querySelector('time')!.getAttribute('datetime')).toBe(
					datetimeAttr(e.data.date, e.data.datePrecision),
				);
			}
		}
	});

	it('gives every entity a page with its name and aliases', () => {
		for (const en of entities) {
			expect(hasPage(entityUrl(en.id)), en.id).toBe(true);
			const doc = page(entityUrl(en.id));
			expect(doc.querySelector('h1')?.text.trim()).toBe(en.data.name);
			for (const a of en.data.aliases)
				expect(doc.querySelector('.aliases')?.text, `${en.id} alias ${a.name}`).toContain(a.name);
		}
	});

	it('numbers in-text citations and links them to the sources', () => {
		for (const e of entries) {
			const doc = page(entryUrl(e.id));
			const cites = doc.querySelectorAll('.narrative sup.cite a');
			for (const c of cites) {
				const target = c.getAttribute('href')!.slice(1);
				const li = doc.getElementById(target);
				expect(li?.tagName, `${e.id} ${target}`).toBe('LI');
				const n =
					[...li!.parentNode!.childNodes].filter((x) => (x as { tagName?: string }).tagName === 'LI').indexOf(li!) + 1;
				expect(c.text).toBe(`[${n}]`);
			}
			expect(doc.querySelectorAll('ol.sources > li').length).toBe(e.data.sources.length);
		}
	});

	it('links Federal Register citations to federalregister.gov', () => {
		const withFr = entries.filter((e) => e.data.citation.some((c) => / FR /.test(c)));
		expect(withFr.length, 'some entry carries a Federal Register citation').toBeGreaterThan(0);
		for (const e of withFr) {
			const hrefs = page(entryUrl(e.id))
				.querySelectorAll('a')
				.map((a) => a.getAttribute('href'));
			for (const c of e.data.citation.filter((c) => / FR /.test(c))) {
				expect(hrefs, e.id).toContain(`https://www.federalregister.gov/citation/${c.replace(/ /g, '-')}`);
			}
		}
	});

	it('carries no client JavaScript on entry pages but the small deferred enhancement script', () => {
		for (const e of entries) {
			const scripts = page(entryUrl(e.id)).querySelectorAll('script:not([type="application/ld+json"])');
			expect(
				scripts.map((s) => s.getAttribute('src')),
				e.id,
			).toEqual(['/enhance.js']);
			expect(scripts.every((s) => s.hasAttribute('defer') && !s.text.trim())).toBe(true);
		}
	});
});
