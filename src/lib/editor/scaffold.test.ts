import { describe, expect, it } from 'vitest';
import { entity } from '../../../tests/helpers/factory.ts';
import { remark } from 'remark';
import remarkMdx from 'remark-mdx';
import { visit } from 'unist-util-visit';
import { isPlaceholder } from '../check/check.ts';
import { checkBody } from '../check/mdx-check.ts';
import {
	completeDate,
	escapeMdx,
	planEntity,
	planEntry,
	slugify,
	suggestSourceKey,
	type NewEntryInput,
	type ProjectView,
} from './scaffold.ts';
import { entrySchema } from '../model/schema.ts';
import { readYaml } from '../check/yaml-read.ts';

const view = (exists: string[] = []): ProjectView => ({
	entities: [
		entity('us-commerce', { kind: 'government-agency' }),
		entity('alibaba-cloud'),
		entity('entity-list', { kind: 'list' }),
	],
	exists: (p) => exists.includes(p),
	today: '2026-01-01',
});
const input = (over: Partial<NewEntryInput> = {}): NewEntryInput => ({
	date: '2024-05-01',
	type: 'official-statement',
	title: 'Commerce warns about Alibaba Cloud',
	summary: 'The Commerce Department warned about Alibaba Cloud.',
	actors: ['us-commerce'],
	subjects: ['alibaba-cloud'],
	source: {
		title: 'A statement',
		publisher: 'U.S. Department of Commerce',
		url: 'https://example.org/s',
		kind: 'primary',
	},
	...over,
});

/** The text an MDX body shows, read with the same parser as the check. */
function shownText(body: string): string {
	let text = '';
	visit(remark().use(remarkMdx).parse(body), 'text', (n: { value: string }) => void (text += n.value));
	return text;
}

/** Read a planned entry back the way the check does. */
function readBack(text: string) {
	const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
	return { data: entrySchema.parse(readYaml(m[1]!).data), body: m[2]! };
}

describe('slugify', () => {
	it('keeps the telling words, ASCII, lower case, hyphens, at most 60 characters at a word', () => {
		expect(slugify('Commerce adds Huawei Cloud to the Entity List')).toBe('commerce-adds-huawei-cloud-entity-list');
		expect(slugify('Sánchez’s “review” of Tencent’s cloud — 2024')).toBe('sanchezs-review-tencents-cloud-2024');
		const long = slugify('word '.repeat(40));
		expect(long.length).toBeLessThanOrEqual(60);
		expect(long).toMatch(/^word(-word)*$/);
		expect(slugify('华为云')).toBe('');
	});
});

describe('suggestSourceKey and completeDate', () => {
	it('suggests a valid key from the publisher', () => {
		expect(suggestSourceKey('Federal Register')).toBe('fr');
		expect(suggestSourceKey('Reuters')).toBe('reuters');
		expect(suggestSourceKey('9to5 News')).toMatch(/^[a-z][a-z0-9-]*$/);
		expect(suggestSourceKey('新华社')).toBe('source');
	});
	it('completes a month or a year to its first day, with its precision', () => {
		expect(completeDate('2021-12')).toEqual({ date: '2021-12-01', datePrecision: 'month' });
		expect(completeDate('2021')).toEqual({ date: '2021-01-01', datePrecision: 'year' });
		expect(completeDate('2021-12-14')).toEqual({ date: '2021-12-14', datePrecision: 'day' });
	});
});

describe('planEntry', () => {
	it('writes an entry that reads back exactly as given, with a cited placeholder narrative', () => {
		const plan = planEntry(input(), view());
		expect(plan.ok).toBe(true);
		if (!plan.ok) return;
		expect(plan.file.path).toBe('content/entries/2024-05-01-commerce-warns-about-alibaba-cloud.mdx');
		const { data, body } = readBack(plan.file.text);
		expect(data).toMatchObject({
			title: input().title,
			date: '2024-05-01',
			type: 'official-statement',
			actors: ['us-commerce'],
			subjects: ['alibaba-cloud'],
		});
		expect(data.sources[0]).toMatchObject({ key: 'usdc', kind: 'primary', url: 'https://example.org/s' });
		const b = checkBody('x', body, 1, ['usdc']);
		expect(b.problems).toEqual([]);
		expect(b.citedKeys).toEqual(['usdc']);
		expect(plan.file.text).not.toMatch(/TODO/i);
	});

	it('keeps titles and summaries exact whatever characters they hold', () => {
		const tricky = [
			'2020-08-17',
			'yes',
			'null',
			'123',
			'"Quoted" title',
			"It's: a colon",
			'# not a comment',
			'- not a list',
			'+ plus',
			'1. not ordered',
			'2) nor this',
			'= equals',
			'{braces} and [brackets]',
			'*stars* _under_ `code` & ~tilde~ | pipe!',
			'Back\\slash',
			'@at %percent',
			'华为云 and Huawei Cloud',
		];
		for (const t of tricky) {
			const plan = planEntry(input({ title: t, summary: `${t}.`, slug: 'tricky' }), view());
			expect(plan.ok, t).toBe(true);
			if (!plan.ok) continue;
			const { data, body } = readBack(plan.file.text);
			expect(data.title, t).toBe(t);
			expect(data.summary, t).toBe(`${t}.`);
			expect(checkBody('x', body, 1, ['usdc']).problems, t).toEqual([]);
			expect(shownText(body).trim(), t).toBe(`${t}.`);
			expect(isPlaceholder(body, data.summary), t).toBe(true);
		}
	});

	it("refuses every bad value at once, naming the input, in the check's words", () => {
		const plan = planEntry(
			input({
				date: '2999-01-01',
				type: 'statement',
				title: 'A <b>bold</b> title',
				actors: ['us-comerce'],
				source: { title: 'S', publisher: 'P', url: 'javascript:alert(1)', kind: 'tertiary' },
			}),
			view(),
		);
		expect(plan.ok).toBe(false);
		if (plan.ok) return;
		const by = Object.fromEntries(plan.problems.map((p) => [p.input, p.message]));
		expect(Object.keys(by).sort()).toEqual(['actor', 'date', 'source-kind', 'source-url', 'title', 'type']);
		expect(by.date).toMatch(/in the future/);
		expect(by.type).toMatch(/found "statement".*expected one of: entity-list-rule/);
		expect(by.title).toMatch(/no < or >/);
		expect(by.actor).toMatch(/unknown entity "us-comerce" \(did you mean "us-commerce"\?\)/);
		expect(by['source-url']).toMatch(/found "javascript:alert\(1\)", but expected a web address/);
		expect(by['source-kind']).toMatch(/expected one of: primary, secondary/);
	});

	it('refuses a precision that contradicts the date, and a file that exists', () => {
		const p1 = planEntry(input({ date: '2024-05-14', datePrecision: 'month' }), view());
		expect(!p1.ok && p1.problems.map((p) => p.input)).toEqual(['date-precision']);
		const p2 = planEntry(input(), view(['content/entries/2024-05-01-commerce-warns-about-alibaba-cloud.mdx']));
		expect(!p2.ok && p2.problems[0]!.message).toMatch(/already exists, and npm run new never overwrites/);
	});

	it('needs a slug when the title has no Latin letters', () => {
		const p = planEntry(input({ title: '华为云' }), view());
		expect(!p.ok && p.problems.map((x) => x.input)).toEqual(['slug']);
		expect(planEntry(input({ title: '华为云', slug: 'huawei-cloud' }), view()).ok).toBe(true);
	});
});

describe('planEntity', () => {
	it('writes an entity with its Chinese alias, and refuses an existing id', () => {
		const plan = planEntity(
			{ name: 'Huawei Cloud', kind: 'company', description: 'A cloud.', alias: '华为云', country: 'CN' },
			view(),
		);
		expect(plan.ok && plan.file.path).toBe('content/entities/huawei-cloud.yaml');
		expect(plan.ok && plan.entity?.data.aliases).toEqual([{ name: '华为云', lang: 'zh-Hans' }]);
		const again = planEntity({ name: 'Alibaba Cloud', kind: 'company', description: 'A cloud.' }, view());
		expect(!again.ok && again.problems[0]).toMatchObject({
			input: 'id',
			message: expect.stringMatching(/already exists/),
		});
		const bad = planEntity({ name: 'X', kind: 'firm', description: '', parent: 'nobody' }, view());
		expect(!bad.ok && bad.problems.map((p) => p.input).sort()).toEqual(['description', 'kind', 'parent']);
	});
});

describe('escapeMdx', () => {
	it('turns every MDX-active character into text', () => {
		const s = 'a {b} <c> *d* [e](f) `g` #h &i; \\j ~~k~~ | l | ![m](n)';
		expect(checkBody('x', escapeMdx(s), 1, []).problems).toEqual([]);
		expect(shownText(escapeMdx(s))).toBe(s);
	});
});
