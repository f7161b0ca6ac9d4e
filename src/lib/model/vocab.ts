/**
 * Human labels for the closed vocabularies in `schema.ts`, and the force of each entry type.
 * One place, so pages, feeds, exports and search facets all say the same words.
 */
import type { EntityKind, EntryType, Response } from './schema.ts';
import { ASK_ACTIONS, DESIGNATION_ACTIONS } from './schema.ts';
import { FORCES, FORCE_LABELS, forceOfLabel, type Force } from './forces.ts';

// The forces and their labels live in `forces.ts` (no imports, so the search page's script
// can read them without the schema); they are part of this vocabulary.
export { FORCES, FORCE_LABELS, forceOfLabel, type Force };

/** What each force means, for the About page, the README and the search facets. */
export const FORCE_DESCRIPTIONS: Record<Force, string> = {
	binding: 'A legal instrument with effect: a rule, a designation, an executive order, an agency order.',
	'official-statement':
		'An official speaking or proposing, with no legal effect of its own: a statement, testimony, a proposed rule, an official letter.',
	legislation: 'A bill introduced in or passed by one chamber of Congress: it binds no one until it is enacted.',
	'congressional-request': 'Members of Congress asking the executive branch to act.',
	'press-report': 'Reporting by the press; claims are attributed to the outlet.',
	'company-action': 'What a company did or said, including denials.',
};

interface TypeInfo {
	label: string;
	force: Force;
}

export const TYPE_INFO: Record<EntryType, TypeInfo> = {
	'entity-list-rule': { label: 'Entity List rule', force: 'binding' },
	'sanctions-designation': { label: 'Sanctions designation', force: 'binding' },
	'list-designation': { label: 'List designation', force: 'binding' },
	'executive-order': { label: 'Executive order', force: 'binding' },
	'final-rule': { label: 'Final rule', force: 'binding' },
	'proposed-rule': { label: 'Proposed rule', force: 'official-statement' },
	'official-statement': { label: 'Official statement', force: 'official-statement' },
	'official-letter': { label: 'Official letter', force: 'official-statement' },
	'agency-order': { label: 'Agency order', force: 'binding' },
	hearing: { label: 'Hearing testimony', force: 'official-statement' },
	legislation: { label: 'Bill in Congress', force: 'legislation' },
	'congressional-letter': { label: 'Congressional letter', force: 'congressional-request' },
	'press-report': { label: 'Press report', force: 'press-report' },
	'corporate-event': { label: 'Corporate event', force: 'company-action' },
	'company-response': { label: 'Company response', force: 'company-action' },
};

/** The label of an entry type. */
export function typeLabel(type: EntryType): string {
	return TYPE_INFO[type].label;
}

/** The force of an entry type. */
export function forceOf(type: EntryType): Force {
	return TYPE_INFO[type].force;
}

export const KIND_LABELS: Record<EntityKind, string> = {
	company: 'Company',
	'government-agency': 'Government body',
	official: 'Official',
	legislator: 'Legislator',
	university: 'University',
	'research-institute': 'Research institute',
	'media-outlet': 'News outlet',
	list: 'Restricted list',
	project: 'Project',
	organization: 'Organization',
};

export const ASK_ACTION_LABELS: Record<(typeof ASK_ACTIONS)[number], string> = {
	sanction: 'Impose sanctions',
	'add-to-list': 'Add to a list',
	'deny-licences': 'Deny export licences',
	investigate: 'Investigate',
	review: 'Review',
	other: 'Other',
};

export const RESPONSE_LABELS: Record<Response, string> = {
	acknowledged: 'Acknowledged',
	'acted-on': 'Acted on',
	'partly-acted-on': 'Partly acted on',
	declined: 'Declined',
};

export const DESIGNATION_ACTION_LABELS: Record<(typeof DESIGNATION_ACTIONS)[number], string> = {
	added: 'Added',
	removed: 'Removed',
	revised: 'Entry revised',
};
