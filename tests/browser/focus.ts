/**
 * What a sighted keyboard user needs at every step: the focused element shows an indicator
 * (an outline or a box-shadow) whose colour stands out from what is behind it (3:1, WCAG
 * 1.4.11), it is on screen, and nothing sticky covers it (WCAG 2.4.11).
 */
import { expect, type Page } from '@playwright/test';

export interface FocusState {
	/** A short description of the focused element, for messages. */
	what: string;
	tag: string;
	inMain: boolean;
	indicator: 'outline' | 'box-shadow' | 'none';
	/** Contrast of the indicator's colour against the background behind the element. */
	contrast: number;
	onScreen: boolean;
	/** Whether the element is what is hit at its own centre (not covered by a sticky heading). */
	unobscured: boolean;
}

/** Read the focus state of `document.activeElement` in the page. */
export function focusState(page: Page): Promise<FocusState> {
	return page.evaluate(() => {
		// The focused element itself, also inside a custom element's shadow root.
		let el = document.activeElement as HTMLElement | SVGElement | null;
		while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement as HTMLElement;
		const up = (n: Node): Element | null =>
			n.parentElement ?? ((n.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
		if (!el || el === document.body)
			return {
				what: 'body',
				tag: 'body',
				inMain: false,
				indicator: 'none',
				contrast: 0,
				onScreen: false,
				unobscured: false,
			} as const;
		const rgb = (s: string): [number, number, number, number] => {
			const m = s.match(/[\d.]+/g)?.map(Number) ?? [0, 0, 0, 0];
			return [m[0] ?? 0, m[1] ?? 0, m[2] ?? 0, m[3] ?? 1];
		};
		const lum = ([r, g, b]: number[]) => {
			const f = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
			return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
		};
		const ratio = (a: number[], b: number[]) => {
			const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p) as [number, number];
			return (x + 0.05) / (y + 0.05);
		};
		// The background an outline is drawn over: the nearest ancestor's opaque background.
		let bg: [number, number, number, number] = [255, 255, 255, 1];
		for (let n: Element | null = up(el); n; n = up(n)) {
			const c = rgb(getComputedStyle(n).backgroundColor);
			if (c[3] > 0.5) {
				bg = c;
				break;
			}
		}
		const cs = getComputedStyle(el);
		let indicator: 'outline' | 'box-shadow' | 'none' = 'none';
		let colour = bg;
		if (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2) {
			indicator = 'outline';
			colour = rgb(cs.outlineColor);
		} else if (cs.boxShadow && cs.boxShadow !== 'none') {
			indicator = 'box-shadow';
			colour = rgb(cs.boxShadow);
		}
		const r = el.getBoundingClientRect();
		const onScreen =
			r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
		// Probe the middle of the first line box (a wrapped link's bounding box spans both lines).
		const line = el.getClientRects()[0] ?? r;
		const hit = document.elementFromPoint(
			Math.min(innerWidth - 1, Math.max(0, line.left + line.width / 2)),
			Math.min(innerHeight - 1, Math.max(0, line.top + line.height / 2)),
		);
		const main = document.querySelector('main');
		let inMain = false;
		for (let n: Element | null = up(el); n && !inMain; n = up(n)) inMain = n === main;
		const label = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60);
		return {
			what: `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}> "${label}"`,
			tag: el.tagName.toLowerCase(),
			inMain,
			indicator,
			contrast: ratio(colour, bg),
			onScreen,
			// A hit inside a shadow root is reported as its host.
			unobscured: !!hit && (hit === el || el.contains(hit) || (el.getRootNode() as ShadowRoot).host === hit),
		};
	});
}

/** Assert the focused element shows a visible, contrasting focus indicator and is not covered. */
export async function expectVisibleFocus(page: Page, step: string): Promise<FocusState> {
	// Moving focus scrolls the element into view, smoothly unless the reader asked for less
	// motion: give the scroll time to finish before judging what is on screen.
	let s = await focusState(page);
	for (let i = 0; i < 20 && !(s.onScreen && s.unobscured); i++) {
		await page.waitForTimeout(100);
		s = await focusState(page);
	}
	expect(s.tag, `${step}: something has focus`).not.toBe('body');
	expect(s.indicator, `${step}: ${s.what} shows a focus indicator`).not.toBe('none');
	expect(s.contrast, `${step}: ${s.what}'s focus indicator contrasts 3:1 with its background`).toBeGreaterThanOrEqual(
		3,
	);
	expect(s.onScreen, `${step}: ${s.what} is on screen`).toBe(true);
	expect(s.unobscured, `${step}: ${s.what} is not covered by another element`).toBe(true);
	return s;
}

/**
 * Press Tab until `done(state)` holds, checking the focus indicator at every stop; fails after
 * `max` presses. Returns the state where it stopped.
 */
export async function tabUntil(
	page: Page,
	done: (s: FocusState) => boolean | Promise<boolean>,
	what: string,
	max = 80,
): Promise<FocusState> {
	for (let i = 1; i <= max; i++) {
		await page.keyboard.press('Tab');
		const s = await expectVisibleFocus(page, `Tab ${i} (looking for ${what})`);
		if (await done(s)) return s;
	}
	throw new Error(`${what}: not reached in ${max} presses of Tab`);
}

/** Whether the focused element (inside shadow roots too) matches `selector` and is inside <main>. */
export function focusedMatches(page: Page, selector: string): Promise<boolean> {
	return page.evaluate((sel) => {
		let el: Element | null = document.activeElement;
		while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
		if (!el?.matches(sel)) return false;
		for (
			let n: Element | null = el;
			n;
			n = n.parentElement ?? ((n.getRootNode() as ShadowRoot).host as Element | undefined) ?? null
		)
			if (n.tagName === 'MAIN') return true;
		return false;
	}, selector);
}
