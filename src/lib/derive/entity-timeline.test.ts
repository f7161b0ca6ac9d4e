import { describe, expect, it } from 'vitest';
import { entry } from '../../../tests/helpers/factory.ts';
import { buildCorpus } from './corpus.ts';
import { entityTimeline } from './entity-timeline.ts';
import { PAGE_SIZE, pagedTimeline, paginate } from '../views/pagination.ts';

const many = Array.from({ length: PAGE_SIZE * 2 + 7 }, (_, i) =>
	entry(`e${i}`, {
		date: `${2001 + (i % 20)}-0${1 + (i % 9)}-1${i % 10}`,
		actors: i % 3 ? ['bis'] : ['treasury'],
		subjects: i % 2 ? ['huawei'] : ['bis'],
	}),
);
const corpus = buildCorpus(many, []);

describe('entity timeline', () => {
	const t = entityTimeline(corpus.byEntity.get('bis')!);
	const mine = many.filter((e) => e.data.actors.includes('bis') || e.data.subjects.includes('bis'));

	it('holds every entry of the entity once, newest first across pages', () => {
		const ids = t.pages.flatMap((p) => p.entries.map((e) => e.id));
		expect(ids.length).toBe(mine.length);
		expect(new Set(ids)).toEqual(new Set(mine.map((e) => e.id)));
		const dates = t.pages.flatMap((p) => p.entries.map((e) => e.data.date));
		expect(dates).toEqual([...dates].sort().reverse());
		expect(t.pages.every((p) => p.entries.length <= PAGE_SIZE)).toBe(true);
	});

	it('counts roles, an entry with two roles in both', () => {
		const acted = mine.filter((e) => e.data.actors.includes('bis')).length;
		const about = mine.filter((e) => e.data.subjects.includes('bis')).length;
		expect(t.counts).toEqual({ actor: acted, subject: about, addressee: 0, list: 0 });
		expect(acted + about).toBeGreaterThan(mine.length);
	});

	it('names the latest entry', () => {
		expect(t.latest?.id).toBe(corpus.entries.filter((e) => mine.includes(e)).at(-1)!.id);
	});

	it('is computed once per entity: every page gets the same object', () => {
		expect(entityTimeline(corpus.byEntity.get('bis')!)).toBe(t);
		expect(entityTimeline(corpus.byEntity.get('huawei')!)).not.toBe(t);
	});

	it('has one empty page for an entity without entries', () => {
		const empty = entityTimeline([]);
		expect(empty.pages).toHaveLength(1);
		expect(empty.latest).toBeUndefined();
	});
});

describe('paged timeline', () => {
	it('equals paginate + yearPages, once per list and order', () => {
		const newest = pagedTimeline(corpus.entries, 'newest');
		expect(newest.pages.map((p) => p.entries.map((e) => e.id))).toEqual(
			paginate(corpus.entries, 'newest').map((p) => p.entries.map((e) => e.id)),
		);
		expect(pagedTimeline(corpus.entries, 'newest')).toBe(newest);
		const oldest = pagedTimeline(corpus.entries, 'oldest');
		expect(oldest).not.toBe(newest);
		expect(oldest.pages[0]!.entries[0]!.id).toBe(corpus.entries[0]!.id);
		for (const [year, n] of oldest.firstPageOfYear) {
			expect(oldest.pages[n - 1]!.entries.some((e) => e.data.date.startsWith(String(year)))).toBe(true);
			expect(
				oldest.pages.slice(0, n - 1).some((p) => p.entries.some((e) => e.data.date.startsWith(String(year)))),
			).toBe(false);
		}
	});
});
