/**
 * On the search page: whenever results render, the page dispatches
 * `CustomEvent('tracker:results', { detail: { entryCount, loadEntryIds, query, url } })` on `document`; this
 * module then offers "Download these N entries as CSV" in `<div id="search-download">`. The CSV
 * is made in the browser from /data/entries.json, fetched once, on the first click only, with
 * the same columns as entries.csv. Without JavaScript there is no search, so nothing is lost.
 */
import { dataFileUrl } from '../lib/site/urls.ts';
import type { EntryRecord } from '../lib/publish/data-schemas.ts';
import { downloadLabel, entriesCsvFor, isEntryId, searchCsvName } from '../lib/search/download-csv.ts';

interface ResultsDetail {
	entryCount?: unknown;
	loadEntryIds?: unknown;
	query?: unknown;
}

let records: Promise<EntryRecord[]> | undefined;
const load = (): Promise<EntryRecord[]> =>
	(records ??= fetch(dataFileUrl('entries', 'json'))
		.then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`))))
		.then((f: { records: EntryRecord[] }) => f.records)
		.catch((e: unknown) => {
			records = undefined; // try again on the next click
			throw e;
		}));

function save(csv: string, name: string): void {
	const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

function render(detail: ResultsDetail): void {
	const box = document.getElementById('search-download');
	if (!box) return;
	// The ids come on the first click (the id map is fetched then, not with the results).
	const count = typeof detail.entryCount === 'number' && Number.isInteger(detail.entryCount) ? detail.entryCount : 0;
	const loadIds =
		typeof detail.loadEntryIds === 'function' ? (detail.loadEntryIds as () => Promise<unknown>) : undefined;
	const query = typeof detail.query === 'string' ? detail.query : '';
	box.replaceChildren();
	if (!count || !loadIds) return;
	const button = document.createElement('button');
	button.type = 'button';
	button.className = 'search-download';
	button.textContent = downloadLabel(count);
	const status = document.createElement('span');
	status.className = 'small';
	status.setAttribute('role', 'status');
	button.addEventListener('click', async () => {
		button.disabled = true;
		status.textContent = ' Preparing the file…';
		try {
			const raw = await loadIds();
			const ids = (Array.isArray(raw) ? raw : []).filter((x): x is string => typeof x === 'string' && isEntryId(x));
			const { csv, count, missing } = entriesCsvFor(ids, await load());
			save(csv, searchCsvName(query));
			status.textContent = missing.length
				? ` ${count} of ${ids.length} entries saved: ${missing.length} are not in the data file yet.`
				: ` Saved ${count} ${count === 1 ? 'entry' : 'entries'}.`;
		} catch {
			status.textContent = ' The data file could not be loaded. Try again, or download every entry from the Data page.';
		} finally {
			button.disabled = false;
		}
	});
	box.append(button, status);
}

document.addEventListener('tracker:results', (e) =>
	render(((e as CustomEvent<ResultsDetail>).detail ?? {}) as ResultsDetail),
);
