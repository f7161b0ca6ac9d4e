/**
 * The one date every "as of" on the site is stated against (status strips, the list matrix,
 * the asks' scorecard on the timeline). Pages read it here and pass it down as a prop, so
 * it comes from one place: the record's review stamp (`content/review.yaml`, read in
 * `src/lib/model/review.ts`), never the build date.
 */
export const recordAsOf = (t: { freshness: { asOf: string } }): string => t.freshness.asOf;
