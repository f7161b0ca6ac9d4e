import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import { describe, expect, it } from 'vitest';
import { apa, bibEscape, bibtex, chicago, cslJson, longDate, type CiteInput } from './cite.ts';

const base: CiteInput = {
	id: '2020-08-17-huawei-cloud-affiliates-entity-list',
	title: 'Commerce adds 38 Huawei affiliates, among them Huawei Cloud units, to the Entity List',
	url: 'https://tracker.example.org/entries/2020-08-17-huawei-cloud-affiliates-entity-list/',
	updated: '2026-02-09',
	accessed: '2026-11-27',
};
const tricky: CiteInput = { ...base, title: 'R&D at 100% {braces} #1 $5 under_score ~ ^ \\ and “quotes” — 华为云?' };

type CslItem = {
	title: string;
	URL: string;
	issued?: { 'date-parts': number[][] };
	accessed?: { 'date-parts': number[][] };
};
const parse = async (text: string, type?: string): Promise<CslItem> => {
	const c = await Cite.async(text, type ? { forceType: type } : {});
	expect(c.data).toHaveLength(1);
	return c.data[0] as CslItem;
};

describe('BibTeX', () => {
	it('parses with citation-js and carries title, URL, date and access date', async () => {
		const item = await parse(bibtex(base), '@biblatex/text');
		expect(item.title).toBe(base.title);
		expect(item.URL).toBe(base.url);
		expect(item.issued?.['date-parts'][0]).toEqual([2026, 2, 9]);
		expect(item.accessed?.['date-parts'][0]).toEqual([2026, 11, 27]);
	});
	it('escapes every special character, so the title survives a round trip', async () => {
		expect((await parse(bibtex(tricky), '@biblatex/text')).title).toBe(tricky.title);
		expect(bibEscape('a&b')).toBe('a\\&b');
	});
	it('leaves the date out, rather than inventing one, when the last update is unknown', async () => {
		const text = bibtex({ ...base, updated: undefined });
		expect(text).not.toMatch(/\byear\b|\bdate\b/);
		const item = await parse(text, '@biblatex/text');
		expect(item.issued).toBeUndefined();
		expect(item.accessed?.['date-parts'][0]).toEqual([2026, 11, 27]);
	});
});

describe('CSL-JSON', () => {
	it('is a JSON array of one web page that citation-js reads with title, URL and dates', async () => {
		const json = JSON.parse(cslJson(tricky));
		expect(Array.isArray(json)).toBe(true);
		expect(json[0].type).toBe('webpage');
		const item = await parse(cslJson(tricky));
		expect(item.title).toBe(tricky.title);
		expect(item.URL).toBe(tricky.url);
		expect(item.issued?.['date-parts'][0]).toEqual([2026, 2, 9]);
		expect(item.accessed?.['date-parts'][0]).toEqual([2026, 11, 27]);
	});
});

describe('APA 7', () => {
	it('cites a web page by its group author, with the update date, italic title and retrieval date', () => {
		const a = apa(base);
		expect(a.text).toBe(
			`China Cloud Policy Tracker. (2026, February 9). ${base.title}. Retrieved November 27, 2026, from ${base.url}`,
		);
		expect(a.title).toBe(`${base.title}.`);
	});
	it('says n.d. without a date, and does not double a title\u2019s own question mark', () => {
		const a = apa({ ...base, title: 'Who listed it?', updated: undefined });
		expect(a.text).toBe(
			`China Cloud Policy Tracker. (n.d.). Who listed it? Retrieved November 27, 2026, from ${base.url}`,
		);
	});
});

describe('Chicago 17', () => {
	it('quotes the title, gives the modification and access dates, and ends with the URL', () => {
		expect(chicago(base)).toBe(
			`China Cloud Policy Tracker. \u201c${base.title}.\u201d Last modified February 9, 2026. Accessed November 27, 2026. ${base.url}.`,
		);
		expect(chicago({ ...base, updated: undefined })).toBe(
			`China Cloud Policy Tracker. \u201c${base.title}.\u201d Accessed November 27, 2026. ${base.url}.`,
		);
	});
	it('spells months out (not AP abbreviations)', () => {
		expect(longDate('2021-09-14')).toBe('September 14, 2021');
	});
});
