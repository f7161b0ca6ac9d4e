/**
 * The sitemap's `lastmod` of each entry page, handed from the endpoint that writes
 * `/data/entries.json` to the sitemap integration (src/integrations/sitemap.ts) in the same build,
 * so that the integration does not read back and parse the file it was written to (37 MB and
 * 0.8 s at 10,000 entries). The values are the ones that file holds: each record's page path and
 * `lastUpdated`. The endpoint and the integration are different module instances (the page code
 * is bundled, the integration loaded with the configuration), so the hand-off is on `globalThis`
 * under a registered symbol. When the file was not written by this build (copied from Astro's
 * cache), nothing is handed over and the integration reads the file, as before.
 */
const KEY = Symbol.for('china-cloud-policy-tracker.entry-lastmod');
type Global = { [KEY]?: Map<string, string> };

type Dated = { url: string; lastUpdated: string | null };

/** Page path → lastmod, of the records that have one. */
export function lastmodOf(records: readonly Dated[]): Map<string, string> {
	const lastmod = new Map<string, string>();
	for (const r of records) if (r.lastUpdated) lastmod.set(new URL(r.url).pathname, r.lastUpdated);
	return lastmod;
}

/** Note the lastmod of every record written to entries.json. */
export function noteLastmod(records: readonly Dated[]): void {
	(globalThis as Global)[KEY] = lastmodOf(records);
}

/** What `noteLastmod` noted in this process (and forget it), or undefined. */
export function takeLastmod(): Map<string, string> | undefined {
	const g = globalThis as Global;
	const noted = g[KEY];
	delete g[KEY];
	return noted;
}
