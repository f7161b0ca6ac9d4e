#!/usr/bin/env node
// npm run check: validate all content without building the site; exit 1 on any error.
import { fileURLToPath } from 'node:url';
import { checkProject } from '../src/lib/check/check.ts';
import { formatReport, hasErrors } from '../src/lib/check/problems.ts';
import { todayIso } from '../src/lib/model/dates.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const started = performance.now();
let result;
try {
	result = checkProject(root, todayIso());
} catch (e) {
	// The check reports every problem of the content as a problem; anything thrown is a fault of
	// the check itself: one line, no stack trace in an editor's terminal or a CI log.
	console.error(
		`error: the content check stopped unexpectedly (${String(e instanceof Error ? e.message : e).split('\n')[0]}). Please report this with the files of your change.`,
	);
	process.exit(2);
}
console.log(formatReport(result.problems));
console.log(
	`Checked ${result.entries.length} entries and ${result.entities.length} entities in ${Math.round(performance.now() - started)} ms.`,
);
process.exitCode = hasErrors(result.problems) ? 1 : 0;
