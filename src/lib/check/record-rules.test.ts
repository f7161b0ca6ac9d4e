import { describe, expect, it } from 'vitest';
import { entity, entry } from '../../../tests/helpers/factory.ts';
import { aliasKey, askConsistency, duplicateAliases } from './record-rules.ts';

describe('duplicate aliases', () => {
	it('refuses an alias listed twice in one entity, whatever its lang, naming file, field and fix', () => {
		const e = entity('cloud-co', {
			name: 'Cloud Co',
			aliases: [
				{ name: '云', lang: 'zh-Hans' },
				{ name: 'Yun', lang: 'zh-Latn-pinyin' },
				{ name: 'Yun', lang: 'en' },
			],
		});
		const p = duplicateAliases([e], (file, path) =>
			file === 'content/entities/cloud-co.yaml' && path[1] === 2 ? 9 : undefined,
		);
		expect(p).toMatchObject([
			{ file: 'content/entities/cloud-co.yaml', field: 'aliases[2].name', line: 9, severity: 'error' },
		]);
		expect(p[0]!.message).toMatch(
			/duplicate alias "Yun" \(lang en\): aliases\[1\] is already "Yun" \(lang zh-Latn-pinyin\).*remove one of them/,
		);
	});

	it('treats full-width forms and runs of spaces as the same name, but not a different case', () => {
		expect(aliasKey('Ａｌｉ  Yun')).toBe(aliasKey('Ali Yun'));
		const e = entity('x', {
			aliases: [
				{ name: 'Ali Yun', lang: 'en' },
				{ name: 'Ａｌｉ Yun', lang: 'en' },
				{ name: 'ALI YUN', lang: 'en' },
			],
		});
		expect(duplicateAliases([e]).map((p) => p.field)).toEqual(['aliases[1].name']);
	});

	it('refuses an alias that is the entity’s own name, and accepts the same alias on two entities', () => {
		expect(
			duplicateAliases([entity('a', { name: 'Alpha', aliases: [{ name: 'Alpha', lang: 'en' }] })])[0]!.message,
		).toMatch(/is the entity's own name/);
		expect(
			duplicateAliases([
				entity('a', { aliases: [{ name: 'Same', lang: 'en' }] }),
				entity('b', { aliases: [{ name: 'Same', lang: 'en' }] }),
			]),
		).toEqual([]);
	});
});

const letter = entry('letter', {
	date: '2023-04-25',
	type: 'congressional-letter',
	asks: [
		{
			id: 'list-x',
			request: 'List X.',
			source: 'src',
			addressees: ['commerce'],
			action: 'add-to-list',
			subjects: ['x'],
			list: 'entity-list',
		},
		{
			id: 'look',
			request: 'Look into others.',
			source: 'src',
			addressees: ['commerce'],
			action: 'investigate',
			subjects: ['x'],
		},
	],
});

describe('ask consistency', () => {
	it('accepts a bearsOn from an entry about none of the request’s subjects', () => {
		const probe = entry('probe', {
			date: '2024-06-25',
			subjects: ['carrier'],
			bearsOn: [{ ask: '2023-04-25-letter#look', note: 'A probe of other providers; it does not answer the request.' }],
		});
		expect(askConsistency([letter, probe])).toEqual([]);
	});

	it('refuses an entry that both answers and bears on one request', () => {
		const both = entry('both', {
			date: '2024-01-01',
			answers: [{ ask: '2023-04-25-letter#look', response: 'acknowledged' }],
			bearsOn: [{ ask: '2023-04-25-letter#look', note: 'Also.' }],
		});
		expect(askConsistency([letter, both])).toMatchObject([
			{ file: 'content/entries/2024-01-01-both.mdx', field: 'bearsOn[0].ask', severity: 'error' },
		]);
	});

	it('refuses a letter that answers or bears on its own request', () => {
		const self = entry('self', {
			date: '2023-05-01',
			type: 'congressional-letter',
			asks: [
				{ id: 'a', request: 'R.', source: 'src', addressees: ['commerce'], action: 'investigate', subjects: ['x'] },
			],
			answers: [{ ask: '2023-05-01-self#a', response: 'acted-on' }],
			bearsOn: [{ ask: '2023-05-01-self#a', note: 'N.' }],
		});
		expect(askConsistency([self]).map((p) => p.field)).toEqual(
			expect.arrayContaining(['answers[0].ask', 'bearsOn[0].ask']),
		);
		expect(askConsistency([self]).filter((p) => /its own request/.test(p.message))).toHaveLength(2);
	});

	it('refuses a proposed rule that acts on a request, and accepts it bearing on one', () => {
		const acts = entry('nprm', {
			date: '2024-01-29',
			type: 'proposed-rule',
			answers: [{ ask: '2023-04-25-letter#look', response: 'acted-on' }],
		});
		expect(askConsistency([letter, acts])[0]).toMatchObject({ field: 'answers[0].response', severity: 'error' });
		expect(askConsistency([letter, acts])[0]!.message).toMatch(/proposed rule binds no one.*bearsOn/);
		const bears = entry('nprm', {
			date: '2024-01-29',
			type: 'proposed-rule',
			bearsOn: [{ ask: '2023-04-25-letter#look', note: 'Context; it does not answer.' }],
		});
		expect(askConsistency([letter, bears])).toEqual([]);
	});

	it('refuses a listing on another list written as meeting a request to add to a named list', () => {
		const other = entry('other-list', {
			date: '2026-06-08',
			type: 'official-statement',
			designations: [{ entity: 'x', list: 'list-1260h' }],
			answers: [{ ask: '2023-04-25-letter#list-x', response: 'acted-on' }],
		});
		const p = askConsistency([letter, other]);
		expect(p).toMatchObject([{ field: 'answers[0].response', severity: 'error' }]);
		expect(p[0]!.message).toMatch(
			/lists on list-1260h: a listing on a different list does not meet the request\. Record it under bearsOn/,
		);
		const right = entry('right-list', {
			date: '2026-06-08',
			type: 'entity-list-rule',
			designations: [{ entity: 'x', list: 'entity-list' }],
			answers: [{ ask: '2023-04-25-letter#list-x', response: 'acted-on' }],
		});
		expect(askConsistency([letter, right])).toEqual([]);
	});
});

describe('through the content check (checkProject over files on disk)', () => {
	it('reports a duplicate alias and a missing review stamp with file and field, once each', async () => {
		const { mkdtempSync, mkdirSync, writeFileSync, rmSync } = await import('node:fs');
		const { tmpdir } = await import('node:os');
		const { join } = await import('node:path');
		const { checkProject } = await import('./check.ts');
		const root = mkdtempSync(join(tmpdir(), 'rules-'));
		try {
			mkdirSync(join(root, 'content/entities'), { recursive: true });
			mkdirSync(join(root, 'content/entries'), { recursive: true });
			writeFileSync(
				join(root, 'content/entities/cloud-co.yaml'),
				'name: Cloud Co\nkind: company\ndescription: A company.\naliases:\n  - name: Yun\n    lang: en\n  - name: Yun\n    lang: zh-Latn-pinyin\n',
			);
			const found = checkProject(root, '2026-12-01').problems.map((p) => `${p.file} ${p.field} ${p.line ?? ''}`);
			expect(found).toEqual(['content/entities/cloud-co.yaml aliases[1].name 7', 'content/review.yaml file ']);
			writeFileSync(join(root, 'content/review.yaml'), 'reviewedThrough: 2026-11-30\nreviewedBy: Editors\n');
			writeFileSync(
				join(root, 'content/entities/cloud-co.yaml'),
				'name: Cloud Co\nkind: company\ndescription: A company.\n',
			);
			expect(checkProject(root, '2026-12-01').problems).toEqual([]);
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	});
});
