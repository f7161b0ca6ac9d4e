/**
 * The filtered views of the timeline that exist as static pages, feeds and CSVs: by entry type
 * and by year. Computed once per build in one pass; each list keeps the corpus order (date, id).
 */
import { yearOf } from '../model/dates.ts';
import { ENTRY_TYPES, type Entry, type EntryType } from '../model/schema.ts';

export interface Views {
	/** Every entry type, in vocabulary order, with its entries (possibly none). */
	byType: Map<EntryType, Entry[]>;
	/** Every year with an entry, oldest first. */
	byYear: Map<number, Entry[]>;
}

/** Group entries (already in corpus order) by type and by year. */
export function buildViews(entries: readonly Entry[]): Views {
	const byType = new Map<EntryType, Entry[]>(ENTRY_TYPES.map((t) => [t, []]));
	const years = new Map<number, Entry[]>();
	for (const e of entries) {
		byType.get(e.data.type)!.push(e);
		const y = yearOf(e.data.date);
		const list = years.get(y);
		if (list) list.push(e);
		else years.set(y, [e]);
	}
	const byYear = new Map([...years].sort(([a], [b]) => a - b));
	return { byType, byYear };
}
