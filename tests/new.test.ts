/**
 * `npm run new`, as an editor runs it, in a throwaway copy of the project: with flags (refusing
 * bad values and existing files), and interactively with answers piped in. What it writes must
 * pass the content check: `npm run check` itself for the entry made with flags, the same check
 * in process (`checkProject`, what `npm run check` runs) for the one made by the questions.
 * (A scaffolded entry is also built into a page in bad-input.test.ts.)
 *
 * Two cases run the real `npm run new` end to end (a child process: flags, then answers piped
 * into its stdin); the others call its `main(argv, io)` in process, with the sandbox as its
 * folder, a stream of answers as stdin and the output collected: the same code, without
 * starting npm and Node each time.
 *
 * Speed: the refusals and the dry run write nothing, so they run concurrently; the cases that
 * write run one after the other, since the others compare the folder before and after.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkProject } from '../src/lib/check/check.ts';
import { todayIso } from '../src/lib/model/dates.ts';
import { formatReport } from '../src/lib/check/problems.ts';
import { BASE } from './fixtures/bad-input.ts';
import { run, type RunResult } from './helpers/run.ts';
import { sandbox, type Sandbox } from './helpers/sandbox.ts';
import { main } from '../scripts/new.mjs';

let box: Sandbox;
beforeAll(() => {
	box = sandbox();
	for (const [p, t] of Object.entries(BASE)) box.write(p, t);
});
afterAll(() => box.dispose());

/**
 * `npm run new -- ...args` in process, in the sandbox: `input` is what stdin holds (the answers
 * to the questions), and the result has the exit code and the output as a child's would.
 */
async function newRun(args: string[], input = ''): Promise<RunResult> {
	const stdout: string[] = [];
	const stderr: string[] = [];
	const both: string[] = [];
	const sink = (into: string[]) =>
		new Writable({
			write(chunk: Buffer | string, _enc, done) {
				const s = chunk.toString();
				into.push(s);
				both.push(s);
				done();
			},
		});
	const code = await main(args, {
		root: box.dir,
		stdin: Readable.from([input]),
		stdout: sink(stdout),
		stderr: sink(stderr),
	});
	return { code, stdout: stdout.join(''), stderr: stderr.join(''), output: both.join('') };
}

const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;
const listing = () =>
	[...readdirSync(join(box.dir, 'content/entries')), ...readdirSync(join(box.dir, 'content/entities'))].sort();
const flags = (over: Record<string, string> = {}) =>
	Object.entries({
		date: '2020-09-01',
		type: 'official-statement',
		title: 'Test Agency warns Test Company',
		summary: 'The agency warned the company.',
		actor: 'zz-test-agency',
		subject: 'zz-test-company',
		'source-title': 'A warning',
		'source-publisher': 'Test Agency',
		'source-url': 'https://example.org/warning',
		'source-kind': 'primary',
		...over,
	}).flatMap(([k, v]) => [`--${k}`, v]);

describe('npm run new with flags', () => {
	describe.concurrent('what writes nothing', () => {
		it('refuses bad values with one message per flag, and writes nothing', async () => {
			const before = listing();
			const r = await newRun(
				flags({
					date: '2020-02-30',
					type: 'statement',
					actor: 'zz-test-agncy',
					'source-url': ' JaVaScRiPt:alert(1)',
					'source-kind': 'tertiary',
					summary: 'Fine <script>alert(1)</script>',
				}),
			);
			expect(r.code).toBe(1);
			expect(r.output).toMatch(/nothing written/);
			for (const [flag, says] of [
				['date', /found "2020-02-30": this day does not exist/],
				['type', /found "statement".*expected one of: entity-list-rule/],
				['actor', /unknown entity "zz-test-agncy" \(did you mean "zz-test-agency"\?\)/],
				['source-url', /found " JaVaScRiPt:alert\(1\)", but expected a web address/],
				['source-kind', /found "tertiary".*expected one of: primary, secondary/],
				['summary', /found "Fine <script>alert\(1\)<\/script>", but expected plain text, with no < or > \(no HTML\)/],
			] as const)
				expect(r.output, flag).toMatch(new RegExp(`--${flag}: .*${says.source}`));
			expect(r.output).not.toMatch(STACK_FRAME);
			expect(listing()).toEqual(before);
		});

		it('names every missing flag', async () => {
			const r = await newRun(['--title', 'Only a title']);
			expect(r.code).toBe(1);
			for (const f of [
				'date',
				'type',
				'summary',
				'actor',
				'source-title',
				'source-publisher',
				'source-url',
				'source-kind',
			])
				expect(r.output).toContain(`--${f}: missing`);
		});

		it('refuses an unknown flag in plain words', async () => {
			const r = await newRun(['--titel', 'x']);
			expect(r.code).toBe(1);
			expect(r.output).toMatch(/Unknown option '--titel'.*Nothing written/s);
			expect(r.output).not.toMatch(STACK_FRAME);
		});

		it('prints the file with --dry-run and writes nothing', async () => {
			const before = listing();
			const r = await newRun([...flags(), '--dry-run']);
			expect(r.code, r.output).toBe(0);
			expect(r.stdout).toMatch(/^---\ntitle: Test Agency warns Test Company\ndate: 2020-09-01\n/);
			expect(listing()).toEqual(before);
		});
	});

	it('writes an entry that passes npm run check, prints the next step, and never overwrites it', async () => {
		const r = await box.npm('new', ...flags());
		expect(r.code, r.output).toBe(0);
		const path = 'content/entries/2020-09-01-test-agency-warns-test-company.mdx';
		expect(r.output).toContain(`Wrote ${path}`);
		expect(r.output).toMatch(/npm run check/);
		expect(r.output).toMatch(/npm start.*\/entries\/2020-09-01-test-agency-warns-test-company\//);
		const written = readFileSync(join(box.dir, path), 'utf8');
		const check = await box.npm('check');
		expect(check.code, check.output).toBe(0);

		const again = await newRun(flags({ summary: 'Something else.' }));
		expect(again.code).toBe(1);
		expect(again.output).toMatch(/already exists, and npm run new never overwrites a file/);
		expect(readFileSync(join(box.dir, path), 'utf8')).toBe(written);
	});

	it('creates an entity, which an entry can then name', async () => {
		const r = await newRun([
			'--entity',
			'--name',
			'Flag Test Cloud',
			'--kind',
			'company',
			'--description',
			'Made with flags.',
			'--alias',
			'旗云',
			'--parent',
			'zz-test-company',
		]);
		expect(r.code, r.output).toBe(0);
		expect(readFileSync(join(box.dir, 'content/entities/flag-test-cloud.yaml'), 'utf8')).toBe(
			'name: Flag Test Cloud\nkind: company\naliases:\n  - name: 旗云\n    lang: zh-Hans\nparent: zz-test-company\ndescription: Made with flags.\n',
		);
		const again = await newRun([
			'--entity',
			'--name',
			'Flag Test Cloud',
			'--kind',
			'company',
			'--description',
			'Again.',
		]);
		expect(again.code).toBe(1);
		expect(again.output).toMatch(/already exists/);
	});
});

describe('npm run new with questions', () => {
	const answers = [
		'2024-13-01', // not a month: asked again
		'2020-10', // a month
		'', // precision: the default, month
		'99', // not a type: asked again
		'official-statement',
		'Prompted entry about the test company',
		'The agency said something about the company.',
		'zz-nobody', // unknown: asked again
		'zz-test-agency, +Prompt Test Agency', // an existing id and a new entity
		'', // its name: the default
		'2', // its kind: government-agency
		'', // its id: the default
		'An agency made by the prompts.',
		'测试机构',
		'us',
		'zz-test', // several match: asked again
		'zz-test-company',
		'A statement',
		'Test Agency',
		'ftp://example.org/s', // not a web address: asked again
		'https://example.org/s',
		'', // source date: skipped
		'', // primary
		'', // key: the suggestion
		'', // file name: the suggestion
		'y',
	];

	it('asks again after a wrong answer, creates the new entity, and writes files that pass the check', async () => {
		const r = await run('npm', ['run', '--silent', 'new'], { cwd: box.dir, input: `${answers.join('\n')}\n` });
		expect(r.code, r.output).toBe(0);
		expect(r.output).toMatch(/✗ found "2024-13-01"/);
		expect(r.output).toMatch(/✗ expected a number from 1 to \d+/);
		expect(r.output).toMatch(/✗ unknown entity "zz-nobody"/);
		expect(r.output).toMatch(/"zz-test" matches several entities/);
		expect(r.output).toMatch(/✗ found "ftp:\/\/example.org\/s", but expected a web address/);
		const entry = 'content/entries/2020-10-01-prompted-entry-about-test-company.mdx';
		expect(r.output).toContain(`Wrote ${entry}`);
		expect(r.output).toContain('content/entities/prompt-test-agency.yaml (new entity');
		const text = readFileSync(join(box.dir, entry), 'utf8');
		expect(text).toMatch(/^date: 2020-10-01\ndatePrecision: month\n/m);
		expect(text).toContain('actors: [zz-test-agency, prompt-test-agency]');
		expect(text).toContain('subjects: [zz-test-company]');
		expect(readFileSync(join(box.dir, 'content/entities/prompt-test-agency.yaml'), 'utf8')).toContain(
			'  - name: 测试机构\n    lang: zh-Hans\ncountry: US\n',
		);
		const check = checkProject(box.dir, todayIso());
		expect(
			check.problems.filter((p) => p.severity === 'error'),
			formatReport(check.problems),
		).toEqual([]);
		expect(check.entries.map((e) => e.id)).toContain('2020-10-01-prompted-entry-about-test-company');
		expect(check.entities.map((e) => e.id)).toContain('prompt-test-agency');
	});

	it('writes nothing when the answers stop early', async () => {
		const before = listing();
		const r = await newRun([], '2020-11-02\nday\n');
		expect(r.code).toBe(1);
		expect(r.output).toMatch(/Stopped before the entry was complete: nothing written/);
		expect(listing()).toEqual(before);
		expect(existsSync(join(box.dir, 'dist'))).toBe(false);
	});
});
