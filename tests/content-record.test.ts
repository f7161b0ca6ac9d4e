/**
 * The record's requests and list standings, checked in the built site against what src/lib
 * derives from the content: every letter's requests with their statuses, answers, related
 * developments and listings on other lists (never shown as answers), the summary table of
 * /asks/, statuses stated as of the record's last review (content/review.yaml), every entity's
 * standing in plain words, and context (proposed rules) never presented as an answer.
 *
 * No editorial fact is written here (which company is on which list, how many requests a letter
 * makes): every expected value comes from the content, so an editor's correction changes the
 * expectation with the page. What must hold of the record itself is in src/lib/check/record-rules.ts,
 * run by the content check.
 */
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { askCardAnchor, askCardView, askSummaryRow } from '../src/lib/views/ask-pages.ts';
import { awaitingAction, deriveAsks, STATUS_LABELS, type AskOutcome } from '../src/lib/derive/asks.ts';
import { buildCorpus, entityRoles } from '../src/lib/derive/corpus.ts';
import { daysBetween, formatApDate } from '../src/lib/model/dates.ts';
import { deriveDesignations, relevantLists, statusSentence } from '../src/lib/derive/designations.ts';
import { readReviewStamp } from '../src/lib/model/review.ts';
import { askAnchor, asksUrl, entityUrl, entryUrl } from '../src/lib/site/urls.ts';
import { content, page, paginated, ROOT } from './helpers/site.ts';

const { entries, entities } = content();
const corpus = buildCorpus(entries, entities);
const designations = deriveDesignations(corpus);
const stamp = readReviewStamp(ROOT).stamp!;
const outcomes = deriveAsks(corpus, stamp.reviewedThrough);
const name = (id: string) => corpus.entityById.get(id)?.data.name ?? id;
const letters = [...new Set(outcomes.map((o) => o.letter.id))];

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();
const text = (el: HTMLElement | null | undefined): string => squash(el?.text ?? '');
const elements = (el: HTMLElement, tag: string): HTMLElement[] =>
	el.childNodes.filter((n): n is HTMLElement => (n as HTMLElement).tagName === tag);
const hrefs = (el: HTMLElement | null | undefined): string[] =>
	el ? el.querySelectorAll('a').map((a) => a.getAttribute('href') ?? '') : [];

/** The entry ids on an entity's timeline, over all its pages. */
const rowIds = (entityId: string): string[] =>
	paginated(entityUrl(entityId))
		.flatMap((doc) => doc.querySelectorAll('li.entry-row'))
		.map((r) => r.id);

/** Every /asks/ page (the listing is split into pages of whole letters). */
const asksPages = paginated(asksUrl());

/** The ask cards of one letter on /asks/, in the letter's order. */
function asksPageCards(letterId: string): HTMLElement[] {
	const section = asksPages.map((d) => d.querySelector(`section[aria-labelledby="l-${letterId}"]`)).find(Boolean);
	expect(section, `${letterId} has a section on ${asksUrl()}`).toBeTruthy();
	return section!.querySelectorAll('article.ask');
}

/** What a rendered ask card says. */
function readCard(card: HTMLElement) {
	const dev = card.querySelector('.developments');
	const other = card.querySelector('.other-listings');
	return {
		status: card.getAttribute('data-status'),
		label: text(card.querySelector('.ask-title .status')),
		responses: elements(card, 'UL').flatMap((ul) => hrefs(ul)),
		developments: hrefs(dev),
		developmentsText: text(dev),
		otherListings: hrefs(other),
		otherText: text(other),
		noAction: text(card.querySelector('.no-action')),
		text: text(card),
	};
}

/** A card shows exactly the derived outcome. */
function expectCardShows(card: HTMLElement, o: AskOutcome, where: string): void {
	const c = readCard(card);
	const v = askCardView(o, name);
	expect(c.status, `${o.ref} status on ${where}`).toBe(o.status);
	expect(c.label, `${o.ref} status label on ${where}`).toBe(STATUS_LABELS[o.status]);
	expect(c.responses.sort(), `${o.ref} answers on ${where}`).toEqual(
		o.responses.map((r) => entryUrl(r.entry.id)).sort(),
	);
	expect(c.developments.sort(), `${o.ref} related developments on ${where}`).toEqual(
		o.developments.map((d) => entryUrl(d.entry.id)).sort(),
	);
	for (const d of o.developments)
		expect(c.developmentsText, `${o.ref} note of ${d.entry.id}`).toContain(squash(d.note));
	for (const d of v.developments)
		if (d.beyond) expect(c.developmentsText, `${o.ref}: why ${d.entry.id} is shown`).toContain(squash(d.beyond));
	if (o.developments.length) expect(c.developmentsText).toContain('Related developments');
	// Listings on another list: shown as what they are and are not, never among the answers.
	expect(c.otherListings.sort(), `${o.ref} listings elsewhere on ${where}`).toEqual(
		o.otherListings.map((l) => entryUrl(l.entry.id)).sort(),
	);
	for (const l of v.otherListings) {
		expect(c.otherText).toContain(squash(l.what));
		expect(c.otherText).toContain(squash(l.whatNot));
	}
	for (const l of o.otherListings)
		if (!o.responses.some((r) => r.entry.id === l.entry.id))
			expect(c.responses, `${l.entry.id} is not an answer`).not.toContain(entryUrl(l.entry.id));
	// Statuses and days are as of the record's last review, never the build.
	if (awaitingAction(o)) {
		expect(c.noAction, `${o.ref} "no action" line on ${where}`).toBe(v.noAction);
		expect(c.noAction).toContain(formatApDate(stamp.reviewedThrough));
		expect(c.noAction).toContain(
			`${Math.max(0, daysBetween(o.letter.data.date, stamp.reviewedThrough)).toLocaleString('en-US')} day`,
		);
		if (o.status === 'acknowledged') expect(c.noAction).toMatch(/^Acknowledged, but no action/);
	} else expect(c.noAction, `${o.ref} has no "no action" line`).toBe('');
	if (o.ask.quoted) expect(c.text).toContain(`“${squash(o.ask.request)}”`);
	else expect(c.text).toContain(`${squash(o.ask.request)} (paraphrase)`);
}

describe('list standings on entity pages', () => {
	it('are said in plain words on every entity page, as computed from the designations, as of the last review', () => {
		for (const en of entities.filter((e) => e.data.kind !== 'list')) {
			const panel = page(entityUrl(en.id)).querySelector('.status-panel');
			if (!panel) continue;
			expect(text(panel.querySelector('.as-of')), en.id).toContain(formatApDate(stamp.reviewedThrough));
			for (const list of relevantLists(corpus, designations, en.id))
				expect(text(panel), `${en.id} on ${list}`).toContain(statusSentence(corpus, designations, en.id, list));
		}
	});

	it('show every entity with an added designation and no later removal as listed (directly or through a relative)', () => {
		for (const [id, byList] of designations.byEntity) {
			for (const [list, st] of byList) {
				if (!st.current) continue;
				expect(relevantLists(corpus, designations, id), `${id} on ${list}`).toContain(list);
				expect(text(page(entityUrl(id)).querySelector('.status-panel')), `${id} on ${list}`).toContain(
					statusSentence(corpus, designations, id, list),
				);
			}
		}
	});
});

describe('every letter and its requests', () => {
	it('shows each request with its derived status, answers, developments and other listings on the letter page', () => {
		for (const id of letters) {
			const doc = page(entryUrl(id));
			for (const o of outcomes.filter((x) => x.letter.id === id)) {
				const card = doc.getElementById(askAnchor(o.ask.id));
				expect(card, `${o.ref} on the letter page`).toBeTruthy();
				expectCardShows(card!, o, 'the letter page');
			}
		}
	});

	it('shows the same, in the same order, on /asks/', () => {
		for (const id of letters) {
			const mine = outcomes.filter((o) => o.letter.id === id);
			const cards = asksPageCards(id);
			expect(cards.length, id).toBe(mine.length);
			mine.forEach((o, i) => expectCardShows(cards[i]!, o, asksUrl()));
		}
	});

	it('never shows a bearsOn development as an answer, whatever its subjects', () => {
		for (const o of outcomes) {
			const cards = asksPageCards(o.letter.id);
			const c = readCard(cards[o.letter.data.asks.findIndex((a) => a.id === o.ask.id)]!);
			for (const d of o.developments)
				if (!o.responses.some((r) => r.entry.id === d.entry.id))
					expect(c.responses, `${d.entry.id} on ${o.ref}`).not.toContain(entryUrl(d.entry.id));
		}
	});
});

describe('the summary table of /asks/', () => {
	it('opens every page with a captioned table of its requests: request, asked of, status, days open, latest development', () => {
		const seen: string[] = [];
		for (const doc of asksPages) {
			const table = doc.querySelector('main table.asks-summary');
			expect(table).toBeTruthy();
			expect(text(table!.querySelector('caption'))).toMatch(/at a glance$/);
			expect(text(doc.getElementById(table!.getAttribute('aria-describedby')!))).toContain(
				`counted from the letter to ${formatApDate(stamp.reviewedThrough)}`,
			);
			expect(table!.querySelectorAll('thead th[scope="col"]').map((th) => text(th))).toEqual([
				'Request',
				'Asked of',
				'Status',
				'Days open',
				'Latest development',
			]);
			// The table comes before the first card.
			const html = doc.querySelector('main')!.innerHTML;
			expect(html.indexOf('asks-summary')).toBeLessThan(html.indexOf('article class="panel ask'));
			for (const tr of table!.querySelectorAll('tbody tr')) {
				const link = tr.querySelector('th[scope="row"] a')!.getAttribute('href')!;
				const o = outcomes.find((x) => `#${askCardAnchor(x.ref)}` === link);
				expect(o, link).toBeTruthy();
				expect(doc.getElementById(askCardAnchor(o!.ref)), `the row links to its card: ${link}`).toBeTruthy();
				const row = askSummaryRow(o!, name);
				const cells = tr.querySelectorAll('td').map((td) => text(td));
				expect(cells[0]).toBe(row.askedOf);
				expect(cells[1]).toBe(STATUS_LABELS[o!.status]);
				expect(cells[2]).toBe(row.daysOpen);
				if (row.latest) expect(hrefs(tr.querySelectorAll('td')[3])).toEqual([row.latest.href]);
				else expect(cells[3]).toBe('None recorded');
				seen.push(o!.ref);
			}
		}
		expect(seen.sort()).toEqual(outcomes.map((o) => o.ref).sort());
	});

	it('states statuses as of the review stamp, and the build date apart', () => {
		const line = text(asksPages[0]!.querySelector('.as-of'));
		expect(line).toContain(
			`Statuses as of ${formatApDate(stamp.reviewedThrough)}, the record’s last review (${stamp.reviewedBy})`,
		);
		expect(line).toMatch(/Built on /);
	});
});

describe('the entity pages of every request subject show the later record', () => {
	const subjects = [...new Set(outcomes.flatMap((o) => o.ask.subjects))];
	it('list every entry that concerns them, and the status panel links the latest', () => {
		for (const id of subjects) {
			const rows = rowIds(id);
			const items = corpus.byEntity.get(id) ?? [];
			for (const { entry: e } of items) {
				expect(entityRoles(e).has(id)).toBe(true);
				expect(rows, `${e.id} on ${entityUrl(id)}`).toContain(e.id);
			}
			const panel = page(entityUrl(id)).querySelector('.status-panel');
			expect(panel, `${id} has a status panel`).toBeTruthy();
			const latest = items[items.length - 1]?.entry;
			if (latest) expect(hrefs(panel), `${id} latest entry`).toContain(entryUrl(latest.id));
		}
	});
});

describe('context that is not an answer', () => {
	it('never shows a proposed rule as an answer to any request, on the entry, the letter or /asks/', () => {
		const proposed = entries.filter((e) => e.data.type === 'proposed-rule');
		const cards = [
			...asksPages.flatMap((d) => d.querySelectorAll('article.ask')),
			...letters.flatMap((id) => page(entryUrl(id)).querySelectorAll('article.ask')),
		];
		for (const e of proposed) {
			expect(
				outcomes.some((o) =>
					o.responses.some((r) => r.entry.id === e.id && r.response !== 'acknowledged' && r.response !== 'declined'),
				),
				e.id,
			).toBe(false);
			for (const card of cards)
				if (readCard(card).status === 'acted-on') expect(readCard(card).responses, e.id).not.toContain(entryUrl(e.id));
			const own = page(entryUrl(e.id));
			expect(text(own.querySelector('h1'))).toBe(e.data.title);
		}
	});
});
