/**
 * Runs the content check at the start of `astro build` (and `astro dev`): on any error it prints
 * the same report as `npm run check`, removes any stale `dist/`, and exits non-zero, so a wrong
 * entry never reaches a built page and an editor sees file, field and fix, not a stack trace.
 */
import type { AstroIntegration } from 'astro';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkProject } from '../lib/check.ts';
import { todayIso } from '../lib/dates.ts';
import { formatReport, hasErrors } from '../lib/problems.ts';

export default function contentCheck(): AstroIntegration {
	return {
		name: 'content-check',
		hooks: {
			'astro:config:setup': ({ config, command, logger }) => {
				const root = fileURLToPath(config.root);
				const result = checkProject(root, todayIso());
				if (!hasErrors(result.problems)) {
					// Warnings (a source never cited, a narrative not yet written) do not stop the
					// build, but an editor previewing with npm start should still see them.
					if (result.problems.length) console.warn(`\n${formatReport(result.problems)}\n`);
					logger.info(`content OK: ${result.entries.length} entries, ${result.entities.length} entities`);
					return;
				}
				console.error(`\n${formatReport(result.problems)}\n`);
				if (command === 'build') rmSync(fileURLToPath(config.outDir), { recursive: true, force: true });
				process.exit(1);
			},
		},
	};
}
