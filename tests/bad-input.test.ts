/**
 * Bad input never gets through. Every case of the corpus (tests/fixtures/bad-input.ts) runs
 * through the content check in process (`checkProject`, the function `npm run check` and the
 * build's first step call): the report must name the file (and line, where the case knows it),
 * the field and what is wrong in ONE problem, and the check must not throw. A few cases, the
 * critical ones among them (`END_TO_END`), also run end to end: `npm run check` and
 * `npm run build` as subprocesses must exit non-zero with the same problem, print no stack trace,
 * and leave no dist/ behind (a stale one from an earlier build stays as it was, since the build
 * swaps only on success). Files with a byte-order mark or CRLF line endings are accepted: one
 * real build over all of them, together with an entry made by `npm run new`. The sandboxes of
 * these subprocess cases hold BASE and the case's files as their whole content, as the in-process
 * cases do: the claims are about those files, not the record's.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { checkProject } from '../src/lib/check/check.ts';
import { todayIso } from '../src/lib/model/dates.ts';
import { formatReport } from '../src/lib/check/problems.ts';
import { ACCEPTED, BAD_CASES, BASE, END_TO_END, SAFE_LOOKING, type BadCase } from './fixtures/bad-input.ts';
import { scanPage } from '../src/lib/check/page-scan.ts';
import { sandbox, type Sandbox } from './helpers/sandbox.ts';

/** A Node stack frame: "    at fn (file:1:2)" or "    at file:1:2". */
const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;

/** One problem as printed by formatProblem. */
interface Printed {
	file: string;
	line: number | undefined;
	field: string;
	message: string;
}

/** Every problem block in a command's output. */
export function printedProblems(output: string): Printed[] {
	const out: Printed[] = [];
	for (const m of output.matchAll(/^error: (.+?)(?::(\d+))?\n {2}field: (.*)\n {2}(.*)$/gm))
		out.push({ file: m[1]!, line: m[2] ? Number(m[2]) : undefined, field: m[3]!, message: m[4]! });
	return out;
}

/** The 1-based line of the first line containing `needle`. */
function lineOf(text: string, needle: string): number {
	const i = text.split('\n').findIndex((l) => l.includes(needle));
	if (i < 0) throw new Error(`fixture: "${needle}" not found`);
	return i + 1;
}

/**
 * A sandbox whose content is only BASE with the case's files: the same closed set the in-process
 * check reads (contentDir), without the record's own entries and entities, which no case needs
 * (every build here costs less for it).
 */
function prepare(files: Record<string, string | Buffer>, remove: readonly string[] = []): Sandbox {
	const box = sandbox();
	box.remove('content/entries');
	box.remove('content/entities');
	for (const [path, text] of Object.entries(files)) box.write(path, text);
	for (const path of remove) box.remove(path);
	return box;
}

/** A folder holding only content/ (all the check reads), with the case's files, links and FIFOs. */
function contentDir(c: BadCase): string {
	const dir = mkdtempSync(join(tmpdir(), 'cct-bad-'));
	const files = { ...BASE, ...c.files };
	for (const path of c.remove ?? []) delete files[path];
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	for (const [path, target] of Object.entries(c.symlinks ?? {})) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		symlinkSync(target.replace('$DIR', dir), join(dir, path));
	}
	for (const path of c.fifos ?? []) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		execFileSync('mkfifo', [join(dir, path)]);
	}
	return dir;
}

/** Check that `output` reports the case as its one expected problem. */
function expectReported(c: BadCase, output: string, what: string): void {
	const text = c.files[c.file] ?? BASE[c.file] ?? '';
	const line = c.at ? lineOf(text, c.at) : undefined;
	expect(output, `${what}: no stack trace`).not.toMatch(STACK_FRAME);
	const problems = printedProblems(output);
	const match = problems.find((p) => p.file === c.file && p.field === c.field && c.says.test(p.message));
	expect(
		match,
		`${what}: a problem naming ${c.file}, field ${c.field}, saying ${c.says}; got:\n${output}`,
	).toBeDefined();
	if (line !== undefined) expect(match!.line, `${what}: the line of "${c.at}"`).toBe(line);
}

describe('the bad-input corpus', () => {
	it('has at least 120 cases, each with a distinct name', () => {
		expect(BAD_CASES.length).toBeGreaterThanOrEqual(120);
		expect(new Set(BAD_CASES.map((c) => c.name)).size).toBe(BAD_CASES.length);
	});
	it('names its end-to-end cases among its cases', () => {
		for (const name of END_TO_END)
			expect(
				BAD_CASES.some((c) => c.name === name),
				name,
			).toBe(true);
	});
});

describe('bad input is stopped by the content check', () => {
	const today = todayIso();
	it.each(BAD_CASES)('$name', (c: BadCase) => {
		const dir = contentDir(c);
		try {
			const started = performance.now();
			const result = checkProject(dir, today);
			const ms = performance.now() - started;
			expect(
				result.problems.some((p) => p.severity === 'error'),
				'the check must fail',
			).toBe(true);
			expectReported(c, formatReport(result.problems), 'check');
			expect(ms, 'the check answers quickly').toBeLessThan(c.maxMs ?? 2000);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe.concurrent('the critical cases are stopped by npm run check and npm run build', () => {
	it.each(BAD_CASES.filter((c) => END_TO_END.includes(c.name)))('$name', async (c: BadCase) => {
		const box = prepare({ ...BASE, ...c.files }, c.remove);
		for (const [path, target] of Object.entries(c.symlinks ?? {}))
			symlinkSync(target.replace('$DIR', box.dir), join(box.dir, path));
		for (const path of c.fifos ?? []) execFileSync('mkfifo', [join(box.dir, path)]);
		try {
			// A site from an earlier build: a failed build must leave it as it was, never a part of a new one.
			box.write('dist/index.html', '<!doctype html><title>stale</title>');
			for (const script of ['check', 'build']) {
				const r = await box.npm(script);
				expect(r.code, `${script} must fail:\n${r.output}`).not.toBe(0);
				expectReported(c, r.output, script);
			}
			expect(
				readFileSync(join(box.dir, 'dist', 'index.html'), 'utf8'),
				'a failed build leaves the old dist/ untouched',
			).toContain('stale');
			expect(existsSync(join(box.dir, 'dist', 'entries')), 'no page of the failed build').toBe(false);
		} finally {
			box.dispose();
		}
	});
});

describe('unusual but valid files, and a scaffolded entry', () => {
	it('are accepted by npm run check and built into pages by npm run build', async () => {
		const box = prepare({
			...BASE,
			...Object.fromEntries(ACCEPTED.map((a) => [a.path, a.bytes])),
			[SAFE_LOOKING.path]: SAFE_LOOKING.text,
		});
		try {
			// Byte-order marks and CRLF really are in the files under test.
			expect(ACCEPTED.filter((a) => a.bytes[0] === 0xef).length).toBeGreaterThanOrEqual(2);
			expect(ACCEPTED.filter((a) => a.bytes.includes('\r\n')).length).toBeGreaterThanOrEqual(2);

			const entity = await box.npm(
				'new',
				'--entity',
				'--name',
				'Scaffold Test Cloud',
				'--kind',
				'company',
				'--description',
				'A company made by npm run new in a test.',
				'--alias',
				'脚手架云',
				'--country',
				'CN',
			);
			expect(entity.code, entity.output).toBe(0);
			const made = await box.npm(
				'new',
				...[
					'--date',
					'2020-08-19',
					'--type',
					'official-statement',
					'--title',
					'Agency says: "Scaffolds work" & more {braces}',
				],
				...[
					'--summary',
					'The agency said that scaffolded entries build [sic] {as written}.',
					'--actor',
					'zz-test-agency',
					'--subject',
					'zz-test-company,scaffold-test-cloud',
				],
				...[
					'--source-title',
					'A statement',
					'--source-publisher',
					'Test Agency',
					'--source-url',
					'https://example.org/statement',
					'--source-kind',
					'primary',
					'--source-date',
					'2020-08-19',
				],
			);
			expect(made.code, made.output).toBe(0);
			const path = /Wrote (content\/entries\/\S+\.mdx)/.exec(made.output)?.[1];
			expect(path, made.output).toBe('content/entries/2020-08-19-agency-says-scaffolds-work-more-braces.mdx');
			expect(made.output).toMatch(/npm run check/);
			expect(made.output).toMatch(/npm start/);

			const check = await box.npm('check');
			expect(check.code, check.output).toBe(0);
			expect(check.output).toMatch(/Content OK/);
			// The placeholder narrative is flagged until it is rewritten (a warning, not an error).
			expect(check.output).toContain(`warning: ${path}`);

			const build = await box.npm('build');
			expect(build.code, build.output).toBe(0);
			expect(build.output).not.toMatch(STACK_FRAME);
			expect(build.output, 'the build shows warnings too').toContain(`warning: ${path}`);
			const html = (url: string) => readFileSync(join(box.dir, 'dist', url, 'index.html'), 'utf8');
			for (const a of ACCEPTED) {
				const page = html(a.url);
				expect(page, a.name).toContain(`>${a.title}</h1>`);
				expect(page, `${a.name}: no stray BOM or CR`).not.toMatch(/\uFEFF|\r/);
			}
			expect(html('/entities/zz-test-bom-crlf/')).toContain('测试公司');
			const scaffolded = html(`/entries/${path!.slice('content/entries/'.length, -'.mdx'.length)}/`);
			// Title and narrative exactly as typed (HTML-escaped), and the citation resolved.
			expect(scaffolded).toMatch(
				/<h1[^>]*>Agency says: (&quot;|")Scaffolds work(&quot;|") &amp; more \{braces\}<\/h1>/,
			);
			const narrative = parse(scaffolded).querySelector('.narrative p');
			expect(narrative?.text).toMatch(/^The agency said that scaffolded entries build \[sic\] \{as written\}\.\[1\]$/);
			expect(narrative?.querySelector('sup a')?.getAttribute('href')).toBe('#source-ta');
			expect(html('/entities/scaffold-test-cloud/')).toContain('脚手架云');
			// What only looks hostile is shown as text: nothing ran, no tag was made.
			const safe = html(SAFE_LOOKING.url);
			expect(scanPage(safe)).toEqual([]);
			const text = parse(safe).querySelector('.narrative')!.text;
			expect(text).toContain('Braces {globalThis.process.exit(1)} and <meta http-equiv=');
			expect(text).toContain('and <script> stay text.');
			expect(text).toContain('{globalThis.process.exit(1)}`');
			expect(text).toContain('<b onclick="x">');
			expect(parse(safe).querySelectorAll('.narrative b, .narrative script, .narrative meta')).toHaveLength(0);
		} finally {
			box.dispose();
		}
	});
});
