/**
 * Runs the content check at the start of `astro build` (and `astro dev`): on any error it prints
 * the same report as `npm run check`, removes the build's output folder (with npm run build, the
 * temporary one: dist/ stays as it was), and exits non-zero, so a wrong entry never reaches a
 * built page and an editor sees file, field and fix, not a stack trace. It runs before Astro's
 * content loaders, so a symbolic link or a special file in content/ is refused before the glob
 * loader could follow or open it.
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
				let result;
				try {
					result = checkProject(root, todayIso());
				} catch (e) {
					console.error(`error: the content check stopped unexpectedly (${String((e as Error)?.message ?? e).split('\n')[0]}). Please report this with the files of your change.`);
					if (command === 'build') rmSync(fileURLToPath(config.outDir), { recursive: true, force: true });
					process.exit(1);
				}
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
