// One bundler warning is dropped from the build's output, and only that one: rolldown's
// MODULE_LEVEL_DIRECTIVE for the `"use astro:head-inject"` directive that Astro's MDX
// integration puts at the top of every compiled entry (upstream withastro/astro#18087). It says
// nothing an editor can act on, and it came once per MDX file (10,000 entries, 10,000 warnings).
// Every other log, of any level and code, goes to Vite's own handler unchanged.

/** The shape of a rolldown log that matters here. */
export interface BundlerLog {
	code?: string;
	message?: string;
	id?: string;
}

/** Whether a log is the one known-harmless warning of withastro/astro#18087. */
export function isHeadInjectDirective(level: string, log: BundlerLog): boolean {
	return (
		level === 'warn' && log.code === 'MODULE_LEVEL_DIRECTIVE' && /["']use astro:head-inject["']/.test(log.message ?? '')
	);
}

/** `build.rolldownOptions.onLog` for Vite: drops that warning, passes everything else on. */
export function onBundlerLog<L extends string, T extends BundlerLog>(
	level: L,
	log: T,
	handler: (level: L, log: T) => void,
): void {
	if (isHeadInjectDirective(level, log)) return;
	handler(level, log);
}
