import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { entity, entry } from '../../../tests/helpers/factory.ts';
import { buildCorpus } from '../derive/corpus.ts';
import { deriveDesignations } from '../derive/designations.ts';
import { atomFeed, entityFeed, mainFeed, reviewLine, typeFeed } from './feeds.ts';
import { buildRecords } from './records.ts';

const entries = [
	entry('older', {
		date: '2020-01-02',
		title: 'AT&T & “quotes”, &amp; as written',
		summary: 'R&D: &lt; stays literal.',
		actors: ['agency'],
		subjects: ['firm'],
	}),
	entry('newer', { date: '2021-12-01', datePrecision: 'month', type: 'press-report', actors: ['outlet'] }),
];
const corpus = buildCorpus(entries, [
	entity('agency', { kind: 'government-agency', name: 'The "Agency" & Co' }),
	entity('firm'),
	entity('outlet', { kind: 'media-outlet' }),
]);
const history = new Map([['content/entries/2020-01-02-older.mdx', { created: '2024-01-01', updated: '2024-05-06' }]]);
const { entries: records } = buildRecords({
	corpus,
	designations: deriveDesignations(corpus),
	asks: [],
	buildDate: '2026-01-01',
	review: { asOf: '2025-12-15', reviewedBy: 'Test editors' },
	origin: 'https://x.org',
	history,
});
const ctx = {
	origin: 'https://x.org',
	buildDate: '2026-01-01',
	entityName: (id: string) => corpus.entityById.get(id)?.data.name ?? id,
};

describe('atomFeed', () => {
	const feed = parseFeed(atomFeed(mainFeed(), records, ctx));
	it('is Atom that a real parser reads, with every entry, newest first', () => {
		expect(feed.meta.type).toBe('atom');
		expect(feed.items.map((i) => i.id)).toEqual([
			'https://x.org/entries/2021-12-01-newer/',
			'https://x.org/entries/2020-01-02-older/',
		]);
		expect(feed.self).toBe('https://x.org/feeds/entries.xml');
		expect(feed.url).toBe('https://x.org/');
	});
	it('keeps titles and summaries exactly as written, special characters included', () => {
		const older = feed.items[1]!;
		expect(older.title).toBe(entries[0]!.data.title);
		expect(older.description).toBe(entries[0]!.data.summary);
		expect(older.url).toBe('https://x.org/entries/2020-01-02-older/');
	});
	it('dates items by the entry date (published) and the last change of the file (updated)', () => {
		const older = feed.items[1]!;
		expect(older.published?.toISOString()).toBe('2020-01-02T00:00:00.000Z');
		expect(older.updated?.toISOString()).toBe('2024-05-06T00:00:00.000Z');
		expect(feed.updated?.toISOString()).toBe('2024-05-06T00:00:00.000Z');
	});
	it('has categories for the type and every entity, with names as labels', () => {
		const cats = feed.items[1]!.categories;
		expect(cats.map((c) => c.term)).toEqual(['official-statement', 'agency', 'firm']);
		expect(cats[1]!.label).toBe('The "Agency" & Co');
	});
	it('is a valid empty feed when a type has no entries yet', () => {
		const empty = parseFeed(atomFeed(typeFeed('final-rule'), [], ctx));
		expect(empty.items).toEqual([]);
		expect(empty.updated?.toISOString()).toBe('2026-01-01T00:00:00.000Z');
	});
	it('titles entity feeds with the entity name and points them at its page', () => {
		const f = parseFeed(atomFeed(entityFeed('firm', 'Firm'), records.slice(0, 1), ctx));
		expect(f.title).toContain('Firm');
		expect(f.url).toBe('https://x.org/entities/firm/');
		expect(f.self).toBe('https://x.org/feeds/entities/firm.xml');
	});
});

describe('the record’s last review in feeds', () => {
	it('says through which day the record was reviewed, and when stale that it may be out of date', () => {
		const fresh = { asOf: '2026-12-01', reviewedBy: 'Tracker editors', stale: false, daysSinceReview: 2 };
		const xml = atomFeed(mainFeed(), records, { ...ctx, freshness: fresh });
		expect(parseFeed(xml).description).toBe(
			`${mainFeed().subtitle} Record reviewed through Dec. 1, 2026 (Tracker editors).`,
		);
		expect(reviewLine({ ...fresh, stale: true, daysSinceReview: 135 })).toBe(
			'Record reviewed through Dec. 1, 2026 (Tracker editors). That was 135 days before this feed was built: it may be out of date.',
		);
	});
});
