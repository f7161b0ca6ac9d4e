/**
 * The content check as part of Astro. At the start of `astro build` (and `astro check`/`sync`) it
 * runs the same check as `npm run check`; on any error it removes the build's output folder (with
 * npm run build, the temporary one: dist/ stays as it was) and raises an Astro error whose message
 * is that report (file, line, field and fix of every problem), without a stack trace, so a wrong
 * entry never reaches a built page and an editor sees what to fix. It runs before Astro's content
 * loaders, so a symbolic link or a special file in content/ is refused before the glob loader
 * could follow or open it. In `astro dev` it never stops the server: it reports the problems
 * through Astro's logger when the server starts, and checks again whenever a file under content/
 * is added, changed or removed, reporting the new problems or that the content is OK again.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkProject } from '../lib/check/check.ts';
import { todayIso } from '../lib/model/dates.ts';
import { formatReport, hasErrors } from '../lib/check/problems.ts';

/** The folder of the content files, relative to the project root. */
const CONTENT_DIR = 'content';

/** The error a failed check raises: Astro prints its message and hint; it carries no stack trace. */
export function contentError(report: string): AstroError {
	const error = new AstroError(
		`The content check found problems:\n\n${report}`,
		'Fix each file at the line and field named above; `npm run check` lists the same problems without building.',
	);
	// The report says where the problem is; a stack trace would only point at this file.
	error.stack = '';
	return error;
}

/** Run the check and report it through the logger; whether it found errors. */
function checkAndLog(root: string, logger: AstroIntegrationLogger): boolean {
	const result = checkProject(root, todayIso());
	const failed = hasErrors(result.problems);
	if (failed) logger.error(`\n${formatReport(result.problems)}\n`);
	else {
		if (result.problems.length) logger.warn(`\n${formatReport(result.problems)}\n`);
		logger.info(`content OK: ${result.entries.length} entries, ${result.entities.length} entities`);
	}
	return failed;
}

export default function contentCheck(): AstroIntegration {
	let root = '';
	return {
		name: 'content-check',
		hooks: {
			'astro:config:setup': ({ config, command, logger }) => {
				root = fileURLToPath(config.root);
				if (command === 'dev') {
					// Reported, never thrown: the server starts, and the watcher below checks again.
					try {
						checkAndLog(root, logger);
					} catch (e) {
						logger.error(`the content check itself failed: ${e instanceof Error ? e.message : String(e)}`);
					}
					return;
				}
				let result;
				try {
					result = checkProject(root, todayIso());
				} catch (e) {
					if (command === 'build') rmSync(fileURLToPath(config.outDir), { recursive: true, force: true });
					throw contentError(
						`error: the content check stopped unexpectedly (${String((e as Error)?.message ?? e).split('\n')[0]}). Please report this with the files of your change.`,
					);
				}
				if (!hasErrors(result.problems)) {
					// Warnings (a source never cited, a narrative not yet written) do not stop the
					// build, but an editor previewing with npm start should still see them.
					if (result.problems.length) logger.warn(`\n${formatReport(result.problems)}\n`);
					logger.info(`content OK: ${result.entries.length} entries, ${result.entities.length} entities`);
					return;
				}
				if (command === 'build') rmSync(fileURLToPath(config.outDir), { recursive: true, force: true });
				throw contentError(formatReport(result.problems));
			},
			'astro:server:setup': ({ server, logger }) => {
				const dir = join(root, CONTENT_DIR);
				server.watcher.add(dir);
				let timer: ReturnType<typeof setTimeout> | undefined;
				const changed = (file: string) => {
					if (!`${file}${sep}`.startsWith(`${dir}${sep}`)) return;
					// One check for a burst of saves (an editor writing a file in several steps).
					clearTimeout(timer);
					timer = setTimeout(() => {
						logger.info(`${relative(root, file)} changed: checking the content again`);
						try {
							checkAndLog(root, logger);
						} catch (e) {
							logger.error(`the content check itself failed: ${e instanceof Error ? e.message : String(e)}`);
						}
					}, 100);
				};
				for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, changed);
			},
		},
	};
}
