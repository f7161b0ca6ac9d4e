/**
 * View models of the search page (`/search/`) and the name check (`/screen/`): everything their
 * components show, computed here, so the components receive props and nothing else.
 */
import { FORCES, FORCE_LABELS, TYPE_INFO } from '../model/vocab.ts';
import { aboutUrl, dataUrl, entitiesUrl, listsUrl, searchUrl, timelineUrl } from '../site/urls.ts';
import { MAX_NAMES, SCREEN_DATA_URL } from './screen-match.ts';
import { FACETS, KIND_VALUES, SORTS, type FacetKey } from './state.ts';

/** Where to go when search cannot help: the timeline (both orders), the entities and the lists. */
export interface BrowseLinks {
	newest: string;
	oldest: string;
	entities: string;
	lists: string;
}

/** One facet's panel: its name, help, fixed order of values, and whether it starts open. */
export interface FacetPanel {
	key: FacetKey;
	label: string;
	/** The vocabulary's order of its values, when it has one (the page hands it to the script). */
	order: string[];
	help?: string;
	/** For the force facet: where each force is explained. */
	forceHelpUrl?: string;
	open: boolean;
}

export interface SearchPageView {
	/** This build's stamp: Pagefind's `metaCacheTag`. */
	build: string;
	action: string;
	sorts: { key: string; label: string }[];
	facets: FacetPanel[];
	browse: BrowseLinks;
}

const browseLinks = (): BrowseLinks => ({
	newest: timelineUrl('newest'),
	oldest: timelineUrl('oldest'),
	entities: entitiesUrl(),
	lists: listsUrl(),
});

const FACET_HELP: Partial<Record<FacetKey, string>> = {
	kind: 'Entries are dated actions; entities are the companies, agencies and people they concern.',
	agency: 'Who acted, by body: a senator counts for the Senate; BIS for Commerce and for Commerce › BIS.',
	entity: 'Every entity an entry concerns: who acted and whom it is about.',
};

/** The search page: form, sorts, facet panels (only "Show" open), and the browse links. */
export function searchPageView(build: string): SearchPageView {
	const order: Partial<Record<FacetKey, string[]>> = {
		kind: Object.values(KIND_VALUES),
		force: FORCES.map((f) => FORCE_LABELS[f]),
		type: Object.values(TYPE_INFO).map((t) => t.label),
	};
	return {
		build,
		action: searchUrl(),
		sorts: SORTS.map((s) => ({ key: s.key, label: s.label })),
		facets: FACETS.map((f) => ({
			key: f.key,
			label: f.label,
			order: order[f.key] ?? [],
			...(FACET_HELP[f.key] ? { help: FACET_HELP[f.key] } : {}),
			...(f.key === 'force' ? { forceHelpUrl: `${aboutUrl()}#force` } : {}),
			open: f.key === 'kind',
		})),
		browse: browseLinks(),
	};
}

export interface ScreenPageView {
	maxNames: string;
	/** The one data file the page fetches, on first use. */
	dataFile: string;
	dataPage: string;
	browse: BrowseLinks;
}

/** The name check's page. */
export function screenPageView(): ScreenPageView {
	return {
		maxNames: MAX_NAMES.toLocaleString('en-US'),
		dataFile: SCREEN_DATA_URL,
		dataPage: dataUrl(),
		browse: browseLinks(),
	};
}
