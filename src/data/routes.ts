/**
 * What routes get data from: the build's data in one object (`siteData`), and the helpers that
 * turn a route's view models into `getStaticPaths` results with a cache key for Astro's
 * incremental build (`experimental.incrementalBuild`, issue 17). A page renders only its props,
 * so its key is the digest of its props and of `shellSalt()`: the build-wide values the layout
 * and components show without their being props (site configuration, build date, the record's
 * version and review stamp).
 */
import { cacheKey } from '../lib/site/cache-key.ts';
import { SITE } from '../lib/site/config.ts';
import { versionLine } from '../lib/node/version.ts';
import type { ShellView } from '../lib/views/shell.ts';
import { changesData, recordVersion, type ChangesData } from './changes.ts';
import type { FeedContext } from '../lib/publish/feeds.ts';
import type { JsonLdContext } from '../lib/publish/jsonld.ts';
import { exportsData, feedContext, jsonLdContext, siteOrigin, type Exports } from './exports.ts';
import { tracker, type Tracker } from './tracker.ts';

/** Everything the build knows, loaded once: the tracker's data, the exports and the change log. */
export interface SiteData {
	t: Tracker;
	x: Exports;
	changes: ChangesData;
	/** What feeds need besides the records. */
	feed: FeedContext;
	/** What JSON-LD needs besides the records. */
	jsonld: JsonLdContext;
	/** The origin of absolute URLs. */
	origin: string;
}

let cached: Promise<SiteData> | undefined;

/** The build's data, loaded once and shared by every route. */
export function siteData(): Promise<SiteData> {
	cached ??= Promise.all([tracker(), exportsData(), changesData(), feedContext(), jsonLdContext()]).then(
		([t, x, changes, feed, jsonld]) => ({ t, x, changes, feed, jsonld, origin: siteOrigin() }),
	);
	return cached;
}

/**
 * The build-wide values a page shows that are not its props: the site configuration
 * (src/lib/site/config.ts, from the environment), the origin of absolute URLs, the build date,
 * the record's review stamp and freshness, the record's version (commit, dirty flag, review
 * date) and the public history link template. Part of every cache key.
 */
export async function shellSalt(): Promise<unknown> {
	const { t, x } = await siteData();
	return {
		site: SITE,
		origin: siteOrigin(),
		buildDate: t.buildDate,
		freshness: t.freshness,
		version: recordVersion(),
		historyUrlTemplate: x.historyUrlTemplate ?? null,
	};
}

/** What the layout shows on every page (the footer's version line). */
export function shell(): ShellView {
	const v = recordVersion();
	return { version: versionLine(v), commit: v.commit };
}

/** A page's props: its view model and the layout's shell. */
export type WithShell<P> = P & { shell: ShellView };

/** One `getStaticPaths` result. */
export interface KeyedPath<Params, P> {
	params: Params;
	props: P;
	cacheKey: string;
}

/**
 * `getStaticPaths` results from a route's paths: the shell added to each page's props, and
 * each keyed by its props and `shellSalt()`.
 * @example export const getStaticPaths = () => routePaths(({ t }) => t.corpus.entities.map((e) => ({ params: { id: e.id }, props: { view: entityView(e) } })));
 */
export async function routePaths<Params, P extends object>(
	make: (d: SiteData) => { params: Params; props: P }[],
): Promise<KeyedPath<Params, WithShell<P>>[]> {
	const d = await siteData();
	const salt = await shellSalt();
	const s = shell();
	return make(d).map(({ params, props }) => {
		const withShell = { ...props, shell: s };
		return { params, props: withShell, cacheKey: cacheKey(withShell, salt) };
	});
}

/** The props of a page without params (rendered on every build; Astro keys only getStaticPaths pages). */
export async function pageProps<P extends object>(make: (d: SiteData) => P): Promise<WithShell<P>> {
	return { ...make(await siteData()), shell: shell() };
}

/** Endpoint paths: like `routePaths`, with no shell (an endpoint has no layout). */
export async function endpointPaths<Params, P extends object>(
	make: (d: SiteData) => { params: Params; props: P }[],
): Promise<KeyedPath<Params, P>[]> {
	const d = await siteData();
	const salt = await shellSalt();
	return make(d).map(({ params, props }) => ({ params, props, cacheKey: cacheKey(props, salt) }));
}
