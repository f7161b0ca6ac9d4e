/**
 * The acting agency or body of an entry, derived from its actors and the entities' `parent`
 * chains (never typed by editors): a senator acted for the U.S. Senate; BIS acted for the
 * Commerce Department, and, more narrowly, for BIS. Used by the search facet "Acting agency
 * or body", so a researcher can ask for "every action by Commerce", BIS's included.
 */
import type { Entity, EntityKind, Entry } from '../model/schema.ts';

/** Kinds that act for a government body: the body, its officials and its legislators. */
const GOVERNMENT_KINDS: ReadonlySet<EntityKind> = new Set(['government-agency', 'official', 'legislator']);

/** Separates a department from a sub-agency in a body's label. */
export const BODY_SEPARATOR = ' › ';

/**
 * The bodies an entity acts for, broadest first. A government agency gives its chain of parent
 * agencies, each level with its own label ("U.S. Department of Commerce", then "U.S.
 * Department of Commerce › BIS"); an official or legislator gives the chain of the agency it
 * belongs to; anyone else (a company, an outlet, a university) acts for itself.
 * @example bodiesOf(entities, 'bis') // ['U.S. Department of Commerce', 'U.S. Department of Commerce › BIS']
 * @example bodiesOf(entities, 'bill-hagerty') // ['United States Senate']
 */
export function bodiesOf(entities: ReadonlyMap<string, Entity>, id: string): string[] {
	const self = entities.get(id);
	if (!self) return [];
	if (!GOVERNMENT_KINDS.has(self.data.kind)) return [self.data.name];
	const agency = (e: Entity | undefined): Entity | undefined => (e?.data.kind === 'government-agency' ? e : undefined);
	// People belong to the agency above them; an agency stands for itself.
	const start = agency(self) ?? agency(entities.get(self.data.parent ?? ''));
	if (!start) return [self.data.name];
	const chain: Entity[] = [];
	const seen = new Set<string>();
	for (let e = agency(start); e && !seen.has(e.id); e = agency(entities.get(e.data.parent ?? ''))) {
		seen.add(e.id);
		chain.unshift(e);
	}
	const [top, ...below] = chain;
	const labels = [top!.data.name];
	for (const e of below) labels.push(`${labels[labels.length - 1]}${BODY_SEPARATOR}${e.data.shortName ?? e.data.name}`);
	return labels;
}

/** Every body an entry's actors act for, without repeats, in the order of the actors. */
export function actingBodies(entities: ReadonlyMap<string, Entity>, entry: Entry): string[] {
	return [...new Set(entry.data.actors.flatMap((id) => bodiesOf(entities, id)))];
}
