/**
 * The view model of `/changes/`: the latest changes, the month links by year, the totals by
 * kind and whether this build had a git history to date them by.
 */
import {
	changeRow,
	CHANGES_ON_INDEX,
	monthsByYear,
	sinceView,
	type ChangeKind,
	type ChangeRow,
	type ChangesIndex,
} from '../derive/changes.ts';
import type { ContentLog } from '../node/git-history.ts';

export interface ChangesIndexView {
	/** Changes in all. */
	total: number;
	byKind: Partial<Record<ChangeKind, number>>;
	latest: ChangeRow[];
	years: ReturnType<typeof monthsByYear>;
	/** Months with changes, `YYYY-MM`, oldest first (the "since" form). */
	oldestFirst: string[];
	/** The newest month with changes. */
	newest?: string;
	/** Why the build had no git history to date changes by, when it had none. */
	noGit?: string;
}

/** `/changes/`. */
export function changesIndexView(index: ChangesIndex, log: ContentLog): ChangesIndexView {
	const v: ChangesIndexView = {
		total: index.all.length,
		byKind: sinceView(index, '0000-00').byKind,
		latest: index.all.slice(0, CHANGES_ON_INDEX).map(changeRow),
		years: monthsByYear(index.months),
		oldestFirst: [...index.months].reverse().map((m) => m.month),
	};
	if (index.months[0]) v.newest = index.months[0].month;
	if (!log.available) v.noGit = log.reason;
	return v;
}
