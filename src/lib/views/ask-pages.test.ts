import { describe, expect, it } from 'vitest';
import { entity, entry } from '../../../tests/helpers/factory.ts';
import {
	askCardAnchor,
	askCard,
	askCardView,
	askSummaryRow,
	asksPageView,
	asksPageViews,
	latestDevelopment,
	noActionSentence,
	pageAsks,
	selectAsks,
} from './ask-pages.ts';
import { freshness } from '../model/review.ts';
import { deriveAsks, indexAsks } from '../derive/asks.ts';
import { buildCorpus } from '../derive/corpus.ts';

// 30 letters of 1 to 5 asks each, to various addressees and about various entities.
const letters = Array.from({ length: 30 }, (_, i) =>
	entry(`letter-${i}`, {
		date: `20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 10}`,
		type: 'congressional-letter',
		asks: Array.from({ length: 1 + (i % 5) }, (_, k) => ({
			id: `ask-${k}`,
			request: `Request ${k}.`,
			source: 'src',
			addressees: [k % 2 ? 'treasury' : 'commerce'],
			action: 'investigate',
			subjects: [`firm-${(i + k) % 4}`],
		})),
	}),
);
const corpus = buildCorpus(letters, []);
const all = deriveAsks(corpus, '2026-11-26');
const index = indexAsks(all);

describe('pages of requests', () => {
	for (const size of [1, 7, 40, 1000]) {
		it(`holds every request once, in order, letters whole, about ${size} a page`, () => {
			const pages = pageAsks(all, size);
			const flat = pages.flatMap((p) => p.letters.flatMap((l) => l.outcomes));
			expect(flat).toEqual(all);
			const letterIds = pages.flatMap((p) => p.letters.map((l) => l.letter.id));
			expect(new Set(letterIds).size).toBe(letterIds.length);
			for (const p of pages) {
				expect(p.count).toBe(p.letters.reduce((s, l) => s + l.outcomes.length, 0));
				// Over the size only when a single letter alone is larger.
				if (p.count > size) expect(p.letters).toHaveLength(1);
				expect(p.total).toBe(pages.length);
			}
			expect(pages.map((p) => p.n)).toEqual(pages.map((_, i) => i + 1));
		});
	}

	it('has one empty page when nothing is selected', () => {
		expect(pageAsks([])).toEqual([{ n: 1, total: 1, letters: [], count: 0 }]);
	});

	it('gives every page of a selection at once, each as its own page would be', () => {
		const input = {
			all,
			index,
			corpus,
			freshness: freshness({ reviewedThrough: '2026-11-26', reviewedBy: 'E' }, '2026-11-26'),
		};
		for (const filter of [{}, { addressee: 'treasury' }, { about: 'firm-2' }, { status: 'declined' as const }]) {
			const views = asksPageViews(input, filter);
			const sizes = pageAsks(selectAsks(all, index, filter)).map((p) => p.count);
			expect(views.map((v) => v.rows.length)).toEqual(sizes);
			expect(views.map((v) => v.page)).toEqual(sizes.map((_, i) => i + 1));
			views.forEach((v, i) => expect(v).toEqual(asksPageView(input, filter, i + 1)));
		}
		expect(asksPageViews(input, { status: 'declined' })[0]!.empty).toBe(true);
	});
});

describe('selecting requests', () => {
	it('selects by status, addressee or subject from the index', () => {
		expect(selectAsks(all, index, {})).toBe(all);
		expect(selectAsks(all, index, { addressee: 'treasury' })).toEqual(
			all.filter((o) => o.ask.addressees.includes('treasury')),
		);
		expect(selectAsks(all, index, { about: 'firm-2' })).toEqual(all.filter((o) => o.ask.subjects.includes('firm-2')));
		expect(selectAsks(all, index, { status: 'open' })).toEqual(all);
		expect(selectAsks(all, index, { status: 'declined' })).toEqual([]);
		expect(selectAsks(all, index, { addressee: 'nobody' })).toEqual([]);
	});

	it('returns the same array for every page of a selection, so pages share one split', () => {
		expect(selectAsks(all, index, { addressee: 'commerce' })).toBe(selectAsks(all, index, { addressee: 'commerce' }));
	});
});

describe('view models of the asks pages', () => {
	const ents = [
		entity('parent-co', { name: 'Parent Co' }),
		entity('child-co', { name: 'Child Cloud', parent: 'parent-co' }),
		entity('carrier', { name: 'Carrier' }),
		entity('commerce', { name: 'Commerce' }),
		entity('entity-list', { name: 'Entity List', kind: 'list' }),
		entity('list-1260h', { name: '1260H list', kind: 'list' }),
	];
	const mk = (id: string, action: string, list?: string) => ({
		id,
		request: `Request ${id}.`,
		source: 'src',
		addressees: ['commerce'],
		action,
		subjects: ['child-co'],
		...(list ? { list } : {}),
	});
	const l = entry('letter', {
		date: '2023-04-25',
		type: 'congressional-letter',
		actors: ['commerce'],
		asks: [mk('list-child', 'add-to-list', 'entity-list'), mk('look', 'investigate'), mk('other', 'other')],
	});
	const ack = entry('ack', {
		date: '2023-04-26',
		answers: [{ ask: '2023-04-25-letter#look', response: 'acknowledged' }],
	});
	const probe = entry('probe', {
		date: '2024-06-25',
		title: 'A probe',
		subjects: ['carrier'],
		bearsOn: [{ ask: '2023-04-25-letter#look', note: 'It bears on it; it does not answer it.' }],
	});
	const listing = entry('listing', {
		date: '2026-06-08',
		title: 'The parent listed',
		designations: [{ entity: 'parent-co', list: 'list-1260h' }],
	});
	const c = buildCorpus([l, ack, probe, listing], ents);
	const outs = deriveAsks(c, '2026-12-01');
	const by = Object.fromEntries(outs.map((o) => [o.ask.id, o]));
	const name = (id: string) => c.entityById.get(id)?.data.name ?? id;
	const fresh = (today: string) =>
		freshness({ reviewedThrough: '2026-12-01', reviewedBy: 'Editors', note: undefined }, today);

	it('never puts "Acknowledged" over a bare "no recorded action"', () => {
		expect(noActionSentence(by['look']!)).toBe(
			'Acknowledged, but no action on it is recorded as of Dec. 1, 2026, the record’s last review, 1,316 days after the letter.',
		);
		expect(noActionSentence(by['other']!)).toBe(
			'No response and no action recorded as of Dec. 1, 2026, the record’s last review, 1,316 days after the letter.',
		);
	});

	it('says what a listing elsewhere is and what it is not', () => {
		const v = askCardView(by['list-child']!, name);
		expect(v.responses).toEqual([]);
		expect(v.otherListings).toMatchObject([
			{
				entry: { id: listing.id, href: '/entries/2026-06-08-listing/' },
				what: 'Parent Co (the parent of Child Cloud) was added to the 1260H list.',
				whatNot:
					'That is a different list from the Entity List the request names, and Child Cloud itself is not listed by it: it does not meet the request.',
			},
		]);
	});

	it('shows a development beyond the named subjects with its note and why it is there', () => {
		const v = askCardView(by['look']!, name);
		expect(v.developments).toMatchObject([
			{
				note: 'It bears on it; it does not answer it.',
				beyond: expect.stringContaining('none of the request’s named subjects (Child Cloud)'),
			},
		]);
	});

	it('summarizes each request: asked of, status, days open to the review, latest development linked', () => {
		expect(askSummaryRow(by['look']!, name)).toMatchObject({
			request: 'Investigate: Child Cloud',
			askedOf: 'Commerce',
			status: 'acknowledged',
			statusLabel: 'Acknowledged',
			daysOpen: '1,316',
			latest: { id: probe.id, title: 'A probe', date: 'June 25, 2024' },
			href: `#${askCardAnchor('2023-04-25-letter#look')}`,
		});
		expect(askSummaryRow(by['list-child']!, name)).toMatchObject({
			request: 'Add to a list: Child Cloud → Entity List',
			status: 'open',
			latest: { id: listing.id },
		});
		expect(askSummaryRow(by['other']!, name).latest).toBeUndefined();
		expect(latestDevelopment(by['look']!)?.id).toBe(probe.id);
	});

	it('gives a page its rows, its "as of" the review and, months later, the notice', () => {
		const input = { all: outs, index: indexAsks(outs), corpus: c, freshness: fresh('2026-12-03') };
		const v = asksPageView(input);
		expect(v.rows.map((r) => r.ref)).toEqual(outs.map((o) => o.ref));
		expect(v.asOf).toBe('Statuses as of Dec. 1, 2026, the record’s last review (Editors). Built on Dec. 3, 2026.');
		expect(v.stale).toBeUndefined();
		expect(v.caption).toBe('The 3 requests at a glance');
		expect(v.tableNote).toBe(
			'Days open are counted from the letter to Dec. 1, 2026, the record’s last review. Each request’s details follow the table.',
		);
		const late = asksPageView({ ...input, freshness: fresh('2027-05-01') });
		expect(late.stale).toMatch(/151 days before this build \(May 1, 2027\): statuses may be out of date/);
		expect(late.rows.map((r) => r.daysOpen)).toEqual(v.rows.map((r) => r.daysOpen));
		expect(asksPageView(input, { status: 'acknowledged' }).rows.map((r) => r.ref)).toEqual(['2023-04-25-letter#look']);
	});

	it('gives a card as plain data: bounded lists, the names it links, the list it names', () => {
		const card = askCard(by['list-child']!, c);
		expect(card.list).toEqual({ id: 'entity-list', name: 'Entity List' });
		expect(card.names).toEqual({ 'child-co': { name: 'Child Cloud' }, commerce: { name: 'Commerce' } });
		expect(card.anchor).toBe('ask-list-child');
		expect(card.letter).toEqual({ id: l.id, title: l.data.title, date: '2023-04-25' });
		expect(card.source).toEqual({ url: 'https://example.org/a', publisher: 'Publisher' });
		expect(card.otherListings).toHaveLength(1);
		expect(card.history[0]!.status).toBe('open');
		const look = askCard(by['look']!, c);
		expect(look.list).toBeUndefined();
		expect(look.responses).toEqual({ shown: askCardView(by['look']!, name).responses, more: 0, total: 1 });
		expect(look.developments.total).toBe(1);
		// Plain data: it serialises, and holds no entry body.
		expect(JSON.parse(JSON.stringify(card))).toEqual(card);
		expect(JSON.stringify(card)).not.toContain('<Cite');
	});
});
