/**
 * The only script the search page loads up front (a few hundred bytes). The search module and
 * Pagefind load when a search starts: a query or facet in the URL, or the reader focusing,
 * typing in or submitting the search form. Other pages carry no search code at all.
 */
import { isActive, parseSearch } from '../../lib/search/state.ts';

const root = document.querySelector('tracker-search');
if (root) {
	const events = ['focusin', 'input', 'pointerdown', 'submit'] as const;
	const start = (e?: Event): void => {
		// Until the module takes over, a submitted form would reload the page: keep the reader here.
		if (e?.type === 'submit') e.preventDefault();
		for (const type of events) root.removeEventListener(type, start);
		void import('./element.ts');
	};
	if (isActive(parseSearch(location.search))) start();
	else for (const type of events) root.addEventListener(type, start);
}
