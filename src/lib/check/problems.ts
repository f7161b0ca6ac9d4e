/**
 * Problems found in content: what the check and the build print. Each names the file, the
 * field (and line where known), what was found and what to do, so an editor can fix it
 * without reading code.
 */

export interface Problem {
	/** Path relative to the project root, e.g. `content/entries/2020-08-17-x.mdx`. */
	file: string;
	/** The field, as a path: `sources[0].url`; `body` for the MDX body; `file` for the file itself. */
	field: string;
	/** What is wrong and what to do. */
	message: string;
	/** 1-based line in the file, where known. */
	line?: number | undefined;
	/** Errors fail the check and the build; warnings are printed only. */
	severity: 'error' | 'warning';
}

/** Format one problem as a line an editor can read. */
export function formatProblem(p: Problem): string {
	const where = p.line ? `${p.file}:${p.line}` : p.file;
	return `${p.severity === 'error' ? 'error' : 'warning'}: ${where}\n  field: ${p.field}\n  ${p.message}`;
}

/** Format a report: every problem, then a count. */
export function formatReport(problems: readonly Problem[]): string {
	const errors = problems.filter((p) => p.severity === 'error').length;
	const warnings = problems.length - errors;
	const lines = problems.map(formatProblem);
	lines.push(
		errors
			? `\n${errors} error${errors === 1 ? '' : 's'}${warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : ''}: fix them and run npm run check again.`
			: `\nContent OK${warnings ? ` (${warnings} warning${warnings === 1 ? '' : 's'})` : ''}.`,
	);
	return lines.join('\n');
}

/** Problems grouped by file, then in line order (stable otherwise), so each file's list reads top to bottom. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
	return problems
		.map((p, i) => ({ p, i }))
		.sort((a, b) =>
			a.p.file < b.p.file ? -1 : a.p.file > b.p.file ? 1 : (a.p.line ?? 0) - (b.p.line ?? 0) || a.i - b.i,
		)
		.map(({ p }) => p);
}

/** Whether any problem is an error. */
export function hasErrors(problems: readonly Problem[]): boolean {
	return problems.some((p) => p.severity === 'error');
}

/** A field path as editors write it: `sources[0].url`. */
export function fieldPath(path: readonly PropertyKey[]): string {
	return (
		path.reduce<string>(
			(acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${String(k)}` : String(k)),
			'',
		) || '(top level)'
	);
}

/** Levenshtein distance, for "did you mean". */
function distance(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		let prev = row[0]!;
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const cur = row[j]!;
			row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
			prev = cur;
		}
	}
	return row[b.length]!;
}

/** A " (did you mean "x"?)" hint when a close candidate exists, else "". */
export function didYouMean(value: string, candidates: Iterable<string>): string {
	let best: string | undefined;
	let bestD = Infinity;
	for (const c of candidates) {
		const d = distance(value, c);
		if (d < bestD) [best, bestD] = [c, d];
	}
	return best !== undefined && bestD <= Math.max(2, Math.floor(value.length / 4)) ? ` (did you mean "${best}"?)` : '';
}

/**
 * Show a found value briefly: strings quoted and cut at 60 characters, lists and groups cut
 * after a few characters without ever writing them out whole (a value built from YAML aliases
 * can be billions of characters long once expanded; one that refers to itself has no end).
 */
export function showValue(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value instanceof Date)
		return Number.isNaN(value.getTime()) ? 'an invalid date' : `${value.toISOString().slice(0, 10)} (a date)`;
	if (typeof value === 'string' && value.length > 60)
		return `${JSON.stringify(value.slice(0, 50)).slice(0, -1)}…" (${value.length.toLocaleString('en-US')} characters)`;
	const s = briefJson(value, 61);
	return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

/** JSON for `value`, stopping once it is longer than `budget` characters. */
function briefJson(value: unknown, budget: number): string {
	let out = '';
	const seen = new Set<object>();
	const write = (v: unknown): void => {
		if (out.length > budget) return;
		if (v === null || typeof v !== 'object') {
			const s =
				typeof v === 'string'
					? JSON.stringify(v.length > budget ? v.slice(0, budget) : v)
					: (JSON.stringify(v) ?? String(v));
			out += s;
			return;
		}
		if (v instanceof Date) {
			out += JSON.stringify(v);
			return;
		}
		if (seen.has(v)) {
			out += '…';
			return;
		}
		seen.add(v);
		const list = Array.isArray(v);
		out += list ? '[' : '{';
		let first = true;
		for (const [k, child] of list ? v.entries() : Object.entries(v)) {
			if (out.length > budget) break;
			if (!first) out += ',';
			first = false;
			if (!list) out += `${JSON.stringify(k)}:`;
			write(child);
		}
		out += list ? ']' : '}';
		seen.delete(v);
	};
	write(value);
	return out;
}
