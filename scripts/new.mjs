#!/usr/bin/env node
// npm run new: scaffold a new entry (and, if needed, new entities) that passes npm run check.
// Asks questions, or takes flags for use without prompts (npm run new -- --help). Never
// overwrites a file. The logic (validation, rendering) is in src/lib/editor/scaffold.ts.
// The work is `main(argv, io)`, which returns the exit code (tests call it in process); run as a
// script, it runs with this project's folder and the process's streams.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadContent } from '../src/lib/node/content-files.ts';
import { todayIso } from '../src/lib/model/dates.ts';
import { ALIAS_LANGS, DATE_PRECISIONS, ENTITY_KINDS, ENTRY_TYPES } from '../src/lib/model/schema.ts';
import { ENTITY_ID, ENTRY_ID } from '../src/lib/model/patterns.ts';
import { KIND_LABELS, TYPE_INFO } from '../src/lib/model/vocab.ts';
import {
	checkEntityRef,
	checkValue,
	completeDate,
	ENTITY_INPUTS,
	ENTRY_INPUTS,
	planEntity,
	planEntry,
	searchEntities,
	slugify,
	suggestSourceKey,
} from '../src/lib/editor/scaffold.ts';
import { entryUrl } from '../src/lib/site/urls.ts';

/** @typedef {import('../src/lib/model/schema.ts').Entity} Entity */
/** @typedef {import('../src/lib/editor/scaffold.ts').PlannedFile} PlannedFile */
/** @typedef {import('../src/lib/editor/scaffold.ts').InputProblem} InputProblem */
/** @typedef {import('../src/lib/editor/scaffold.ts').ProjectView} ProjectView */
/** @typedef {Parameters<typeof checkValue>[0]} FieldSchema */
/** A flag's table row: what its value looks like, and what it is. @typedef {[value: string, help: string]} FlagHelp */

/**
 * Where npm run new works, and its streams.
 * @typedef {{ root: string, stdin: NodeJS.ReadableStream & { isTTY?: boolean }, stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream }} Io
 */

/** This project's folder: where the script writes when run as `npm run new`. */
const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** @satisfies {Record<string, FlagHelp>} */
const ENTRY_FLAGS = {
	date: ['YYYY-MM-DD', 'the day it happened or took effect (YYYY-MM for a month, YYYY for a year)'],
	'date-precision': ['day|month|year', 'how exactly the date is known (default: from --date)'],
	published: ['YYYY-MM-DD', 'optional second date, e.g. Federal Register publication'],
	type: ['TYPE', `what kind of action: ${ENTRY_TYPES.join(', ')}`],
	title: ['TEXT', 'the headline, plain text'],
	summary: ['TEXT', 'one or two plain sentences for cards, feeds and exports'],
	actor: ['ID', 'entity id of who acted (repeat, or separate with commas)'],
	subject: ['ID', 'entity id of who it is about (repeat, or separate with commas)'],
	'source-title': ['TEXT', 'title of the first source, as published'],
	'source-publisher': ['TEXT', 'who published it'],
	'source-url': ['URL', 'where it can be read (https://…)'],
	'source-date': ['YYYY-MM-DD', 'when it was published, if known'],
	'source-kind': ['primary|secondary', "primary: the document or the actor's own words; secondary: reporting"],
	'source-key': ['KEY', 'short key to cite it with <Cite k="…" /> (default: from the publisher)'],
	'source-archived': ['URL', 'an archived copy (Wayback Machine, archive.today)'],
	slug: ['SLUG', 'the file name after the date (default: from the title)'],
};
/** @satisfies {Record<string, FlagHelp>} */
const ENTITY_FLAGS = {
	entity: ['', 'create an entity instead of an entry'],
	name: ['TEXT', 'its name in English as commonly written'],
	kind: ['KIND', `what it is: ${ENTITY_KINDS.join(', ')}`],
	description: ['TEXT', 'one or two plain sentences'],
	id: ['ID', 'its id and file name (default: from the name)'],
	'short-name': ['TEXT', 'a short name for tight spaces, e.g. BIS'],
	parent: ['ID', 'entity id of its parent (company group, department)'],
	country: ['CC', 'two-letter country code, e.g. CN or US'],
	alias: ['TEXT', 'another name, e.g. its Chinese name in Han characters'],
	'alias-lang': ['LANG', `the alias's language (default zh-Hans): ${ALIAS_LANGS.join(', ')}`],
	website: ['URL', 'its official website'],
};
/** @type {ReadonlySet<string>} */
const MULTIPLE = new Set(['actor', 'subject']);

/**
 * The flags as parsed: text flags are strings, `--actor` and `--subject` lists (they repeat),
 * `--entity`, `--dry-run` and `--help` booleans.
 * @typedef {{ [F in keyof typeof ENTRY_FLAGS | keyof typeof ENTITY_FLAGS]?: F extends 'actor' | 'subject' ? string[] : F extends 'entity' ? boolean : string } & { 'dry-run'?: boolean; help?: boolean }} FlagValues
 */

function usage() {
	/** @param {Record<string, FlagHelp>} flags */
	const rows = (flags) =>
		Object.entries(flags)
			.map(([f, [v, d]]) => `  --${`${f} ${v}`.padEnd(30)} ${d}`)
			.join('\n');
	return `Scaffold a new entry: npm run new (asks questions), or with flags:

  npm run new -- --date 2024-05-01 --type official-statement --title "…" --summary "…" \\
    --actor us-commerce --subject alibaba-cloud --source-title "…" --source-publisher "…" \\
    --source-url https://… --source-kind primary

Entry flags:
${rows(ENTRY_FLAGS)}

Create an entity (then use its id in --actor or --subject):

  npm run new -- --entity --name "…" --kind company --description "…" [--alias 华为云]

Entity flags:
${rows(ENTITY_FLAGS)}

  --dry-run                        print the file instead of writing it
  --help                           this text`;
}

/**
 * Write planned files, refusing (again, at the last moment) to overwrite anything.
 * @param {string} root
 * @param {readonly PlannedFile[]} files
 */
function writeAll(root, files) {
	for (const f of files) {
		const abs = join(root, f.path);
		if (existsSync(abs)) throw new Error(`${f.path} already exists: nothing written.`);
	}
	for (const f of files) {
		mkdirSync(dirname(join(root, f.path)), { recursive: true });
		writeFileSync(join(root, f.path), f.text, { flag: 'wx' });
	}
}

/**
 * What to do after the files are written.
 * @param {PlannedFile} entry
 * @param {readonly PlannedFile[]} entities the new entity files written with it
 * @returns {string}
 */
function nextSteps(entry, entities) {
	const lines = [`Wrote ${entry.path}`];
	for (const e of entities)
		lines.push(`  and ${e.path} (new entity: check its description and add aliases and identifiers)`);
	lines.push(
		'',
		'Next:',
		`  1. Edit ${entry.path}: replace the placeholder narrative (it repeats the summary) with the story`,
		'     in your own words, a <Cite k="…" /> after each sourced sentence. Add more sources, and',
		'     designations, asks or answers where they apply (CONTRIBUTING.md explains every field).',
		'  2. npm run check    lists every problem, with file, line and field',
		`  3. npm start        builds the site and serves it: http://localhost:4321${entryUrl(entry.id)}`,
	);
	return lines.join('\n');
}

/**
 * @param {Io} io
 * @param {readonly InputProblem[]} problems
 * @returns {number} the exit code, 1
 */
function refuse(io, problems) {
	io.stderr.write('npm run new: nothing written.\n');
	for (const p of problems) io.stderr.write(`  --${p.input}: ${p.message}\n`);
	io.stderr.write('Run npm run new -- --help for every flag.\n');
	return 1;
}

/**
 * The project as the scaffold sees it: its entities (and any planned in this run), its files, today.
 * @param {string} root
 * @param {readonly Entity[]} [extraEntities]
 * @returns {ProjectView & { entities: Entity[] }}
 */
function project(root, extraEntities = []) {
	const loaded = loadContent(root);
	return {
		entities: [...loaded.entities, ...extraEntities],
		exists: (/** @type {string} */ path) => existsSync(join(root, path)),
		today: todayIso(),
	};
}

// ---------------------------------------------------------------- flags
/**
 * @param {Io} io
 * @param {FlagValues} values
 * @returns {number} the exit code
 */
function fromFlags(io, values) {
	/** @param {string} s */
	const out = (s) => io.stdout.write(`${s}\n`);
	/** @param {string | string[] | undefined} v */
	const list = (v) =>
		[v ?? []]
			.flat()
			.flatMap((x) => x.split(','))
			.map((x) => x.trim())
			.filter(Boolean);
	if (values.entity) {
		const missing = /** @type {const} */ (['name', 'kind', 'description']).filter((f) => !values[f]);
		if (missing.length)
			return refuse(
				io,
				missing.map((f) => ({ input: f, message: `missing: --${f} is required to create an entity.` })),
			);
		const plan = planEntity(
			{
				name: values.name ?? '',
				kind: values.kind ?? '',
				description: values.description ?? '',
				id: values.id,
				shortName: values['short-name'],
				parent: values.parent,
				country: values.country,
				alias: values.alias,
				aliasLang: values['alias-lang'],
				website: values.website,
			},
			project(io.root),
		);
		if (!plan.ok) return refuse(io, plan.problems);
		if (values['dry-run']) return (out(plan.file.text), 0);
		writeAll(io.root, [plan.file]);
		out(
			`Wrote ${plan.file.path}\nUse it in an entry as ${plan.file.id} (--actor ${plan.file.id} or --subject ${plan.file.id}).`,
		);
		return 0;
	}
	/** @type {(keyof typeof ENTRY_FLAGS)[]} */
	const required = [
		'date',
		'type',
		'title',
		'summary',
		'actor',
		'source-title',
		'source-publisher',
		'source-url',
		'source-kind',
	];
	const missing = required.filter((f) => (MULTIPLE.has(f) ? !list(values[f]).length : !values[f]));
	/** @type {ReadonlySet<string>} */
	const missingSet = new Set(missing);
	const plan = planEntry(
		{
			date: values.date ?? '',
			datePrecision: values['date-precision'],
			published: values.published,
			type: values.type ?? '',
			title: values.title ?? '',
			slug: values.slug,
			summary: values.summary ?? '',
			actors: list(values.actor),
			subjects: list(values.subject),
			source: {
				title: values['source-title'] ?? '',
				publisher: values['source-publisher'] ?? '',
				url: values['source-url'] ?? '',
				date: values['source-date'],
				kind: values['source-kind'] ?? '',
				key: values['source-key'],
				archived: values['source-archived'],
			},
		},
		project(io.root),
	);
	// Every problem at once: the flags that are missing, then what is wrong with the others.
	const problems = [
		...missing.map((f) => ({
			input: f,
			message: `missing: --${f} ${ENTRY_FLAGS[f][0]} is required (${ENTRY_FLAGS[f][1]}).`,
		})),
		...(plan.ok
			? []
			: plan.problems.filter(
					(p) =>
						!missingSet.has(p.input) &&
						!(p.input === 'slug' && missingSet.has('title')) &&
						!(p.input === 'source-key' && missingSet.has('source-publisher')),
				)),
	];
	if (problems.length || !plan.ok) return refuse(io, problems);
	if (values['dry-run']) return (out(plan.file.text), 0);
	writeAll(io.root, [plan.file]);
	out(nextSteps(plan.file, []));
	return 0;
}

// ---------------------------------------------------------------- questions
class InputEnded extends Error {}

/**
 * @param {Io} io
 * @returns {Promise<number>} the exit code
 */
async function interactive(io) {
	const rl = createInterface({ input: io.stdin, output: io.stdout, terminal: Boolean(io.stdin.isTTY) });
	// Lines are read through the iterator, which buffers them: answers piped in all at once are
	// not lost between questions.
	const lines = rl[Symbol.asyncIterator]();
	// Input that ends (a pipe, a stream) closes the interface while the iterator still holds
	// lines: the questions for those are then written directly (rl.prompt would throw).
	let closed = false;
	rl.on('close', () => {
		closed = true;
	});
	const say = (s = '') => io.stdout.write(`${s}\n`);
	/**
	 * Ask until `validate` returns no message; Enter takes the default.
	 * @param {string} question
	 * @param {{ def?: string; validate?: (answer: string) => string | undefined; optional?: boolean }} [options]
	 * @returns {Promise<string>}
	 */
	const ask = async (question, { def = '', validate = () => undefined, optional = false } = {}) => {
		for (;;) {
			const prompt = `${question}${def ? ` [${def}]` : optional ? ' (Enter to skip)' : ''}: `;
			if (closed) io.stdout.write(prompt);
			else {
				rl.setPrompt(prompt);
				rl.prompt();
			}
			const { value, done } = await lines.next();
			if (done) throw new InputEnded();
			if (!io.stdin.isTTY) say(); // piped answers are not echoed: end the prompt's line
			const answer = value.trim() || def;
			if (!answer && optional) return '';
			const problem = answer ? validate(answer) : 'an answer is needed here.';
			if (!problem) return answer;
			say(`  ✗ ${problem}`);
		}
	};
	/**
	 * A validator from the schema that checks the field.
	 * @param {FieldSchema} schema
	 * @returns {(answer: string) => string | undefined}
	 */
	const byField = (schema) => (v) => checkValue(schema, v);
	/**
	 * A validator for a choice from a numbered list of [id, label].
	 * @param {readonly (readonly [string, string])[]} items
	 * @param {string} label
	 * @returns {(answer: string) => string | undefined}
	 */
	const pickFrom = (items, label) => (v) => {
		const n = Number(v);
		if (Number.isInteger(n) && n >= 1 && n <= items.length) return undefined;
		if (items.some(([id, l]) => id === v || l.toLowerCase() === v.toLowerCase())) return undefined;
		return `expected a number from 1 to ${items.length}, or one of the ${label} above.`;
	};
	/**
	 * The id an answer chose (a number, an id or a label), once `pickFrom` has accepted it.
	 * @param {readonly (readonly [string, string])[]} items
	 * @param {string} v
	 * @returns {string}
	 */
	const resolvePick = (items, v) => {
		const n = Number(v);
		const item =
			Number.isInteger(n) && n >= 1 && n <= items.length
				? items[n - 1]
				: items.find(([id, l]) => id === v || l.toLowerCase() === v.toLowerCase());
		if (!item) throw new Error(`"${v}" is none of the choices.`);
		return item[0];
	};

	const view = project(io.root);
	/** @type {PlannedFile[]} */
	const plannedEntities = [];

	/**
	 * Ask for a new entity and plan its file; its id, or undefined when it cannot be made.
	 * @param {string} [nameHint]
	 * @returns {Promise<string | undefined>}
	 */
	const createEntity = async (nameHint = '') => {
		say('\nNew entity (a company, agency, person, outlet or list): it becomes content/entities/<id>.yaml.');
		const name = await ask('  Name, in English as commonly written', {
			def: nameHint,
			validate: byField(ENTITY_INPUTS.name),
		});
		const kinds = ENTITY_KINDS.map((k) => /** @type {const} */ ([k, KIND_LABELS[k]]));
		kinds.forEach(([k, l], i) => say(`    ${String(i + 1).padStart(2)}. ${l} (${k})`));
		const kind = resolvePick(kinds, await ask('  Kind (number or id)', { validate: pickFrom(kinds, 'kinds') }));
		const taken = (/** @type {string} */ id) =>
			view.entities.some((e) => e.id === id) || view.exists(`content/entities/${id}.yaml`);
		const id = await ask('  Id (its file name: lower-case words joined by hyphens)', {
			def: slugify(name, 50),
			validate: (v) =>
				!ENTITY_ID.test(v)
					? 'expected lower-case words joined by hyphens, such as huawei-cloud.'
					: taken(v)
						? `"${v}" already exists: choose another id, or use that entity.`
						: undefined,
		});
		const description = await ask('  Description: one or two plain sentences', {
			validate: byField(ENTITY_INPUTS.description),
		});
		const alias = await ask('  Chinese name in Han characters, if it has one', {
			optional: true,
			validate: byField(ENTITY_INPUTS.alias),
		});
		const country = await ask('  Country, two letters (CN, US, …)', {
			optional: true,
			validate: (v) => checkValue(ENTITY_INPUTS.country, v.toUpperCase()),
		});
		const plan = planEntity(
			{ name, kind, id, description, alias: alias || undefined, country: country ? country.toUpperCase() : undefined },
			view,
		);
		if (!plan.ok) {
			for (const p of plan.problems) say(`  ✗ ${p.input}: ${p.message}`);
			return undefined;
		}
		if (plan.entity) view.entities.push(plan.entity);
		plannedEntities.push(plan.file);
		say(`  ✓ ${plan.file.path} will be written with the entry.\n`);
		return plan.file.id;
	};

	/**
	 * Ask for entity ids: an id, "?" to list, a word to search, "+" to create one.
	 * @param {string} question
	 * @param {{ optional: boolean }} options
	 * @returns {Promise<string[]>}
	 */
	const askEntities = async (question, { optional }) => {
		for (;;) {
			const answer = await ask(question, { optional });
			if (!answer) return [];
			if (answer === '?') {
				for (const e of view.entities) say(`    ${e.id.padEnd(32)} ${e.data.name} (${KIND_LABELS[e.data.kind]})`);
				continue;
			}
			/** @type {string[]} */
			const ids = [];
			let again = false;
			for (const token of answer
				.split(',')
				.map((t) => t.trim())
				.filter(Boolean)) {
				if (token === '+' || token.startsWith('+')) {
					const id = await createEntity(token.slice(1).trim());
					if (id) ids.push(id);
					else again = true;
					continue;
				}
				if (!checkEntityRef(token, view.entities)) {
					ids.push(token);
					continue;
				}
				const matches = searchEntities(view.entities, token);
				const [only] = matches;
				if (only && matches.length === 1) {
					say(`  → "${token}" is ${only.id} (${only.data.name})`);
					ids.push(only.id);
				} else {
					again = true;
					if (matches.length) {
						say(`  "${token}" matches several entities; give one id:`);
						for (const e of matches.slice(0, 15)) say(`    ${e.id.padEnd(32)} ${e.data.name}`);
					} else
						say(
							`  ✗ ${(checkEntityRef(token, view.entities) ?? '').replace(/Use an existing id.*$/, 'Type ? to list every entity, or +Name to create it.')}`,
						);
				}
			}
			if (!again && ids.length) return [...new Set(ids)];
			if (!again && optional) return [];
		}
	};

	try {
		say('New entry for the China Cloud Policy Tracker. Enter takes the [default]; Ctrl+C stops without writing.\n');
		const rawDate = await ask('Date it happened or took effect (YYYY-MM-DD; YYYY-MM for a month; YYYY for a year)', {
			validate: (v) =>
				checkValue(ENTRY_INPUTS.date, completeDate(v).date) ??
				(completeDate(v).date > view.today ? `the date is in the future (today is ${view.today}).` : undefined),
		});
		const completed = completeDate(rawDate);
		const datePrecision = await ask(`Date precision (${DATE_PRECISIONS.join(', ')})`, {
			def: completed.datePrecision,
			validate: byField(ENTRY_INPUTS['date-precision']),
		});
		const types = ENTRY_TYPES.map((t) => /** @type {const} */ ([t, TYPE_INFO[t].label]));
		say('Type:');
		types.forEach(([t, l], i) => say(`  ${String(i + 1).padStart(2)}. ${l} (${t})`));
		const type = resolvePick(types, await ask('Type (number or id)', { validate: pickFrom(types, 'types') }));
		const title = await ask('Title (plain text, at most 200 characters)', { validate: byField(ENTRY_INPUTS.title) });
		const summary = await ask('Summary: one or two plain sentences for cards, feeds and exports', {
			validate: byField(ENTRY_INPUTS.summary),
		});
		say('Entities: type ids separated by commas; ? lists them all; a word searches; +Name creates a new one.');
		const actors = await askEntities('Actors: who acted', { optional: false });
		const subjects = await askEntities('Subjects: who or what it is about', { optional: true });
		say("\nThe first source (primary sources first: the document itself, or the actor's own words).");
		const sourceTitle = await ask('  Title, as published', { validate: byField(ENTRY_INPUTS['source-title']) });
		const publisher = await ask('  Publisher', { validate: byField(ENTRY_INPUTS['source-publisher']) });
		const url = await ask('  URL (copy it from the address bar; never type one from memory)', {
			validate: byField(ENTRY_INPUTS['source-url']),
		});
		const sourceDate = await ask('  Date it was published (YYYY-MM-DD)', {
			optional: true,
			validate: byField(ENTRY_INPUTS['source-date']),
		});
		const kind = await ask('  primary or secondary', {
			def: 'primary',
			validate: byField(ENTRY_INPUTS['source-kind']),
		});
		const key = await ask('  Key to cite it in the text with <Cite k="…" />', {
			def: suggestSourceKey(publisher),
			validate: byField(ENTRY_INPUTS['source-key']),
		});
		const date = completeDate(rawDate, datePrecision).date;
		const slug = await ask('File name after the date', {
			def: slugify(title),
			validate: (v) =>
				!ENTRY_ID.test(`${date}-${v}`)
					? 'expected lower-case words joined by hyphens.'
					: view.exists(`content/entries/${date}-${v}.mdx`)
						? `content/entries/${date}-${v}.mdx already exists: choose another name.`
						: undefined,
		});
		const plan = planEntry(
			{
				date: rawDate,
				datePrecision,
				type,
				title,
				slug,
				summary,
				actors,
				subjects,
				source: { title: sourceTitle, publisher, url, date: sourceDate || undefined, kind, key },
			},
			view,
		);
		if (!plan.ok) {
			for (const p of plan.problems) say(`  ✗ ${p.input}: ${p.message}`);
			say('Nothing written.');
			return 1;
		}
		const files = [...plannedEntities, plan.file];
		const go = await ask(`\nWrite ${files.map((f) => f.path).join(' and ')}? (y/n)`, {
			def: 'y',
			validate: (v) => (/^(y|yes|n|no)$/i.test(v) ? undefined : 'answer y or n.'),
		});
		if (/^n/i.test(go)) {
			say('Nothing written.');
			return 0;
		}
		writeAll(io.root, files);
		say(`\n${nextSteps(plan.file, plannedEntities)}`);
		return 0;
	} catch (e) {
		if (!(e instanceof InputEnded)) throw e;
		say('\nStopped before the entry was complete: nothing written.');
		return 1;
	} finally {
		rl.close();
	}
}

// ---------------------------------------------------------------- main
const options = Object.fromEntries(
	[...Object.keys(ENTRY_FLAGS), ...Object.keys(ENTITY_FLAGS)].map((f) => [
		f,
		{ type: f === 'entity' ? 'boolean' : 'string', ...(MULTIPLE.has(f) ? { multiple: true } : {}) },
	]),
);

/**
 * npm run new with these arguments: with flags, or by questions read from `io.stdin`.
 * @param {readonly string[]} argv the arguments after `npm run new --`
 * @param {Partial<Io>} [io] where to work (default: this project) and the streams (default: the process's)
 * @returns {Promise<number>} the exit code
 */
export async function main(argv, io = {}) {
	/** @type {Io} */
	const ctx = {
		root: io.root ?? ROOT,
		stdin: io.stdin ?? process.stdin,
		stdout: io.stdout ?? process.stdout,
		stderr: io.stderr ?? process.stderr,
	};
	let parsed;
	try {
		parsed = parseArgs({
			args: [...argv],
			options: { ...options, 'dry-run': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
			allowPositionals: false,
		});
	} catch (e) {
		ctx.stderr.write(
			`npm run new: ${(e instanceof Error ? e.message : String(e)).replace(/\. To specify.*$/s, '')}. Nothing written.\nRun npm run new -- --help for every flag.\n`,
		);
		return 1;
	}
	// The options are built from the tables above, so parseArgs cannot infer their types: FlagValues says them.
	const values = /** @type {FlagValues} */ (parsed.values);
	try {
		if (values.help) {
			ctx.stdout.write(`${usage()}\n`);
			return 0;
		}
		if (Object.keys(values).some((k) => k !== 'dry-run')) return fromFlags(ctx, values);
		return await interactive(ctx);
	} catch (e) {
		ctx.stderr.write(`npm run new: ${e instanceof Error ? e.message : String(e)}\n`);
		return 1;
	}
}

// Run as a script (node scripts/new.mjs), not imported.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
	process.exitCode = await main(process.argv.slice(2));
