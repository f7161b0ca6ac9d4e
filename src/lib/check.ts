/**
 * The whole content check: files, schemas, bodies and integrity, every problem at once.
 * `npm run check` prints it; the build runs it first and stops on any error.
 */
import { loadContent, type LoadedContent } from './content-files.ts';
import { checkIntegrity } from './integrity.ts';
import { checkBody } from './mdx-check.ts';
import type { Problem } from './problems.ts';

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
		const keys = entry
			? entry.data.sources.map((s) => s.key)
			: Array.isArray(sources)
				? sources.map((s) => (s as { key?: unknown })?.key).filter((k): k is string => typeof k === 'string')
				: [];
		const body = checkBody(f.file, f.body, f.bodyLine, keys);
		problems.push(...body.problems);
		if (entry && !body.problems.length) {
			entry.data.sources.forEach((s, i) => {
				if (!body.citedKeys.includes(s.key))
					problems.push({ file: f.file, field: `sources[${i}]`, line: f.lineOf(['sources', i]), message: `source "${s.key}" is never cited in the body: add <Cite k="${s.key}" /> after the sentence it supports.`, severity: 'warning' });
			});
		}
	}
	const byFile = new Map(loaded.entryFiles.map((f) => [f.file, f.lineOf]));
	problems.push(...checkIntegrity(loaded.entries, loaded.entities, today, (file, path) => byFile.get(file)?.(path)));
	return { ...loaded, problems };
}
