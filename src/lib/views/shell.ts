/**
 * What the layout's shell shows that no page computes: the footer's record version line. The
 * route passes it to the layout as a prop (`shell`), so no layout reads git or the data loader.
 */
import { versionLine, type RecordVersion } from '../node/version.ts';

export interface ShellView {
	/** The footer's line: "Record version … reviewed through …". */
	version: string;
	/** The full commit hash, when known (the footer's machine-readable attribute). */
	commit?: string | undefined;
}

/**
 * The shell of every page of one build.
 * @example shellView({ commitFrom: 'none', dirty: false }).version // 'Record version not available (built outside git).'
 */
export function shellView(v: RecordVersion): ShellView {
	return { version: versionLine(v), commit: v.commit };
}
