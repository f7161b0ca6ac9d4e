/**
 * What leaves the site (data files, feeds, citations, JSON-LD), computed once per build from
 * the tracker's data: the git history of the content files (one `git log` for all of them),
 * and every record of the data files.
 */
import type { FeedContext } from '../lib/publish/feeds.ts';
import type { JsonLdContext } from '../lib/publish/jsonld.ts';
import { historyFromLog, type GitHistory } from '../lib/node/entry-history.ts';
import { contentLog } from './changes.ts';
import { buildRecords, type ExportContext, type Records } from '../lib/publish/records.ts';
import { SITE_ORIGIN } from '../lib/site/config.ts';
import { buildViews, type Views } from '../lib/derive/filtered-views.ts';
import { tracker } from './tracker.ts';

export interface Exports {
	records: Records;
	history: GitHistory;
	ctx: ExportContext;
	/** The timeline by type and by year. */
	views: Views;
	/** The template of a content file's public history URL (`{path}`), from REPO_HISTORY_URL; unset means no link. */
	historyUrlTemplate: string | undefined;
}

/** The site origin for absolute URLs: astro.config.mjs `site` (SITE_URL when deploying). */
export const siteOrigin = (): string => new URL(import.meta.env.SITE ?? SITE_ORIGIN).origin;

let history: GitHistory | undefined;
/** The content files' git history, from the build's one `git log` pass (changes.ts). */
export function gitHistory(): GitHistory {
	history ??= historyFromLog(contentLog());
	return history;
}

let cached: Promise<Exports> | undefined;

async function load(): Promise<Exports> {
	const t = await tracker();
	const h = gitHistory();
	const ctx: ExportContext = {
		corpus: t.corpus,
		designations: t.designations,
		asks: t.asks,
		buildDate: t.buildDate,
		review: { asOf: t.freshness.asOf, reviewedBy: t.freshness.reviewedBy },
		origin: siteOrigin(),
		history: h.files,
	};
	return {
		records: buildRecords(ctx),
		history: h,
		ctx,
		views: buildViews(t.corpus.entries),
		historyUrlTemplate: process.env.REPO_HISTORY_URL || undefined,
	};
}

/** The export data, computed once and shared by every route of the build. */
export function exportsData(): Promise<Exports> {
	cached ??= load();
	return cached;
}

/** What feeds need besides the records: origin, build date, the record's last review, entity names. */
export async function feedContext(): Promise<FeedContext> {
	const x = await exportsData();
	const names = x.ctx.corpus.entityById;
	const t = await tracker();
	return {
		origin: x.ctx.origin,
		buildDate: x.ctx.buildDate,
		freshness: t.freshness,
		entityName: (id) => names.get(id)?.data.name ?? id,
	};
}

/** What JSON-LD needs besides the records: origin, entity names and kinds. */
export async function jsonLdContext(): Promise<JsonLdContext> {
	const x = await exportsData();
	const byId = x.ctx.corpus.entityById;
	return {
		origin: x.ctx.origin,
		entity: (id) => {
			const e = byId.get(id);
			return e ? { name: e.data.name, kind: e.data.kind } : undefined;
		},
	};
}
