/**
 * The year chart in the built pages says what the content says: on the timeline (both orders)
 * and on the first page of every entity with entries, one bar per year from the first year to
 * the last, each named with that year's count, linked to that year on a timeline; a table with
 * the same numbers; and it stays small.
 */
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { entityRoles } from '../src/lib/derive/corpus.ts';
import type { Entry } from '../src/lib/model/schema.ts';
import { FORCE_LABELS, FORCES, forceOf } from '../src/lib/model/vocab.ts';
import { content, page } from './helpers/site.ts';

const { entries, entities } = content();

/** Entries per year, counted straight from the content files. */
function perYear(list: Entry[]): Map<number, Entry[]> {
	const m = new Map<number, Entry[]>();
	for (const e of list) {
		const y = Number(e.data.date.slice(0, 4));
		m.set(y, [...(m.get(y) ?? []), e]);
	}
	return m;
}

/** Check a page's chart against the entries it should count. */
function checkChart(doc: HTMLElement, list: Entry[], order: 'newest' | 'oldest', anchorPrefix: string, where: string) {
	const fig = doc.querySelector('figure.chart');
	expect(fig, `${where} has a chart`).toBeTruthy();
	const counts = perYear(list);
	const years = [...counts.keys()];
	const [min, max] = [Math.min(...years), Math.max(...years)];
	const expectedYears = Array.from({ length: max - min + 1 }, (_, i) => min + i);
	if (order === 'newest') expectedYears.reverse();

	const rows = fig!.querySelectorAll('svg [role="listitem"]');
	expect(
		rows.map((r) =>
			Number(
				/^(\d{4})/.exec(r.querySelector('a')?.getAttribute('aria-label') ?? r.getAttribute('aria-label') ?? '')?.[1],
			),
		),
		where,
	).toEqual(expectedYears);
	for (const r of rows) {
		const link = r.querySelector('a');
		const label = link?.getAttribute('aria-label') ?? r.getAttribute('aria-label')!;
		const year = Number(label.slice(0, 4));
		const n = counts.get(year)?.length ?? 0;
		if (n === 0) {
			expect(link, `${where} ${year}: no link for a year without entries`).toBeNull();
			expect(label).toMatch(/no actions/);
			continue;
		}
		expect(label, where).toMatch(new RegExp(`^${year}: ${n} actions?\\b`));
		for (const f of FORCES) {
			const k = counts.get(year)!.filter((e) => forceOf(e.data.type) === f).length;
			if (k) expect(label, `${where} ${year}`).toContain(`${k} ${FORCE_LABELS[f].toLowerCase()}`);
		}
		expect(link!.getAttribute('href'), `${where} ${year}`).toMatch(new RegExp(`#${anchorPrefix}y${year}$`));
		// The drawn bar: one rect per force present, lengths in proportion to the counts.
		expect(r.querySelectorAll('rect[class^="force-"]').length).toBe(
			FORCES.filter((f) => counts.get(year)!.some((e) => forceOf(e.data.type) === f)).length,
		);
	}
	// The table states the same totals.
	const table = fig!
		.querySelectorAll('table tbody tr')
		.map((tr) => [Number(tr.querySelector('th')!.text.trim()), Number(tr.querySelectorAll('td')[0]!.text.trim())]);
	expect(table, where).toEqual(expectedYears.map((y) => [y, counts.get(y)?.length ?? 0]));
	// Light (it is on every entity page): under a kilobyte of fixed parts, 700 bytes a year.
	expect(fig!.outerHTML.length, `${where}: bytes`).toBeLessThan(1000 + 700 * rows.length);
}

describe('the year chart', () => {
	it('on the timeline counts every entry by year, in the page’s order, linking to the year', () => {
		checkChart(page('/'), entries, 'newest', '', '/');
		checkChart(page('/oldest/'), entries, 'oldest', '', '/oldest/');
	});

	it('on each entity’s page counts that entity’s entries, linking into its own timeline', () => {
		let charted = 0;
		for (const entity of entities) {
			const own = entries.filter((e) => entityRoles(e).has(entity.id));
			const doc = page(`/entities/${entity.id}/`);
			if (own.length === 0) {
				expect(doc.querySelector('figure.chart'), `${entity.id} has no entries and no chart`).toBeNull();
				continue;
			}
			checkChart(doc, own, 'newest', 'e-', `/entities/${entity.id}/`);
			charted++;
		}
		expect(charted).toBeGreaterThan(10);
	});

	it('needs no script: nothing in the chart runs code', () => {
		for (const path of ['/', '/entities/huawei-cloud/']) {
			const fig = page(path).querySelector('figure.chart')!;
			expect(fig.querySelectorAll('script, foreignObject, iframe, object')).toHaveLength(0);
			const handlers = fig
				.querySelectorAll('*')
				.flatMap((el) => Object.keys(el.attributes).filter((a) => /^on/i.test(a)));
			expect(handlers, path).toEqual([]);
			expect(fig.querySelectorAll('a').every((a) => !/^javascript:/i.test(a.getAttribute('href') ?? ''))).toBe(true);
		}
	});
});
