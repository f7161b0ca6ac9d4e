/**
 * Reading without trouble: the timeline's structure as the accessibility tree gives it to a
 * screen reader (year headings, ordered lists, dated entries), no motion for readers who ask
 * for none, and text at 200% without losing anything at desktop and phone widths.
 */
import { expect, test, type Page } from '@playwright/test';
import { PAGE_SIZE } from '../../src/lib/views/pagination.ts';
import type { Entry } from '../../src/lib/model/schema.ts';
import { content } from '../helpers/site.ts';

const { entries, entities } = content();

/** Newest first, as a reader expects the front page: by date, then id, descending (code points). */
const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
const newest = [...entries].sort((a, b) => cmp(b.data.date, a.data.date) || cmp(b.id, a.id));
const byYear = (list: Entry[]) => {
	const m = new Map<string, Entry[]>();
	for (const e of list) m.set(e.data.date.slice(0, 4), [...(m.get(e.data.date.slice(0, 4)) ?? []), e]);
	return m;
};
/** A node of an aria snapshot template, YAML-quoted (titles may hold ": " or quotes). */
const node = (role: string, name: string, attrs = '') =>
	`'${`${role} ${JSON.stringify(name)}${attrs}`.replace(/'/g, "''")}'`;

// Pages with the most to go wrong: the entry with the most sources, the busiest entity.
const richEntry = [...entries].sort(
	(a, b) => b.data.sources.length + b.data.designations.length - (a.data.sources.length + a.data.designations.length),
)[0]!;
const mentions = (id: string) => entries.filter((e) => JSON.stringify(e.data).includes(`"${id}"`)).length;
const busyEntity = [...entities].sort((a, b) => mentions(b.id) - mentions(a.id))[0]!;

test.describe('the timeline in the accessibility tree', () => {
	test('each year is a level-2 heading over a list of its entries, each with a date and a level-3 title link', async ({
		page,
	}) => {
		await page.goto('/');
		const years = byYear(newest.slice(0, PAGE_SIZE));
		expect(years.size).toBeGreaterThan(1);
		for (const [year, list] of years) {
			const heading = page.getByRole('heading', { level: 2, name: new RegExp(`^${year}\\b`) });
			await expect(heading).toHaveCount(1);
			const section = heading.locator('xpath=parent::section');
			const items = list.map(
				(e) =>
					`    - listitem:\n      - time\n      - ${node('heading', e.data.title, ' [level=3]')}:\n        - ${node('link', e.data.title)}`,
			);
			await expect(section).toMatchAriaSnapshot(
				`- heading /^${year}\\b/ [level=2]\n- list:\n    - /children: equal\n${items.join('\n')}`,
			);
			// An ordered list, and each date machine-readable in <time datetime>, at the entry's precision.
			const dates = await section
				.locator(':scope > ol > li')
				.evaluateAll((lis) => lis.map((li) => li.querySelector('time')?.getAttribute('datetime') ?? ''));
			expect(dates).toHaveLength(list.length);
			dates.forEach((d, i) => {
				expect(d, list[i]!.id).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
				expect(list[i]!.data.date.startsWith(d), `${list[i]!.id}: datetime="${d}"`).toBe(true);
			});
		}
	});

	test('an entity page has its own timeline under the same structure, below its h1', async ({ page }) => {
		await page.goto(`/entities/${busyEntity.id}/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
		const yearHeadings = page.locator('h2[id^="e-y"]');
		expect(await yearHeadings.count()).toBeGreaterThan(0);
		for (const h of await yearHeadings.all()) {
			await expect(h).toHaveRole('heading');
			const ol = h.locator('xpath=parent::section').locator(':scope > ol');
			await expect(ol).toHaveRole('list');
			expect(await ol.locator(':scope > li time[datetime]').count()).toBe(await ol.locator(':scope > li').count());
		}
	});
});

/** Elements that move: animations, transitions, smooth scrolling. */
const moving = (page: Page) =>
	page.evaluate(() =>
		[...document.querySelectorAll('*')].flatMap((el) =>
			[null, '::before', '::after'].flatMap((pseudo) => {
				const cs = getComputedStyle(el, pseudo);
				const what = [
					cs.animationName !== 'none' &&
						cs.animationDuration.split(',').some((d) => parseFloat(d) > 0) &&
						`animation ${cs.animationName}`,
					cs.transitionDuration.split(',').some((d) => parseFloat(d) > 0) && `transition ${cs.transitionProperty}`,
					cs.scrollBehavior === 'smooth' && 'smooth scrolling',
				].filter(Boolean);
				return what.length
					? [`${el.tagName.toLowerCase()}${pseudo ?? ''}${el.id ? `#${el.id}` : ''}: ${what.join(', ')}`]
					: [];
			}),
		),
	);

/**
 * Activate a year link and record every scroll position until the page has been still for
 * half a second: an instant jump gives one position, a smooth scroll a series of them.
 */
const jumpToYear = (page: Page) =>
	page.evaluate(
		() =>
			new Promise<{ positions: number[]; top: number }>((done) => {
				const links = document.querySelectorAll<HTMLAnchorElement>('nav[aria-label="Years"] a');
				const link = links[Math.floor(links.length / 2)]!; // mid-page: the page can scroll it to the top
				const target = document.getElementById(link.hash.slice(1))!;
				const positions: number[] = [];
				let timer = setTimeout(finish, 1500);
				function finish() {
					removeEventListener('scroll', onScroll);
					done({ positions, top: target.getBoundingClientRect().top });
				}
				function onScroll() {
					positions.push(scrollY);
					clearTimeout(timer);
					timer = setTimeout(finish, 500);
				}
				addEventListener('scroll', onScroll);
				link.click();
			}),
	);

test.describe('reduced motion', () => {
	test('asked for, nothing moves: no animation, transition or smooth scroll, and a year jump lands at once', async ({
		page,
	}) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		for (const path of ['/', `/entries/${richEntry.id}/`, `/entities/${busyEntity.id}/`]) {
			await page.goto(path);
			expect(await moving(page), path).toEqual([]);
		}
		await page.goto('/');
		const { positions, top } = await jumpToYear(page);
		expect(new Set(positions).size, `scroll positions on the way: ${positions.join(', ')}`).toBe(1);
		expect(top).toBeLessThan(80);
	});

	test('not asked for, the year jump scrolls smoothly (so the test above can tell the difference)', async ({
		page,
	}) => {
		await page.emulateMedia({ reducedMotion: 'no-preference' });
		await page.goto('/');
		expect(await moving(page)).toContain('html: smooth scrolling');
		const { positions, top } = await jumpToYear(page);
		expect(new Set(positions).size, 'the scroll passes through positions on the way').toBeGreaterThan(1);
		expect(top).toBeLessThan(80);
	});
});

/** Elements whose box sticks out past the right edge of the window, or that are clipped. */
const overflow = (page: Page) =>
	page.evaluate(() => {
		const width = document.documentElement.clientWidth;
		const hidden = (el: Element) =>
			!!el.closest('.visually-hidden, [hidden], .skip-link, details:not([open]) > :not(summary)');
		// What overflows inside a box that scrolls sideways (a wide data table) is reachable by
		// scrolling that box, which must then be reachable by keyboard (focusable).
		const scrollers = [...document.body.querySelectorAll('*')].filter((el) =>
			/auto|scroll/.test(getComputedStyle(el).overflowX),
		);
		const out: string[] = [];
		for (const box of scrollers) {
			if (
				box.scrollWidth > box.clientWidth + 1 &&
				!(box as HTMLElement).matches('[tabindex]:not([tabindex="-1"])') &&
				!box.querySelector('a[href], button, input, [tabindex]')
			) {
				out.push(`${box.tagName.toLowerCase()}.${box.className} scrolls sideways but cannot be reached by keyboard`);
			}
		}
		for (const el of document.body.querySelectorAll('*')) {
			if (hidden(el) || scrollers.some((box) => box !== el && box.contains(el))) continue;
			const r = el.getBoundingClientRect();
			if (r.width === 0 || r.height === 0) continue;
			const name = `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
			if (r.right > width + 1 || r.left < -1)
				out.push(`${name} spans ${Math.round(r.left)}–${Math.round(r.right)} of ${width}px`);
			const cs = getComputedStyle(el);
			if (/hidden|clip/.test(cs.overflowX) && el.scrollWidth > el.clientWidth + 1)
				out.push(`${name} clips its content (${el.scrollWidth} > ${el.clientWidth}px)`);
		}
		return {
			scrollWidth: document.documentElement.scrollWidth,
			width,
			out,
			fontSize: parseFloat(getComputedStyle(document.body).fontSize),
		};
	});

test.describe('text at 200%', () => {
	const pages = [
		{
			path: '/',
			key: ['h1', 'nav[aria-label="Main"] a', 'nav[aria-label="Years"] a', '.entry-row h3 a', 'figure.chart svg'],
		},
		{ path: `/entries/${richEntry.id}/`, key: ['h1', '.narrative p', 'ol.sources li', 'ol.sources a'] },
		{ path: `/entities/${busyEntity.id}/`, key: ['h1', 'figure.chart svg', '.entry-row h3 a'] },
	];
	for (const width of [1280, 320]) {
		for (const { path, key } of pages) {
			test(`${path} at ${width}px: nothing sticks out or is cut off, key content is on the page`, async ({ page }) => {
				await page.setViewportSize({ width, height: 900 });
				await page.goto(path);
				const before = await overflow(page);
				// Text zoom, as a reader's browser setting does it: the root font size.
				await page.evaluate(() => void (document.documentElement.style.fontSize = '200%'));
				const after = await overflow(page);
				expect(after.fontSize, 'text is twice the size').toBeCloseTo(before.fontSize * 2, 0);
				expect(after.out, `${path} at ${width}px with 200% text`).toEqual([]);
				expect(after.scrollWidth, 'no horizontal scrolling').toBeLessThanOrEqual(after.width);
				// The skip link stays wholly out of view until focused, however tall the text makes it.
				await expect(page.locator('.skip-link')).not.toBeInViewport();
				for (const sel of key) {
					const el = page.locator(`main ${sel}, header ${sel}`).first();
					await expect(el, `${sel} on ${path}`).toBeVisible();
					const box = (await el.boundingBox())!;
					expect(box.x, `${sel} starts inside the window`).toBeGreaterThanOrEqual(0);
					expect(box.x + box.width, `${sel} ends inside the window`).toBeLessThanOrEqual(after.width + 1);
				}
			});
		}
	}
});
