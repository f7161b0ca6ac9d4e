/**
 * The Atom feeds of the built site, read by a real feed parser: each accounts for exactly the
 * entries it covers (all; an entity's, in any role; a type's), with title, date, summary, link,
 * permanent id and categories, and the pages announce and link them.
 */
import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { entityRoles } from '../src/lib/derive/corpus.ts';
import { ENTRY_TYPES } from '../src/lib/model/schema.ts';
import { entityFeedUrl, entityUrl, entryUrl, feedUrl, homeUrl, typeFeedUrl, typeUrl } from '../src/lib/site/urls.ts';
import { entriesOfEntity, exists, file, pathOf, sorted } from './helpers/exports.ts';
import { content, page } from './helpers/site.ts';

const { entries, entities } = content();
const byId = new Map(entries.map((e) => [e.id, e]));
const feed = (path: string) => parseFeed(file(path));
const itemIds = (path: string) => sorted(feed(path).items.map((i) => pathOf(i.id!).replace(/^\/entries\/|\/$/g, '')));

describe('the feeds', () => {
	it('the main feed has every entry, once, newest first, uncapped', () => {
		const f = feed(feedUrl());
		expect(f.meta.type).toBe('atom');
		expect(f.items.length).toBe(entries.length);
		expect(itemIds(feedUrl())).toEqual(sorted(entries.map((e) => e.id)));
		const dates = f.items.map((i) => i.published!.toISOString());
		expect(dates).toEqual([...dates].sort().reverse());
	});

	it('every item carries the entry title, date, summary, link, stable id and categories for its type and entities', () => {
		for (const item of feed(feedUrl()).items) {
			const id = pathOf(item.url!).replace(/^\/entries\/|\/$/g, '');
			const e = byId.get(id)!;
			expect(e, item.url!).toBeTruthy();
			expect(pathOf(item.url!)).toBe(entryUrl(id));
			expect(item.id).toBe(item.url);
			expect(item.title).toBe(e.data.title);
			expect(item.description).toBe(e.data.summary);
			expect(item.published!.toISOString().slice(0, 10)).toBe(e.data.date);
			expect(exists(pathOf(item.url!))).toBe(true);
			expect(sorted(item.categories.map((c) => c.term!))).toEqual(sorted([e.data.type, ...entityRoles(e).keys()]));
		}
	});

	it('each entity has a feed with exactly the entries that concern it, in any role', () => {
		for (const en of entities) {
			expect(itemIds(entityFeedUrl(en.id)), en.id).toEqual(sorted(entriesOfEntity(entries, en.id)));
			expect(pathOf(feed(entityFeedUrl(en.id)).url!)).toBe(entityUrl(en.id));
		}
	});

	it('each entry type has a feed with exactly its entries (empty types included)', () => {
		for (const t of ENTRY_TYPES) {
			expect(itemIds(typeFeedUrl(t)), t).toEqual(sorted(entries.filter((e) => e.data.type === t).map((e) => e.id)));
		}
	});

	it('pages announce their feeds with <link rel="alternate"> and show a visible Follow link', () => {
		const check = (path: string, href: string) => {
			const doc = page(path);
			const alternates = doc
				.querySelectorAll('link[rel="alternate"][type="application/atom+xml"]')
				.map((l) => l.getAttribute('href'));
			expect(alternates, path).toContain(href);
			expect(alternates, path).toContain(feedUrl());
			const follow = doc.querySelectorAll('a').find((a) => a.getAttribute('href') === href);
			expect(follow?.text.trim(), path).toBe('Follow');
		};
		check(homeUrl(), feedUrl());
		for (const en of entities) check(entityUrl(en.id), entityFeedUrl(en.id));
		for (const t of ENTRY_TYPES) check(typeUrl(t), typeFeedUrl(t));
	});
});
