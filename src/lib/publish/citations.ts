/**
 * In-text citations. An entry's body cites its sources with `<Cite k="key" />`; sources are
 * numbered in the order the entry lists them (primary first), and each marker renders as a
 * numbered link to its reference. Keys are read from the body with remark (remark-mdx), outside
 * the render, for the content check.
 */
import type { Source } from '../model/schema.ts';

/** A source with its reference number (1-based). */
export interface NumberedSource extends Source {
	n: number;
}

/** Number an entry's sources in the order listed. */
export function numberSources(sources: readonly Source[]): NumberedSource[] {
	return sources.map((s, i) => ({ ...s, n: i + 1 }));
}

/** A lookup from key to numbered source. */
export function citationMap(sources: readonly Source[]): Map<string, NumberedSource> {
	return new Map(numberSources(sources).map((s) => [s.key, s]));
}
