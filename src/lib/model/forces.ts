/**
 * The force of an action (how much it binds anyone) and its label: part of the vocabulary in
 * `vocab.ts`, kept in a module with no imports so the browser's search code can map a result's
 * force label (a Pagefind filter value) back to its key without loading the schema.
 */

export const FORCES = [
	'binding',
	'official-statement',
	'legislation',
	'congressional-request',
	'press-report',
	'company-action',
] as const;
export type Force = (typeof FORCES)[number];

export const FORCE_LABELS: Record<Force, string> = {
	binding: 'Binding action',
	'official-statement': 'Official statement',
	legislation: 'Legislation',
	'congressional-request': 'Congressional request',
	'press-report': 'Press report',
	'company-action': 'Company action',
};

/** The force whose label this is; undefined for any other text. */
export function forceOfLabel(label: string | undefined): Force | undefined {
	return FORCES.find((f) => FORCE_LABELS[f] === label);
}
