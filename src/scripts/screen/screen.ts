/**
 * `<name-check>`: the name check's behaviour (see src/pages/screen/index.astro). The data file
 * is fetched on first use (focus, typing, choosing a file); matching runs here, in the page;
 * results and the CSV are written as text. Nothing is sent anywhere.
 */
import {
	matcher,
	MAX_NAMES,
	namesFromCsv,
	namesFromText,
	resultRows,
	SCREEN_DATA_URL,
	toCsv,
	type Matcher,
	type ScreenData,
	type ScreenMatch,
} from '../../lib/search/screen-match.ts';

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] => {
	const node = document.createElement(tag);
	if (text !== undefined) node.textContent = text;
	if (cls) node.className = cls;
	return node;
};

let loading: Promise<{ data: ScreenData; m: Matcher }> | undefined;
function load(): Promise<{ data: ScreenData; m: Matcher }> {
	loading ??= fetch(SCREEN_DATA_URL)
		.then((r) => (r.ok ? (r.json() as Promise<ScreenData>) : Promise.reject(new Error(`HTTP ${r.status}`))))
		.then((data) => ({ data, m: matcher(data) }));
	loading.catch(() => (loading = undefined));
	return loading;
}

const HOW: Record<ScreenMatch['how'], string> = {
	exact: 'exact name',
	alias: 'alias',
	normalized: 'normalized (legal form ignored)',
	partial: 'partial',
};

class NameCheck extends HTMLElement {
	#csv = '';

	connectedCallback(): void {
		const form = this.querySelector('form')!;
		const submit = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
		const download = this.querySelector<HTMLButtonElement>('.screen-download')!;
		submit.disabled = false;
		const warm = (): void => void load().catch(() => undefined);
		for (const type of ['focusin', 'input', 'change'] as const) form.addEventListener(type, warm, { once: true });
		form.addEventListener('submit', (e) => {
			e.preventDefault();
			void this.#check(form);
		});
		download.addEventListener('click', () => {
			const url = URL.createObjectURL(new Blob([this.#csv], { type: 'text/csv;charset=utf-8' }));
			const a = el('a');
			a.href = url;
			a.download = 'name-check.csv';
			document.body.append(a);
			a.click();
			a.remove();
			setTimeout(() => URL.revokeObjectURL(url), 30_000);
		});
	}

	async #check(form: HTMLFormElement): Promise<void> {
		const status = this.querySelector('.screen-status')!;
		const out = this.querySelector('.screen-results')!;
		const download = this.querySelector<HTMLButtonElement>('.screen-download')!;
		const file = form.querySelector<HTMLInputElement>('input[type="file"]')!.files?.[0];
		const column = form.querySelector<HTMLInputElement>('input[name="column"]')!.value;
		status.textContent = 'Checking…';
		this.setAttribute('aria-busy', 'true');
		let input: { names: string[]; dropped: number };
		let loaded: { data: ScreenData; m: Matcher };
		try {
			input = file ? namesFromCsv(await file.text(), column) : namesFromText(form.querySelector('textarea')!.value);
			loaded = await load();
		} catch {
			status.textContent = 'The list of tracked names could not be loaded (or the file could not be read). Try again.';
			this.removeAttribute('aria-busy');
			return;
		}
		const { data, m } = loaded;
		const results = input.names.map((name) => ({ name, matches: m.match(name) }));
		const table = el('table', undefined, 'screen-table');
		const head = el('tr');
		for (const h of [
			'Name checked',
			'Tracked entity',
			'How it matched',
			'Part of',
			...data.lists.map((l) => `${l} (as of ${data.asOf})`),
		]) {
			const th = el('th', h);
			th.scope = 'col';
			head.append(th);
		}
		table.append(el('thead'), el('tbody'));
		table.tHead!.append(head);
		for (const r of results) {
			const rows = r.matches.length ? r.matches : [undefined];
			rows.forEach((mt, i) => {
				const tr = el('tr', undefined, mt ? `match-${mt.how}` : 'no-match');
				const name = el('th', i === 0 ? r.name : '');
				name.scope = 'row';
				tr.append(name);
				if (!mt) {
					const td = el('td', 'No tracked entity');
					td.colSpan = 3 + data.lists.length;
					tr.append(td);
				} else {
					const link = el('a', mt.entity.name);
					link.href = mt.entity.url;
					const who = el('td');
					who.append(link);
					tr.append(
						who,
						el('td', `${HOW[mt.how]}${mt.matched !== mt.entity.name ? `: ${mt.matched}` : ''}`),
						el('td', mt.entity.parents.join(' › ')),
						...mt.entity.standings.map((s) => el('td', s)),
					);
				}
				table.tBodies[0]!.append(tr);
			});
		}
		const matched = results.filter((r) => r.matches.length).length;
		const scroll = el('div', undefined, 'table-scroll');
		scroll.tabIndex = 0;
		scroll.setAttribute('role', 'region');
		scroll.setAttribute('aria-label', 'Name check results');
		scroll.append(table);
		out.replaceChildren(scroll);
		this.#csv = toCsv(resultRows(data, results));
		download.hidden = results.length === 0;
		status.textContent = `${results.length} ${results.length === 1 ? 'name' : 'names'} checked: ${matched} match a tracked entity, ${results.length - matched} do not.${input.dropped ? ` Only the first ${MAX_NAMES} were checked (${input.dropped} more left out).` : ''}`;
		this.removeAttribute('aria-busy');
	}
}

customElements.define('name-check', NameCheck);
