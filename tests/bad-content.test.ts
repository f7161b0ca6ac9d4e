/**
 * A malformed entry stops both `npm run check` and `npm run build`, naming the file and the
 * field, with no stack trace and no dist/ left behind.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sandbox, type Sandbox } from './helpers/sandbox.ts';

let box: Sandbox;
beforeAll(() => {
	box = sandbox();
});
afterAll(() => box.dispose());

const FILE = 'content/entries/2020-08-17-bad-entry.mdx';
const valid = `---
title: A test entry
date: 2020-08-17
type: entity-list-rule
actors: [bis]
subjects: [huawei-cloud]
summary: A valid entry that each case breaks in one place.
sources:
  - key: fr
    title: A rule
    publisher: Federal Register
    url: https://www.federalregister.gov/citation/85-FR-51596
    kind: primary
---

The rule added entities.<Cite k="fr" />
`;

const cases: { name: string; edit: (s: string) => string; field: RegExp; says: RegExp }[] = [
	{ name: 'unknown entity id', edit: (s) => s.replace('actors: [bis]', 'actors: [bis-typo]'), field: /field: actors\[0\]/, says: /unknown entity "bis-typo"/ },
	{ name: 'unknown citation key', edit: (s) => s.replace('<Cite k="', '<Cite k="nosuchkey" /><Cite k="'), field: /field: body/, says: /Cite k="nosuchkey"/ },
	{
		name: 'answer to an ask that does not exist',
		edit: (s) => s.replace('summary:', 'answers:\n  - ask: 2023-04-25-senators-letter-chinese-cloud#no-such-ask\n    response: acknowledged\nsummary:'),
		field: /field: answers\[0\]\.ask/,
		says: /has no ask "no-such-ask"/,
	},
	{
		name: 'designation on an unknown list',
		edit: (s) => s.replace('summary:', 'designations:\n  - entity: huawei-cloud\n    list: entity-lists\nsummary:'),
		field: /field: designations\[0\]\.list/,
		says: /unknown entity "entity-lists" \(did you mean "entity-list"\?\)/,
	},
	{ name: 'bad date', edit: (s) => s.replace(/^date: .*$/m, 'date: 2020-02-30'), field: /field: date/, says: /does not exist in the calendar/ },
];

describe.each(cases)('a malformed entry: $name', ({ edit, field, says }) => {
	it('fails npm run check and npm run build with the file and field, and no stack trace', async () => {
		const bad = edit(valid);
		expect(bad).not.toBe(valid);
		box.write(FILE, bad);
		box.remove('dist');
		for (const script of ['check', 'build']) {
			const r = await box.npm(script);
			expect(r.code, `${script}:\n${r.output}`).not.toBe(0);
			expect(r.output).toContain(FILE);
			expect(r.output).toMatch(field);
			expect(r.output).toMatch(says);
			expect(r.output).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);
		}
		expect(existsSync(join(box.dir, 'dist'))).toBe(false);
		box.remove(FILE);
	});
});
