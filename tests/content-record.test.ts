/**
 * The record around the April 25, 2023 letter, checked in the built site: what a parent's
 * listing means for a subsidiary, the developments shown next to each request without being
 * counted as answers, the letter's four requests with their derived statuses, the entity pages
 * that must show the later developments, and context (the BIS proposed rule) that must never
 * be presented as an answer. Every expected value is derived from the content with src/lib,
 * then looked for in dist/.
 */
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { awaitingAction, deriveAsks, STATUS_LABELS, type AskOutcome } from '../src/lib/asks.ts';
import { ancestors, buildCorpus, entityRoles } from '../src/lib/corpus.ts';
import { formatApDate, todayIso } from '../src/lib/dates.ts';
import { deriveDesignations, relevantLists, statusSentence } from '../src/lib/designations.ts';
import { askAnchor, asksUrl, entityUrl, entryUrl } from '../src/lib/urls.ts';
import { content, page, paginated } from './helpers/site.ts';

const { entries, entities } = content();
const corpus = buildCorpus(entries, entities);
const designations = deriveDesignations(corpus);
const outcomes = deriveAsks(corpus, todayIso());

const LETTER = '2023-04-25-senators-letter-chinese-cloud';
const letter = corpus.entryById.get(LETTER);

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();
const text = (el: HTMLElement | null | undefined): string => squash(el?.text ?? '');
const elements = (el: HTMLElement, tag: string): HTMLElement[] =>
	el.childNodes.filter((n): n is HTMLElement => (n as HTMLElement).tagName === tag);
const hrefs = (el: HTMLElement | null | undefined): string[] => (el ? el.querySelectorAll('a').map((a) => a.getAttribute('href') ?? '') : []);

/** The entry ids on an entity's timeline, over all its pages. */
const rowIds = (entityId: string): string[] => paginated(entityUrl(entityId)).flatMap((doc) => doc.querySelectorAll('li.entry-row')).map((r) => r.id);

/** The ask cards of one letter on /asks/, in the letter's order. */
function asksPageCards(letterId: string): HTMLElement[] {
	const section = page(asksUrl()).querySelector(`section[aria-labelledby="l-${letterId}"]`);
	expect(section, `${letterId} has a section on ${asksUrl()}`).toBeTruthy();
	return section!.querySelectorAll('article.ask');
}

/** What a rendered ask card says: status, response links, development links, development text. */
function readCard(card: HTMLElement) {
	const responses = elements(card, 'UL').flatMap((ul) => hrefs(ul));
	const dev = card.querySelector('.developments');
	return {
		status: card.getAttribute('data-status'),
		label: text(card.querySelector('.ask-title .status')),
		responses,
		developments: hrefs(dev),
		developmentsText: text(dev),
		noAction: card.querySelector('.no-action') !== null,
		text: text(card),
	};
}

/** A card shows exactly the derived outcome: status, answers, related developments. */
function expectCardShows(card: HTMLElement, o: AskOutcome, where: string): void {
	const c = readCard(card);
	expect(c.status, `${o.ref} status on ${where}`).toBe(o.status);
	expect(c.label, `${o.ref} status label on ${where}`).toBe(STATUS_LABELS[o.status]);
	expect(c.responses.sort(), `${o.ref} answers on ${where}`).toEqual(o.responses.map((r) => entryUrl(r.entry.id)).sort());
	expect(c.developments.sort(), `${o.ref} related developments on ${where}`).toEqual(o.developments.map((d) => entryUrl(d.entry.id)).sort());
	for (const d of o.developments) expect(c.developmentsText, `${o.ref} note of ${d.entry.id}`).toContain(squash(d.note));
	if (o.developments.length) expect(c.developmentsText).toContain('Related developments');
	expect(c.noAction, `${o.ref} "no recorded action" line on ${where}`).toBe(awaitingAction(o));
	if (o.ask.quoted) expect(c.text).toContain(`“${squash(o.ask.request)}”`);
	else expect(c.text).toContain(`${squash(o.ask.request)} (paraphrase)`);
}

describe('a parent on a list, its subsidiary not', () => {
	it('is said in plain words on every entity page, as computed from the designations', () => {
		let relativeOnly = 0;
		for (const en of entities.filter((e) => e.data.kind !== 'list')) {
			const lists = relevantLists(corpus, designations, en.id);
			if (!lists.length) continue;
			const panel = text(page(entityUrl(en.id)).querySelector('.status-panel'));
			for (const list of lists) {
				const sentence = statusSentence(corpus, designations, en.id, list);
				expect(panel, `${en.id} on ${list}`).toContain(sentence);
				if (!designations.byEntity.get(en.id)?.get(list)) relativeOnly++;
			}
		}
		expect(relativeOnly, 'at least one entity stands on a list only through a relative').toBeGreaterThan(0);
	});

	it("says on Tencent Cloud's page that it is not itself on the 1260H list while its parent Tencent is", () => {
		const cloud = corpus.entityById.get('tencent-cloud');
		expect(cloud?.data.parent).toBe('tencent');
		const parent = corpus.entityById.get('tencent')!;
		const listed = [...(designations.byEntity.get('tencent')?.values() ?? [])].filter((s) => s.current);
		const on1260h = listed.find((s) => corpus.entityById.get(s.list)?.data.shortName === '1260H list');
		expect(on1260h, 'Tencent is on the 1260H list in the record').toBeTruthy();
		expect(designations.byEntity.get('tencent-cloud')?.get(on1260h!.list), 'Tencent Cloud is not designated itself').toBeUndefined();

		const panel = text(page(entityUrl('tencent-cloud')).querySelector('.status-panel'));
		const sentence = statusSentence(corpus, designations, 'tencent-cloud', on1260h!.list);
		expect(panel).toContain(sentence);
		expect(panel).toContain('not itself on the');
		expect(sentence).toContain(`its parent ${parent.data.name}`);
		expect(sentence).toContain(formatApDate(on1260h!.added!.date));
		expect(sentence.startsWith(`${cloud!.data.name} is not itself on the ${corpus.entityById.get(on1260h!.list)!.data.name}`)).toBe(true);
	});
});

describe('the April 25, 2023 letter and its four requests', () => {
	const own = outcomes.filter((o) => o.letter.id === LETTER);

	it('carries exactly the four requests, with sources that exist in the entry', () => {
		expect(letter).toBeTruthy();
		expect(own.map((o) => o.ask.id)).toEqual(['sanction-huawei-cloud', 'alibaba-cloud-entity-list', 'alibaba-cloud-ns-cmic', 'investigate-baidu-tencent']);
		for (const o of own) expect(letter!.data.sources.map((s) => s.key), o.ref).toContain(o.ask.source);
	});

	it('shows each request with its derived status, answers and developments on the letter page', () => {
		const doc = page(entryUrl(LETTER));
		for (const o of own) {
			const card = doc.getElementById(askAnchor(o.ask.id));
			expect(card, `${o.ref} on the letter page`).toBeTruthy();
			expectCardShows(card!, o, 'the letter page');
		}
	});

	it('shows the same, in the same order, on /asks/', () => {
		const cards = asksPageCards(LETTER);
		expect(cards.length).toBe(own.length);
		own.forEach((o, i) => expectCardShows(cards[i]!, o, asksUrl()));
	});

	it('renders every letter of the record on /asks/ with the derived outcomes', () => {
		const letters = [...new Set(outcomes.map((o) => o.letter.id))];
		for (const id of letters) {
			const mine = outcomes.filter((o) => o.letter.id === id);
			const cards = asksPageCards(id);
			expect(cards.length, id).toBe(mine.length);
			mine.forEach((o, i) => expectCardShows(cards[i]!, o, asksUrl()));
		}
	});
});

describe('related developments on /asks/', () => {
	it('lists the 1260H listing of Tencent Cloud’s parent next to the request to investigate Tencent Cloud, which stays unanswered', () => {
		const o = outcomes.find((x) => x.ref === `${LETTER}#investigate-baidu-tencent`)!;
		expect(o).toBeTruthy();
		// The development: an entry that put a parent of one of the request's subjects on a list.
		const parentListings = corpus.entries.filter((e) =>
			e.data.date > o.letter.data.date &&
			e.data.designations.some((g) => g.action === 'added' && o.ask.subjects.some((s) => ancestors(corpus, s).some((a) => a.id === g.entity))),
		);
		expect(parentListings.length, 'a later listing of a parent of Baidu Cloud or Tencent Cloud').toBeGreaterThan(0);
		const card = asksPageCards(LETTER)[o.letter.data.asks.findIndex((a) => a.id === o.ask.id)]!;
		const c = readCard(card);
		for (const e of parentListings) {
			expect(c.developments, e.id).toContain(entryUrl(e.id));
			expect(c.responses, `${e.id} is not shown as an answer`).not.toContain(entryUrl(e.id));
		}
		expect(c.developmentsText).toContain('Related developments');
		expect(c.developmentsText).toMatch(/does not answer/);
		expect(['acted-on', 'partly-acted-on']).not.toContain(o.status);
		expect(c.status).toBe(o.status);
		expect(c.label).not.toBe(STATUS_LABELS['acted-on']);
		expect(c.label).not.toBe(STATUS_LABELS['partly-acted-on']);
	});

	it('says, for every development, in words that it does not answer the request', () => {
		const devs = outcomes.flatMap((o) => o.developments);
		expect(devs.length).toBeGreaterThan(0);
		for (const d of devs) expect(d.note, d.entry.id).toMatch(/does not answer|do not answer/);
	});
});

describe('the entity pages of the companies the letter asked about show the later record', () => {
	const after = (id: string) => (corpus.byEntity.get(id) ?? []).filter((x) => letter && x.entry.data.date > letter.data.date).map((x) => x.entry);

	for (const id of ['tencent', 'tencent-cloud', 'alibaba-group', 'alibaba-cloud', 'baidu']) {
		it(`${id}: lists every later entry that concerns it, and its status panel is derived from them`, () => {
			const later = after(id);
			expect(later.length, `${id} has developments after the letter`).toBeGreaterThan(0);
			const rows = rowIds(id);
			for (const e of later) {
				expect(entityRoles(e).has(id)).toBe(true);
				expect(rows, `${e.id} on ${entityUrl(id)}`).toContain(e.id);
			}
			const panel = page(entityUrl(id)).querySelector('.status-panel');
			expect(panel, `${id} has a status panel`).toBeTruthy();
			const all = corpus.byEntity.get(id) ?? [];
			const latest = all[all.length - 1]!.entry;
			expect(hrefs(panel), `${id} latest entry`).toContain(entryUrl(latest.id));
			for (const list of relevantLists(corpus, designations, id)) expect(text(panel)).toContain(statusSentence(corpus, designations, id, list));
		});
	}

	it('shows the 1260H listing of Tencent Holdings on Tencent Cloud’s page, as a subject it concerns', () => {
		const listing = corpus.entries.find((e) => e.data.designations.some((g) => g.entity === 'tencent' && g.action === 'added'));
		expect(listing).toBeTruthy();
		expect(listing!.data.subjects).toContain('tencent-cloud');
		expect(listing!.data.designations.some((g) => g.entity === 'tencent-cloud')).toBe(false);
		expect(rowIds('tencent-cloud')).toContain(listing!.id);
	});
});

describe('context that is not an answer', () => {
	const proposed = entries.filter((e) => e.data.type === 'proposed-rule');

	it('includes the BIS proposed rule of January 2024 (89 FR 5698), linked to Executive Order 13984', () => {
		const rule = proposed.find((e) => e.data.citation.includes('89 FR 5698'));
		expect(rule).toBeTruthy();
		const related = corpus.related.get(rule!.id) ?? [];
		expect(related.some((r) => r.data.citation.includes('E.O. 13984'))).toBe(true);
	});

	it('never shows a proposed rule as an answer to any request, on the entry, the letter or /asks/', () => {
		expect(proposed.length).toBeGreaterThan(0);
		const asksDoc = page(asksUrl());
		const letterDoc = page(entryUrl(LETTER));
		for (const e of proposed) {
			expect(e.data.answers, e.id).toEqual([]);
			expect(outcomes.some((o) => o.responses.some((r) => r.entry.id === e.id)), e.id).toBe(false);
			for (const card of [...asksDoc.querySelectorAll('article.ask'), ...letterDoc.querySelectorAll('article.ask')]) {
				expect(readCard(card).responses, e.id).not.toContain(entryUrl(e.id));
			}
			const own = page(entryUrl(e.id));
			expect(own.getElementById('answers'), `${e.id} has no Answers section`).toBeNull();
			expect(text(own.querySelector('h1'))).toBe(e.data.title);
		}
	});
});
