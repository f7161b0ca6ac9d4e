import { describe, expect, it } from 'vitest';
import { entity, entry } from '../../../tests/helpers/factory.ts';
import { checkIntegrity } from './integrity.ts';
import type { Entity, Entry } from '../model/schema.ts';

const TODAY = '2026-11-26';
const base: Entity[] = [
	entity('agency', { kind: 'government-agency' }),
	entity('huawei'),
	entity('huawei-cloud', { parent: 'huawei' }),
	entity('entity-list', { kind: 'list' }),
];
const check = (entries: Entry[], entities: Entity[] = base) => checkIntegrity(entries, entities, TODAY);

describe('integrity', () => {
	it('passes a consistent corpus', () => {
		expect(
			check([
				entry('ok', { subjects: ['huawei-cloud'], designations: [{ entity: 'huawei-cloud', list: 'entity-list' }] }),
			]),
		).toEqual([]);
	});

	it('fails an unknown entity id, naming the file and field, with a suggestion', () => {
		const [p, ...rest] = check([entry('bad', { subjects: ['huawei-clod'] })]);
		expect(rest).toEqual([]);
		expect(p).toMatchObject({ file: 'content/entries/2020-01-01-bad.mdx', field: 'subjects[0]', severity: 'error' });
		expect(p!.message).toContain('did you mean "huawei-cloud"');
	});

	it('fails a designation on something that is not a list', () => {
		const p = check([entry('x', { designations: [{ entity: 'huawei', list: 'huawei-cloud' }] })]);
		expect(p.map((x) => x.field)).toEqual(['designations[0].list']);
	});

	it('fails a date in the future and a date that does not match the file name', () => {
		const future = entry('f', { date: '2027-01-01' });
		const moved: Entry = { ...entry('m', { date: '2020-01-02' }), id: '2020-01-01-m' };
		const p = check([future, moved]);
		expect(p.map((x) => [x.file, x.field])).toEqual([
			['content/entries/2027-01-01-f.mdx', 'date'],
			['content/entries/2020-01-01-m.mdx', 'date'],
		]);
		expect(p[0]!.message).toContain('future');
	});

	it('fails a precision that contradicts the date', () => {
		const p = check([entry('p', { date: '2021-12-14', datePrecision: 'month' })]);
		expect(p[0]).toMatchObject({ field: 'datePrecision' });
		expect(p[0]!.message).toContain('2021-12-01');
	});

	it('fails unknown related entries, and answers to asks that do not exist', () => {
		const letter = entry('letter', {
			date: '2023-04-25',
			type: 'congressional-letter',
			asks: [
				{
					id: 'sanction-x',
					request: 'Sanction X.',
					source: 'src',
					addressees: ['agency'],
					action: 'sanction',
					subjects: ['huawei'],
				},
			],
		});
		const reply = entry('reply', {
			date: '2023-04-26',
			related: ['2023-04-25-leter'],
			answers: [
				{ ask: '2023-04-25-letter#sanction-y', response: 'acknowledged' },
				{ ask: '2023-04-24-nope#a', response: 'declined' },
			],
		});
		const p = check([letter, reply]);
		expect(p.map((x) => x.field)).toEqual(['answers[0].ask', 'answers[1].ask', 'related[0]']);
		expect(p[0]!.message).toContain('its asks are sanction-x');
		expect(p[2]!.message).toContain('did you mean "2023-04-25-letter"');
	});

	it('fails an answer to a later letter', () => {
		const letter = entry('letter', {
			date: '2023-04-25',
			asks: [
				{ id: 'a', request: 'Do it.', source: 'src', addressees: ['agency'], action: 'review', subjects: ['huawei'] },
			],
		});
		const early = entry('early', {
			date: '2023-04-01',
			answers: [{ ask: '2023-04-25-letter#a', response: 'acknowledged' }],
		});
		expect(check([letter, early])[0]!.message).toContain('earlier ask');
	});

	it('fails duplicate ask ids and duplicate source keys', () => {
		const ask = {
			id: 'a',
			request: 'Do it.',
			source: 'src',
			addressees: ['agency'],
			action: 'review',
			subjects: ['huawei'],
		};
		const src = { key: 'src', title: 'T', publisher: 'P', url: 'https://example.org/', kind: 'primary' };
		const p = check([entry('d', { asks: [ask, ask], sources: [src, src] })]);
		expect(p.map((x) => x.field).sort()).toEqual(['asks[1].id', 'sources[1].key']);
	});

	it('fails a parent chain that loops, and an unknown parent', () => {
		const loop = [
			entity('a', { parent: 'b' }),
			entity('b', { parent: 'c' }),
			entity('c', { parent: 'a' }),
			entity('d', { parent: 'zz' }),
			...base,
		];
		const p = check([], loop);
		expect(p.filter((x) => x.message.includes('loops')).map((x) => x.file)).toEqual([
			'content/entities/a.yaml',
			'content/entities/b.yaml',
			'content/entities/c.yaml',
		]);
		expect(p.find((x) => x.file === 'content/entities/d.yaml')!.field).toBe('parent');
	});

	it('requires a list on an add-to-list ask', () => {
		const p = check([
			entry('l', {
				asks: [
					{
						id: 'a',
						request: 'List it.',
						source: 'src',
						addressees: ['agency'],
						action: 'add-to-list',
						subjects: ['huawei'],
					},
				],
			}),
		]);
		expect(p[0]).toMatchObject({ field: 'asks[0].list' });
	});
});
