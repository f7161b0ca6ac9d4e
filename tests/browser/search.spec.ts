/**
 * Search in a real Chromium against the built site, under the Content-Security-Policy the site
 * will ship. Expectations come from the content files (entities, their aliases, the entries
 * that concern them), not from lists of results.
 */
import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import { actingBodies } from '../../src/lib/derive/agencies.ts';
import { buildCorpus, entityRoles } from '../../src/lib/derive/corpus.ts';
import { loadContent } from '../../src/lib/node/content-files.ts';
import { FORCE_LABELS, forceOf, typeLabel } from '../../src/lib/model/vocab.ts';
import { entityUrl, entryUrl } from '../../src/lib/site/urls.ts';
import { axeRun } from './axe.ts';

const { entries, entities } = loadContent(join(import.meta.dirname, '../..'));
const corpus = buildCorpus(entries, entities);
const entityByName = new Map(entities.map((e) => [e.data.name, e]));
const entryByUrl = new Map(entries.map((e) => [entryUrl(e.id), e]));
const concerns = (entityId: string) => (corpus.byEntity.get(entityId) ?? []).map((x) => entryUrl(x.entry.id));

const CSP =
	"default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; object-src 'none'; base-uri 'none'";

declare global {
	interface Window {
		__results: { entryCount: number; query: string; url: string }[];
		__details: { loadEntryIds: () => Promise<string[]> }[];
	}
}

/**
 * The responses whose headers carry a policy the browser applies: pages (an address ending in `/`
 * or `.html`, with any query) and Pagefind's worker script (a worker runs under the policy of its
 * own response). Only these are routed to add the CSP: a routed request makes a round trip
 * through this process (fetched here, then fulfilled), and one search fetches dozens of index
 * chunks and fragments, whose headers hold no policy the browser would apply.
 */
const CARRIES_POLICY = /^[^?#]*(?:\/|\.html|\/pagefind-worker\.js)(?:[?#].*)?$/;

let problems: string[];
test.beforeEach(async ({ page, context }) => {
	problems = [];
	page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
	page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
	page.on('dialog', (d) => (problems.push(`dialog: ${d.message()}`), void d.dismiss()));
	await context.route(CARRIES_POLICY, async (route) => {
		// A reused keep-alive connection that the server closed meanwhile is reset (ECONNRESET on a
		// slow, loaded machine): send the request again once, as a browser does for a GET.
		const response = await route
			.fetch()
			.catch((e: Error) => (/ECONNRESET|socket hang up/.test(e.message) ? route.fetch() : Promise.reject(e)));
		await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': CSP } });
	});
	await page.addInitScript(() => {
		window.__results = [];
		window.__details = [];
		document.addEventListener('tracker:results', (e) => {
			const { entryCount, query, url } = (e as CustomEvent).detail;
			window.__results.push({ entryCount, query, url });
			window.__details.push((e as CustomEvent).detail);
		});
	});
});
test.afterEach(async ({ context }) => {
	// Requests still in flight when a test ends (a favicon after the last navigation) are not failures.
	await context.unrouteAll({ behavior: 'ignoreErrors' });
	expect(problems).toEqual([]);
});

/** Wait until the search has rendered the state in the current URL. */
async function settled(page: Page): Promise<void> {
	await page.waitForFunction(() => {
		const last = window.__results.at(-1);
		return last?.url === location.href && !document.querySelector('tracker-search')?.hasAttribute('aria-busy');
	});
}

/** Type a query into the search box and wait until the search for it has rendered. */
async function search(page: Page, q: string): Promise<void> {
	await page.locator('#site-search').fill(q);
	// The URL carries the query, and the last render announced is for that URL: one wait, in the page.
	await page.waitForFunction((q) => {
		const last = window.__results.at(-1);
		return (
			new URL(location.href).searchParams.get('q') === q &&
			last?.url === location.href &&
			!document.querySelector('tracker-search')?.hasAttribute('aria-busy')
		);
	}, q);
}

/**
 * Every result, all pages of them: "Show more" clicked until it hides, in the page (one round
 * trip, not a few a click), each click waited for by the list growing.
 */
async function results(page: Page): Promise<{ href: string; type: string; datetime: string | null }[]> {
	return page.evaluate(async () => {
		const list = document.querySelector('.search-list')!;
		const more = document.querySelector<HTMLButtonElement>('button.search-more')!;
		while (more.checkVisibility()) {
			const n = list.children.length;
			const grown = new Promise<void>((resolve, reject) => {
				// Each page of results fetches its fragments: slow on a loaded machine.
				const timer = setTimeout(
					() => reject(new Error(`"Show more" added no result to the ${n} shown in 30 s`)),
					30_000,
				);
				const seen = new MutationObserver(() => {
					if (list.children.length === n) return;
					seen.disconnect();
					clearTimeout(timer);
					resolve();
				});
				seen.observe(list, { childList: true });
			});
			more.click();
			await grown;
		}
		return [...list.querySelectorAll(':scope > li')].map((li) => ({
			href: li.querySelector('h3 a')!.getAttribute('href')!,
			type: li.querySelector('.type')!.textContent!,
			datetime: li.querySelector('.result-meta time')?.getAttribute('datetime') ?? null,
		}));
	});
}

/** Open every facet's panel (each loads its data then) and wait until all show their options. */
async function openFacets(page: Page): Promise<void> {
	for (const key of ['kind', 'force', 'type', 'agency', 'entity', 'year']) {
		const box = page.locator(`details[data-facet-box="${key}"]`);
		if (await box.evaluate((d) => !(d as HTMLDetailsElement).open && !(d as HTMLElement).hidden))
			await box.locator('summary').click();
		await expect(box.locator('.facet-loading')).toHaveCount(0);
	}
	await expect(page.locator('.facet-loading')).toHaveCount(0);
	await settled(page);
}

/** The count shown beside a facet value. */
async function shownCount(page: Page, facet: string, value: string): Promise<number> {
	const label = page
		.locator(`fieldset[data-facet="${facet}"] label`)
		.filter({ has: page.locator(`input[value="${value.replace(/"/g, '\\"')}"]`) });
	return Number(/\((\d+)\)/.exec((await label.textContent()) ?? '')?.[1]);
}

test.describe('aliases in any script', () => {
	// The examples: each query, and the entity whose name or alias it is (or begins).
	const cases: [string, string][] = [
		['华为云', 'huawei-cloud'],
		['Huawei Cloud', 'huawei-cloud'],
		['阿里云', 'alibaba-cloud'],
		['Aliyun', 'alibaba-cloud'],
		['Alibaba Cloud', 'alibaba-cloud'],
		['北京邮电大学', 'bupt'],
		['BUPT', 'bupt'],
		['长沙天仪空间科技研究院', 'spacety-china'],
		['Spacety', 'spacety-china'],
		['天算', 'tiansuan-constellation'],
		['Tiansuan', 'tiansuan-constellation'],
	];
	test('find the entity first, then the entries that concern it', async ({ page }) => {
		await page.goto('/search/');
		for (const [q, id] of cases) {
			const e = corpus.entityById.get(id)!;
			// The query is the entity's name or one of its aliases, or the beginning of one.
			expect(
				[e.data.name, e.data.shortName, ...e.data.aliases.map((a) => a.name)].some((n) => n?.startsWith(q)),
				q,
			).toBe(true);
			await search(page, q);
			const hrefs = (await results(page)).map((r) => r.href);
			const own = concerns(id);
			expect(own.length, `${id} has entries`).toBeGreaterThan(0);
			expect(hrefs[0], q).toBe(entityUrl(id));
			expect(new Set(hrefs.slice(1, 1 + own.length)), q).toEqual(new Set(own));
		}
	});

	test('find every entity by every one of its aliases, and by any part of a Han alias', async ({ page }) => {
		test.setTimeout(180_000);
		await page.goto('/search/');
		for (const e of entities) {
			const han = e.data.aliases.filter((a) => /\p{Script=Han}/u.test(a.name)).map((a) => [...a.name]);
			const parts = han.filter((c) => c.length >= 3).map((c) => c.slice(1, -1).join(''));
			for (const q of [...new Set([...e.data.aliases.map((a) => a.name), ...parts])]) {
				await search(page, q);
				const hrefs = (await results(page)).map((r) => r.href);
				expect(hrefs, `${e.id}: ${q}`).toContain(entityUrl(e.id));
				for (const url of concerns(e.id)) expect(hrefs, `${e.id}: ${q} → ${url}`).toContain(url);
			}
		}
	});
});

test.describe('names as people type them, and what comes first', () => {
	const cloud = corpus.entityById.get('huawei-cloud')!;
	// English, simplified, traditional (made at build time), pinyin with and without spaces and
	// tone marks, a part of the Han name.
	const queries = ['Huawei Cloud', '华为云', '華為雲', 'Huawei Yun', 'huaweiyun', 'Huáwéi Yún', '为云'];
	test('find the entity first, then its entries, in any script', async ({ page }) => {
		expect(cloud.data.aliases.map((a) => a.name)).toEqual(expect.arrayContaining(['华为云']));
		await page.goto('/search/');
		for (const q of queries) {
			await search(page, q);
			const hrefs = (await results(page)).map((r) => r.href);
			expect(hrefs[0], q).toBe(entityUrl(cloud.id));
			// Entries that concern it come before any that do not (on the first page of results).
			const own = new Set(concerns(cloud.id));
			const firstPage = hrefs.slice(1, 20);
			const lastOwn = firstPage.map((h) => own.has(h)).lastIndexOf(true);
			const firstOther = firstPage.findIndex((h) => !own.has(h));
			if (firstOther >= 0 && lastOwn >= 0) expect(lastOwn, `${q}: ${firstPage.join(' ')}`).toBeLessThan(firstOther);
		}
	});
	test('an entity page matches on its own names and description, not its timeline', async ({ page }) => {
		await page.goto('/search/');
		for (const q of ['huawei', 'alibaba']) {
			await search(page, q);
			for (const r of await results(page)) {
				if (!r.href.startsWith('/entities/')) continue;
				const e = entities.find((x) => entityUrl(x.id) === r.href)!;
				const own = [
					e.data.name,
					e.data.shortName,
					e.data.description,
					e.data.role,
					...e.data.aliases.map((a) => a.name),
				]
					.join(' ')
					.toLowerCase();
				expect(own, `${q} → ${e.id}`).toContain(q);
			}
		}
	});
	test('excerpts come from the text, never from labels or hidden blocks', async ({ page }) => {
		await page.goto('/search/');
		const labels =
			/Also known as|Part of|Subsidiaries|Latest entry|Official citation|is any parent or subsidiary|Entities|\(Chinese|Pinyin\)|^\s*·/;
		for (const q of ['huawei', '华为云', 'entity list', 'sanctions', 'senator']) {
			await search(page, q);
			const excerpts = await page.locator('.search-list .excerpt').allTextContents();
			expect(excerpts.length, q).toBeGreaterThan(0);
			for (const x of excerpts) expect(x, q).not.toMatch(labels);
			// Nothing of the hidden name expansion (Han suffixes, names run together) shows.
			for (const x of excerpts) expect(x, q).not.toMatch(/HuaweiYun|HuaweiCloud|華爲雲/);
		}
	});
});

test('finds an entry by its official citation, and shows it', async ({ page }) => {
	await page.goto('/search/');
	const cited = entries.filter((e) => e.data.citation.length > 0);
	expect(cited.length).toBeGreaterThan(0);
	for (const e of cited) {
		for (const c of e.data.citation) {
			await search(page, c);
			const item = page.locator('.search-list > li').filter({ has: page.locator(`h3 a[href="${entryUrl(e.id)}"]`) });
			await expect(item, `${e.id}: ${c}`).toHaveCount(1);
			await expect(item.locator('.citation')).toContainText(c);
		}
	}
});

test.describe('facets', () => {
	test('count what the content holds, with entries only', async ({ page }) => {
		await page.goto('/search/?kind=Entries');
		await settled(page);
		await openFacets(page);
		const tally = (values: string[]) =>
			values.reduce<Record<string, number>>((t, v) => ((t[v] = (t[v] ?? 0) + 1), t), {});
		const expected: Record<string, Record<string, number>> = {
			type: tally(entries.map((e) => typeLabel(e.data.type))),
			force: tally(entries.map((e) => FORCE_LABELS[forceOf(e.data.type)])),
			year: tally(entries.map((e) => e.data.date.slice(0, 4))),
			agency: tally(entries.flatMap((e) => actingBodies(corpus.entityById, e))),
			entity: tally(
				entries.flatMap((e) => [...entityRoles(e).keys()].map((id) => corpus.entityById.get(id)!.data.name)),
			),
		};
		for (const [facet, counts] of Object.entries(expected)) {
			const set = page.locator(`fieldset[data-facet="${facet}"]`);
			const more = set.locator('button.facet-more');
			if (await more.isVisible()) await more.click();
			const shown = await set
				.locator('label')
				.evaluateAll((ls) =>
					ls.map((l) => [l.querySelector('input')!.value, Number(/\((\d+)\)/.exec(l.textContent!)![1])]),
				);
			expect(Object.fromEntries(shown), facet).toEqual(counts);
		}
	});

	test('each narrows the results to what its count says, and facets combine', async ({ page }) => {
		test.setTimeout(240_000);
		const holds: Record<string, (href: string, value: string) => boolean> = {
			kind: (href, v) => (v === 'Entries') === href.startsWith('/entries/'),
			type: (href, v) => typeLabel(entryByUrl.get(href)!.data.type) === v,
			force: (href, v) => FORCE_LABELS[forceOf(entryByUrl.get(href)!.data.type)] === v,
			year: (href, v) => entryByUrl.get(href)!.data.date.startsWith(v),
			agency: (href, v) => actingBodies(corpus.entityById, entryByUrl.get(href)!).includes(v),
			entity: (href, v) => {
				const e = entityByName.get(v)!;
				return href === entityUrl(e.id) || (entryByUrl.has(href) && entityRoles(entryByUrl.get(href)!).has(e.id));
			},
		};
		await page.goto('/search/?q=cloud');
		await settled(page);
		await openFacets(page);
		const all = (await results(page)).length;
		for (const facet of Object.keys(holds)) {
			const first = page.locator(`fieldset[data-facet="${facet}"] input[type="checkbox"]`).first();
			const value = await first.inputValue();
			const count = await shownCount(page, facet, value);
			await first.check();
			await page.waitForURL((u) => u.searchParams.getAll(facet).includes(value));
			await settled(page);
			const hrefs = (await results(page)).map((r) => r.href);
			expect(hrefs.length, `${facet}=${value}`).toBe(count);
			expect(hrefs.length).toBeLessThanOrEqual(all);
			for (const href of hrefs) expect(holds[facet]!(href, value), `${facet}=${value}: ${href}`).toBe(true);
			await page.goBack();
			await settled(page);
			await openFacets(page);
			expect((await results(page)).length).toBe(all);
		}
		// Two facets together: every result satisfies both, and the count shown for the second is what it gives.
		await page.goto(`/search/?q=cloud&force=${encodeURIComponent('Binding action')}`);
		await settled(page);
		await openFacets(page);
		const year = page.locator('fieldset[data-facet="year"] input[type="checkbox"]').first();
		const y = await year.inputValue();
		const expectedCount = await shownCount(page, 'year', y);
		await year.check();
		await page.waitForURL((u) => u.searchParams.get('year') === y);
		await settled(page);
		const both = (await results(page)).map((r) => r.href);
		expect(both.length).toBe(expectedCount);
		for (const href of both)
			expect(holds['force']!(href, 'Binding action') && holds['year']!(href, y), href).toBe(true);
	});
});

test.describe('sorting', () => {
	const isSorted = (dates: string[], order: 'newest' | 'oldest') =>
		dates.every((d, i) => i === 0 || (order === 'newest' ? dates[i - 1]! >= d : dates[i - 1]! <= d));

	for (const order of ['newest', 'oldest'] as const) {
		test(`orders by date, ${order} first, and no page vanishes`, async ({ page }) => {
			// Every result of three searches, ten a click: slow on a loaded machine.
			test.slow();
			await page.goto(`/search/?kind=Entries&sort=${order}`);
			await settled(page);
			const entryResults = await results(page);
			expect(entryResults.map((r) => r.href).sort()).toEqual(entries.map((e) => entryUrl(e.id)).sort());
			expect(
				isSorted(
					entryResults.map((r) => entryByUrl.get(r.href)!.data.date),
					order,
				),
			).toBe(true);
			await expect(page.locator('#search-sort')).toHaveValue(order);

			await page.goto(`/search/?kind=Entities&sort=${order}`);
			await settled(page);
			const entityResults = (await results(page)).map((r) => r.href);
			expect(entityResults.length).toBe(entities.length);
			// Entities with no entries have no date: they come last, whichever the order.
			const undated = entities.filter((e) => concerns(e.id).length === 0).map((e) => entityUrl(e.id));
			expect(new Set(entityResults.slice(entityResults.length - undated.length))).toEqual(new Set(undated));
			const span = (id: string) => (corpus.byEntity.get(id) ?? []).map((x) => x.entry.data.date).sort();
			const keys = entityResults.slice(0, entityResults.length - undated.length).map((href) => {
				// An entity is dated by its latest entry.
				return span(entities.find((e) => entityUrl(e.id) === href)!.id).at(-1)!;
			});
			expect(isSorted(keys, order)).toBe(true);

			// (Entries and entities: with "Show: Entities" still chosen, only the few entities named
			// Huawei would match, since an entity page is found by its own names only.)
			await page.goto(`/search/?q=huawei&sort=${order}`);
			await settled(page);
			const withQuery = await results(page);
			const dates = withQuery.map((r) => r.datetime).filter((d): d is string => d !== null);
			expect(withQuery.length).toBeGreaterThan(5);
			expect(isSorted(dates, order)).toBe(true);
		});
	}
});

test('a shared URL restores query, facets and sort, and the back button walks back', async ({ page }) => {
	const type = 'Entity List rule';
	await page.goto(`/search/?q=huawei&type=${encodeURIComponent(type)}&sort=oldest`);
	await settled(page);
	await expect(page.locator('#site-search')).toHaveValue('huawei');
	await expect(page.locator('#search-sort')).toHaveValue('oldest');
	await expect(page.locator(`fieldset[data-facet="type"] input[value="${type}"]`)).toBeChecked();
	const restored = await results(page);
	expect(restored.every((r) => r.type === type)).toBe(true);
	const dates = restored.map((r) => r.datetime!);
	expect(dates).toEqual([...dates].sort());

	await page.locator('#search-sort').selectOption('newest');
	await page.waitForURL(/sort=newest/);
	await settled(page);
	await search(page, 'huawei cloud');
	await page.goBack();
	await settled(page);
	await expect(page.locator('#site-search')).toHaveValue('huawei');
	await expect(page.locator('#search-sort')).toHaveValue('newest');
	await page.goBack();
	await settled(page);
	await expect(page.locator('#search-sort')).toHaveValue('oldest');
	await expect(page.locator(`fieldset[data-facet="type"] input[value="${type}"]`)).toBeChecked();
	expect((await results(page)).map((r) => r.href)).toEqual(restored.map((r) => r.href));
	await page.goForward();
	await settled(page);
	await expect(page.locator('#search-sort')).toHaveValue('newest');
});

test('works from the keyboard alone', async ({ page }) => {
	await page.goto('/');
	await page.keyboard.press('/');
	await expect(page.locator('#site-search')).toBeFocused();
	await page.keyboard.type('huawei');
	await page.keyboard.press('Enter');
	await page.waitForURL(/\/search\/\?q=huawei$/);
	await settled(page);
	// On the search page, "/" comes back to its own box.
	await page.locator('h1').click();
	await page.keyboard.press('/');
	await expect(page.locator('#site-search')).toBeFocused();

	const tabTo = async (selector: string) => {
		for (let i = 0; i < 200; i++) {
			await page.keyboard.press('Tab');
			if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
		}
		throw new Error(`could not tab to ${selector}`);
	};
	await tabTo('fieldset input[type="checkbox"]');
	const first = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
	await page.keyboard.press('Space');
	await page.waitForURL((u) => [...u.searchParams.values()].includes(first));
	await settled(page);
	await expect(page.locator(`fieldset input[value="${first}"]`)).toBeChecked();
	await expect(page.locator(`fieldset input[value="${first}"]`)).toBeFocused();
	await page.keyboard.press('Enter');
	await page.waitForURL((u) => ![...u.searchParams.values()].includes(first));
	await settled(page);
	await expect(page.locator(`fieldset input[value="${first}"]`)).not.toBeChecked();

	await tabTo('.search-list a');
	const href = await page.evaluate(() => document.activeElement!.getAttribute('href')!);
	await page.keyboard.press('Enter');
	await page.waitForURL((u) => u.pathname === href);
	await expect(page.locator('h1')).toBeVisible();
});

test('shows a hostile query as text, and says when nothing matches', async ({ page }) => {
	const q = '<img src=x onerror=alert(1)>';
	await page.goto(`/search/?q=${encodeURIComponent(q)}`);
	await settled(page);
	await expect(page.locator('.search-status')).toContainText(q);
	expect(await page.locator('tracker-search img').count()).toBe(0);
	expect(await page.title()).toContain(q);

	await search(page, 'zqxjv <b>bold</b>');
	await expect(page.locator('.search-status')).toHaveText('No results for “zqxjv <b>bold</b>”');
	const empty = page.locator('[data-when="empty"]');
	await expect(empty).toBeVisible();
	await expect(empty).toContainText('zqxjv <b>bold</b>');
	expect(await page.locator('tracker-search b').count()).toBe(0);
	await expect(empty.locator('a[href="/entities/"]')).toBeVisible();
});

test('announces every matching entry, in display order, for the download, and fetches the id map only then', async ({
	page,
}) => {
	const requests: string[] = [];
	page.on('request', (r) => requests.push(new URL(r.url()).pathname));
	await page.goto('/search/?kind=Entries&sort=oldest');
	await settled(page);
	const shown = (await results(page)).map((r) => entryByUrl.get(r.href)!.id);
	const detail = await page.evaluate(() => window.__results.at(-1)!);
	expect(detail.entryCount).toBe(entries.length);
	expect(detail.query).toBe('');
	expect(detail.url).toBe(page.url());
	expect(
		await page.evaluate(
			() =>
				(document.querySelector('tracker-search') as unknown as { lastResults: unknown }).lastResults ===
				window.__details.at(-1),
		),
	).toBe(true);
	// The id map is not part of a search: it is fetched when the ids are asked for.
	expect(requests.filter((p) => p.endsWith('/entry-ids.json') || p.endsWith('/names.json'))).toEqual([]);
	expect(await page.evaluate(() => window.__details.at(-1)!.loadEntryIds())).toEqual(shown);
	expect(requests.filter((p) => p.endsWith('/entry-ids.json'))).toHaveLength(1);
	// The download module (exports) fills the box under the count from this event.
	await expect(page.locator('#search-download button')).toHaveText(`Download these ${entries.length} entries as CSV`);

	await search(page, 'senators');
	const mixed = await results(page);
	const ids = await page.evaluate(() => window.__details.at(-1)!.loadEntryIds());
	expect(ids).toEqual(mixed.filter((r) => r.href.startsWith('/entries/')).map((r) => entryByUrl.get(r.href)!.id));
	// The list covers every matching entry even when only the first page is displayed.
	await page.goto('/search/?q=the');
	await settled(page);
	const all = await page.evaluate(() => window.__details.at(-1)!.loadEntryIds());
	expect(all.length).toBe(await page.evaluate(() => window.__results.at(-1)!.entryCount));
	expect(all.length).toBe(
		await page
			.locator('fieldset[data-facet="kind"] input[value="Entries"]')
			.evaluate((b) => Number(/\((\d+)\)/.exec(b.parentElement!.textContent!)![1])),
	);
});

test('loads Pagefind only when a search starts, and no search code on other pages', async ({ page }) => {
	const requests: string[] = [];
	page.on('request', (r) => requests.push(new URL(r.url()).pathname));
	for (const path of ['/', entryUrl(entries[0]!.id), entityUrl(entities[0]!.id), '/about/']) {
		await page.goto(path);
		await page.waitForLoadState('networkidle');
	}
	expect(
		requests.filter((p) => p.startsWith('/pagefind/') || p.startsWith('/search/') || /\/_astro\/.*\.js$/.test(p)),
	).toEqual([]);

	requests.length = 0;
	const response = await page.goto('/search/');
	expect(response!.headers()['content-security-policy'], "tests run under the site's policy").toBe(CSP);
	await page.waitForLoadState('networkidle');
	expect(requests.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
	// The search module is not loaded either: the element is not yet defined.
	expect(await page.evaluate(() => customElements.get('tracker-search'))).toBeUndefined();
	await page.locator('#site-search').focus();
	await page.waitForRequest((r) => r.url().includes('/pagefind/pagefind.js'));
	await page.keyboard.type('cloud');
	await page.waitForURL(/q=cloud/);
	await settled(page);
	expect(await page.locator('.search-list > li').count()).toBeGreaterThan(0);
});

test('without JavaScript, says search needs it and points to the timeline, entities and lists', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/search/?q=huawei');
	// (Playwright's text search skips <noscript>; CSS does not.)
	const note = page.locator('main noscript .callout');
	await expect(note).toBeVisible();
	await expect(note).toContainText('Search needs JavaScript');
	for (const href of ['/', '/entities/', '/lists/']) await expect(note.locator(`a[href="${href}"]`)).toBeVisible();
	await expect(page.locator('.search-layout')).toBeHidden();
	await context.close();
});

test('has no accessibility violations axe can find, with results, facets and an empty search', async ({ page }) => {
	test.setTimeout(180_000);
	await page.goto(`/search/?q=huawei&year=2020`);
	await settled(page);
	const withResults = await axeRun(page, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] } });
	expect(withResults.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
	await search(page, 'zqxjv');
	const empty = await axeRun(page, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] } });
	expect(empty.violations.map((v) => v.id)).toEqual([]);
});
