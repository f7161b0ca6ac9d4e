/**
 * The one date every "as of" on the site is stated against (status strips, the list matrix,
 * the asks' scorecard on the timeline). Pages read it here and pass it down as a prop, so
 * changing its source (today the build date; later the record's review stamp) is one line.
 */
export const recordAsOf = (t: { buildDate: string }): string => t.buildDate;
