/**
 * The search index as built: what each result page hands Pagefind (read from dist/ with a real
 * HTML parser and from Pagefind's own output), checked against the content files.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { actingBodies } from '../src/lib/derive/agencies.ts';
import { buildCorpus, entityRoles } from '../src/lib/derive/corpus.ts';
import { FORCE_LABELS, forceOf, typeLabel } from '../src/lib/model/vocab.ts';
import { entityPageUrl, entityUrl, entryUrl, searchUrl } from '../src/lib/site/urls.ts';
import { allPages, content, DIST, page } from './helpers/site.ts';

const { entries, entities } = content();
const corpus = buildCorpus(entries, entities);
const byId = new Map(entities.map((e) => [e.id, e]));

/** `[facet, value]` pairs and meta of a result page, as Pagefind reads them. */
function searchData(doc: HTMLElement) {
	const body = doc.querySelector('[data-pagefind-body]');
	const attr = (el: HTMLElement, name: string) => {
		const spec = el.getAttribute(name)!;
		const m = /^([^[:]+)\[(.+)\]$/.exec(spec);
		return m ? [m[1]!, el.getAttribute(m[2]!) ?? ''] : [spec.split(':')[0]!, spec.slice(spec.indexOf(':') + 1)];
	};
	const filters = (body?.querySelectorAll('[data-pagefind-filter]') ?? []).map((el) =>
		attr(el, 'data-pagefind-filter'),
	);
	const meta = Object.fromEntries(
		(body?.querySelectorAll('[data-pagefind-meta]') ?? []).flatMap((el) =>
			el.getAttribute('data-pagefind-meta')!.includes('title') ? [] : [attr(el, 'data-pagefind-meta')],
		),
	);
	const values = (facet: string) => filters.filter(([f]) => f === facet).map(([, v]) => v!);
	const sorts = (body?.querySelectorAll('[data-pagefind-sort]') ?? []).map((el) => attr(el, 'data-pagefind-sort'));
	return { body, values, meta, sorts };
}

/** Pagefind's fragments: one per indexed page, with its URL and meta. */
type Fragment = { hash: string; url: string; content: string; meta: Record<string, string> };
let fragmentCache: Fragment[] | undefined;
function fragments(): Fragment[] {
	const dir = join(DIST, 'pagefind', 'fragment');
	return (fragmentCache ??= readdirSync(dir).map((f) => {
		const raw = gunzipSync(readFileSync(join(dir, f))).toString('utf8');
		return { hash: f.replace(/\.pf_fragment$/, ''), ...JSON.parse(raw.slice('pagefind_dcd'.length)) };
	}));
}

describe('the search index', () => {
	it('is split into small word chunks, so a query loads little beyond its words (scripts/build.mjs)', () => {
		// PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE=4000 splits this record's index into 18 chunks (Dec.
		// 2026); Pagefind's default makes 4. Fewer than 10 means the setting no longer reaches
		// Pagefind, and every query at 10,000 entries loads 10–20 KB more (README, Performance).
		const chunks = readdirSync(join(DIST, 'pagefind', 'index')).filter((f) => f.endsWith('.pf_index'));
		expect(chunks.length, 'Pagefind index chunks (dist/pagefind/index)').toBeGreaterThanOrEqual(10);
	});

	it('holds exactly the entry pages and the first page of each entity', () => {
		const indexed = fragments()
			.map((f) => f.url)
			.sort();
		expect(indexed).toEqual([...entries.map((e) => entryUrl(e.id)), ...entities.map((e) => entityUrl(e.id))].sort());
		const bodies = allPages().filter((p) => page(p).querySelector('[data-pagefind-body]'));
		expect(bodies.sort()).toEqual(indexed);
	});

	it('gives each entry its facets, derived from the content, and no Pagefind sort key or meta the result has another way', () => {
		for (const e of entries) {
			const { values, meta, sorts } = searchData(page(entryUrl(e.id)));
			// The address gives the id and kind, the facets the type and force, `datetime` the date.
			for (const k of ['id', 'kind', 'type', 'force', 'date']) expect(meta, `${e.id}: ${k}`).not.toHaveProperty(k);
			// Only entity pages carry the kind (search asks for entries as "not Entities").
			expect(values('kind'), e.id).toEqual([]);
			expect(values('type'), e.id).toEqual([typeLabel(e.data.type)]);
			expect(values('force'), e.id).toEqual([FORCE_LABELS[forceOf(e.data.type)]]);
			expect(values('year'), e.id).toEqual([e.data.date.slice(0, 4)]);
			expect(values('agency').length, `${e.id} has an acting body`).toBeGreaterThan(0);
			expect(values('agency'), e.id).toEqual(actingBodies(byId, e));
			expect(values('entity').sort(), e.id).toEqual(
				[...entityRoles(e).keys()].map((id) => byId.get(id)!.data.name).sort(),
			);
			// Date orders are a file of their own (below), not Pagefind sorts loaded with every query.
			expect(sorts, e.id).toEqual([]);
		}
	});

	it('finds an entry by the aliases of every entity it concerns, in every script', () => {
		for (const e of entries) {
			const { meta } = searchData(page(entryUrl(e.id)));
			const words = new Set(meta['names']!.split(' '));
			for (const id of entityRoles(e).keys())
				for (const a of byId.get(id)!.data.aliases)
					for (const w of a.name.split(/\s+/)) expect(words.has(w), `${e.id}: ${a.name}`).toBe(true);
		}
	});

	it('gives each entity page its name as a facet value and its aliases; later pages are not indexed', () => {
		for (const en of entities) {
			const { body, values, meta, sorts } = searchData(page(entityUrl(en.id)));
			expect(body, en.id).toBeTruthy();
			expect(values('kind'), en.id).toEqual(['Entities']);
			expect(values('entity'), en.id).toEqual([en.data.name]);
			expect(sorts, en.id).toEqual([]);
			// Its own names (not those of entities its entries concern), traditional and simplified.
			for (const a of en.data.aliases) expect(meta['ownnames'], `${en.id}: ${a.name}`).toContain(a.name);
		}
		const later = allPages().filter((p) => /^\/entities\/[^/]+\/page\/\d+\/$/.test(p));
		for (const p of later) expect(page(p).querySelector('[data-pagefind-body]'), p).toBeNull();
		expect(later.every((p) => entities.some((en) => p.startsWith(entityPageUrl(en.id))))).toBe(true);
	});

	it('keeps page furniture out of the indexed text', () => {
		// Any entry will do: the letter with the most asks, or else the first entry.
		const sample = [...entries].sort((a, b) => b.data.asks.length - a.data.asks.length)[0]!;
		const f = fragments().find((x) => x.url === entryUrl(sample.id))!;
		expect(f.content).not.toMatch(/Related entries/);
		// The facet and meta block is read for filters, not indexed as words; nor is the header's
		// list of facts, whose labels Pagefind would glue to their values.
		const actor = entities.find((en) => en.id === sample.data.actors[0])!.data.name.split(' ')[0]!;
		expect(f.content).not.toMatch(new RegExp(`Congressional request|Official citation|By${actor}`));
		// On entity pages, the labels of the facts and the alias languages are furniture too.
		for (const en of entities.filter((x) => x.data.identifiers.website || x.data.aliases.length)) {
			const text = fragments().find((x) => x.url === entityUrl(en.id))!.content;
			expect(text, en.id).not.toMatch(/Website|Also known as|Part of|Subsidiaries|Latest entry|\(Pinyin\)|\(English\)/);
			for (const a of en.data.aliases) expect(text, `${en.id}: ${a.name}`).toContain(a.name);
		}
	});

	it('puts every indexed page in date order: entries by date, entities by their latest entry, undated last', () => {
		const order: { ids: string[]; undated: number } = JSON.parse(
			readFileSync(join(DIST, 'search', 'date-order.json'), 'utf8'),
		);
		const byHash = new Map(fragments().map((f) => [f.hash, f]));
		expect([...order.ids].sort()).toEqual([...byHash.keys()].sort());
		const dateOf = (url: string): string | undefined => {
			const e = entries.find((x) => entryUrl(x.id) === url);
			if (e) return e.data.date;
			const en = entities.find((x) => entityUrl(x.id) === url)!;
			return (corpus.byEntity.get(en.id) ?? [])
				.map((x) => x.entry.data.date)
				.sort()
				.at(-1);
		};
		const dates = order.ids.map((h) => dateOf(byHash.get(h)!.url));
		const dated = dates.slice(0, dates.length - order.undated);
		expect(dated.every((d, i) => d !== undefined && (i === 0 || dated[i - 1]! >= d))).toBe(true);
		expect(dates.slice(dated.length).every((d) => d === undefined)).toBe(true);
		expect(order.undated).toBe(entities.filter((en) => !corpus.byEntity.get(en.id)?.length).length);
	});

	it("maps every entry page's result id to its entry id, and nothing else", () => {
		const map: Record<string, string> = JSON.parse(readFileSync(join(DIST, 'search', 'entry-ids.json'), 'utf8'));
		expect(Object.values(map).sort()).toEqual(entries.map((e) => e.id).sort());
		const byHash = new Map(fragments().map((f) => [f.hash, f]));
		for (const [hash, id] of Object.entries(map)) expect(byHash.get(hash)?.url, hash).toBe(entryUrl(id));
	});
});

describe('search JavaScript', () => {
	it('is one external module on the search page, with no inline script or style', () => {
		const doc = page(searchUrl());
		const scripts = doc.querySelectorAll('script');
		expect(scripts.every((s) => s.getAttribute('src') && !s.text.trim())).toBe(true);
		expect(scripts.filter((s) => s.getAttribute('type') === 'module')).toHaveLength(1);
		expect(doc.querySelectorAll('[style], style')).toHaveLength(0);
		expect(doc.querySelector('#search-download')?.childNodes.length).toBe(0);
	});

	it('is on no other page', () => {
		// The name check (/screen/) and the change log's date field (/changes/) have modules of
		// their own, which carry no search code.
		const own = new Set(['/screen/', '/changes/']);
		for (const p of allPages().filter((x) => x !== searchUrl() && !own.has(x))) {
			const html = readFileSync(join(DIST, p, p.endsWith('/') ? 'index.html' : ''), 'utf8');
			expect(html, p).not.toMatch(/pagefind\.js|\/_astro\/[^"]+\.js|type="module"/);
		}
		for (const page of own) {
			const html = readFileSync(join(DIST, page, 'index.html'), 'utf8');
			const modules = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]!);
			expect(modules, page).toHaveLength(1);
			expect(readFileSync(join(DIST, modules[0]!), 'utf8'), page).not.toMatch(/pagefind/);
		}
	});
});
