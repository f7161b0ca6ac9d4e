import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AGENCY, BASE, CASE_ENTRY, COMPANY, LETTER } from '../../../tests/fixtures/bad-input.ts';
import { checkProject } from './check.ts';
import { formatReport } from './problems.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A project holding only these content files. */
function project(files: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), 'check-'));
	dirs.push(root);
	for (const [p, t] of Object.entries(files)) {
		mkdirSync(dirname(join(root, p)), { recursive: true });
		writeFileSync(join(root, p), t);
	}
	return root;
}
const errors = (root: string) => checkProject(root, '2026-01-01').problems.filter((p) => p.severity === 'error');

describe('checkProject', () => {
	it('passes the valid base set', () => {
		expect(errors(project(BASE))).toEqual([]);
	});

	it('reports every problem at once: schema, references, body and other files in one run', () => {
		const entry = BASE[CASE_ENTRY]!.replace('type: entity-list-rule', 'type: nonsense') // schema
			.replace('actors: [zz-test-agency]', 'actors: [nobody]') // reference (in an entry that failed its schema)
			.replace('url: https://example.org/rule', 'url: javascript:alert(1)') // schema, nested
			.replace('<Cite k="rule" />', '<Cite k="nope" /> {x}'); // body, twice
		const root = project({
			...BASE,
			[CASE_ENTRY]: entry,
			[COMPANY]: BASE[COMPANY]!.replace('country: CN', 'country: China'),
			'content/stray.mdx': 'x',
		});
		const found = errors(root).map((p) => `${p.file} ${p.field}`);
		expect(found).toEqual(
			expect.arrayContaining([
				`${CASE_ENTRY} type`,
				`${CASE_ENTRY} actors[0]`,
				`${CASE_ENTRY} sources[0].url`,
				`${COMPANY} country`,
				'content/stray.mdx file',
			]),
		);
		expect(found.filter((f) => f === `${CASE_ENTRY} body`)).toHaveLength(2);
		// Grouped by file, in line order within each file.
		const files = errors(root).map((p) => p.file);
		expect(files).toEqual([...files].sort());
	});

	it("does not repeat a broken file's problem in every file that refers to it", () => {
		const root = project({ ...BASE, [AGENCY]: 'name: Test Agency\nkind: agency\ndescription: Broken kind.\n' });
		const found = errors(root);
		expect(found.map((p) => `${p.file} ${p.field}`)).toEqual([`${AGENCY} kind`]);
	});

	it('does not report citations against sources that are themselves missing', () => {
		const entry = BASE[CASE_ENTRY]!.replace(/^sources:\n(?: {2}.*\n)+/m, '');
		expect(errors(project({ ...BASE, [CASE_ENTRY]: entry })).map((p) => p.field)).toEqual(['sources']);
	});

	it('still checks answers to the asks of a letter that has other problems', () => {
		const letter = BASE[LETTER]!.replace(/^summary: .*\n/m, '');
		const entry = BASE[CASE_ENTRY]!.replace('#ask-one', '#ask-two');
		const found = errors(project({ ...BASE, [LETTER]: letter, [CASE_ENTRY]: entry }));
		expect(found.map((p) => `${p.file} ${p.field}`)).toEqual([`${LETTER} summary`, `${CASE_ENTRY} answers[0].ask`]);
	});

	it('warns while the body only repeats the summary, as npm run new leaves it', () => {
		const entry = BASE[CASE_ENTRY]!.replace(
			/\n---\n\n[\s\S]*$/,
			'\n---\n\nA valid entry that each case\nbreaks in one place.<Cite k="rule" />\n',
		);
		const r = checkProject(project({ ...BASE, [CASE_ENTRY]: entry }), '2026-01-01');
		expect(r.problems).toEqual([expect.objectContaining({ file: CASE_ENTRY, field: 'body', severity: 'warning' })]);
		expect(formatReport(r.problems)).toMatch(/Content OK \(1 warning\)/);
	});
});
