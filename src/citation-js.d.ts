/** The part of @citation-js/core (which ships no types) that the citation tests use. */
declare module '@citation-js/core' {
	export class Cite {
		/** Parse input (BibTeX text, CSL-JSON, …) with the loaded plugins. */
		static async(data: unknown, options?: { forceType?: string }): Promise<Cite>;
		/** The parsed items, as CSL-JSON. */
		data: Record<string, unknown>[];
		format(format: string, options?: Record<string, unknown>): string;
	}
}
