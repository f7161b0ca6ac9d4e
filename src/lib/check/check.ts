/**
 * The whole content check: files, schemas, bodies and integrity, every problem at once.
 * `npm run check` prints it; the build runs it first and stops on any error.
 */
import { loadContent, type LoadedContent } from '../node/content-files.ts';
import { checkIntegrity } from './integrity.ts';
import { checkBody } from './mdx-check.ts';
import { sortProblems, type Problem } from './problems.ts';
import { checkRecordRules } from './record-rules.ts';

/** Text with runs of white space made one space, for comparing. */
const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * Whether a body is still the placeholder `npm run new` writes: the summary (escaped for MDX),
 * then its citations, and nothing else.
 */
export function isPlaceholder(body: string, summary: string): boolean {
	const text = body.replace(/<Cite k="[^"]*" ?\/>/g, '').replace(/\\([!-/:-@[-`{-~])/g, '$1');
	return squash(text) === squash(summary);
}

export interface CheckResult extends LoadedContent {
	problems: Problem[];
}

/**
 * Check the content under `<root>/content`.
 * @param today the build date, `YYYY-MM-DD`: nothing may be dated later.
 */
export function checkProject(root: string, today: string): CheckResult {
	const loaded = loadContent(root);
	const problems = [...loaded.problems];
	const validIds = new Map(loaded.entries.map((e) => [e.id, e]));
	for (const f of loaded.entryFiles) {
		const entry = validIds.get(f.id);
		const sources = (f.data as { sources?: unknown }).sources;
		// When the sources themselves are missing or broken, their keys are unknown: the body's
		// citations are not checked against them (that would only repeat the sources problem).
		const keys = entry
			? entry.data.sources.map((s) => s.key)
			: Array.isArray(sources) && sources.length
				? sources.map((s) => (s as { key?: unknown })?.key).filter((k): k is string => typeof k === 'string')
				: undefined;
		const body = checkBody(f.file, f.body, f.bodyLine, keys);
		problems.push(...body.problems);
		if (entry && !body.problems.length && isPlaceholder(f.body, entry.data.summary))
			problems.push({
				file: f.file,
				field: 'body',
				line: f.bodyLine,
				message:
					'the body only repeats the summary (as npm run new writes it): write the narrative in your own words, with <Cite k="…" /> after each sourced sentence.',
				severity: 'warning',
			});
		if (entry && !body.problems.length) {
			entry.data.sources.forEach((s, i) => {
				if (!body.citedKeys.includes(s.key))
					problems.push({
						file: f.file,
						field: `sources[${i}]`,
						line: f.lineOf(['sources', i]),
						message: `source "${s.key}" is never cited in the body: add <Cite k="${s.key}" /> after the sentence it supports.`,
						severity: 'warning',
					});
			});
		}
	}
	problems.push(
		...checkIntegrity([...loaded.entries, ...loaded.partialEntries], loaded.entities, today, loaded.lineOf, {
			entities: loaded.invalidEntityIds,
		}),
	);
	problems.push(...checkRecordRules(root, loaded, today));
	return { ...loaded, problems: sortProblems(problems) };
}
