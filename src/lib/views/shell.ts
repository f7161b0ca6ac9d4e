/**
 * What the layout's shell shows that no page computes: the footer's record version line. The
 * route passes it to the layout as a prop (`shell`, made by `shell()` in src/data/routes.ts from
 * the checkout's version), so no layout reads git or the data loader.
 */
export interface ShellView {
	/** The footer's line: "Record version … reviewed through …" (`versionLine` in src/lib/node/version.ts). */
	version: string;
	/** The full commit hash, when known (the footer's machine-readable attribute). */
	commit?: string | undefined;
}
