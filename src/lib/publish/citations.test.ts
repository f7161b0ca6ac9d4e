import { describe, expect, it } from 'vitest';
import { entry } from '../../../tests/helpers/factory.ts';
import { citationMap, numberSources } from './citations.ts';
import { checkBody } from '../check/mdx-check.ts';
import { federalRegisterUrl } from '../site/urls.ts';

const sources = [
	{
		key: 'fr',
		title: 'Rule',
		publisher: 'Federal Register',
		url: 'https://www.federalregister.gov/citation/85-FR-51596',
		kind: 'primary' as const,
	},
	{
		key: 'wapo',
		title: 'Report',
		publisher: 'The Washington Post',
		url: 'https://example.org/wapo',
		kind: 'secondary' as const,
	},
];

describe('citation resolution', () => {
	it('numbers sources in the order listed', () => {
		expect(numberSources(sources).map((s) => [s.key, s.n])).toEqual([
			['fr', 1],
			['wapo', 2],
		]);
		expect(citationMap(sources).get('wapo')!.n).toBe(2);
	});

	it('reads the keys a body cites, in order of first use, with remark', () => {
		const r = checkBody('x.mdx', 'One.<Cite k="wapo" /> Two.<Cite k="fr" /> Three.<Cite k="wapo" />', 10, [
			'fr',
			'wapo',
		]);
		expect(r.problems).toEqual([]);
		expect(r.citedKeys).toEqual(['wapo', 'fr']);
	});

	it('fails an unknown key, naming the file, the line and the keys that exist', () => {
		const r = checkBody('content/entries/x.mdx', 'Para one.\n\nPara two.<Cite k="wsj" />', 10, ['fr', 'wapo']);
		expect(r.problems).toHaveLength(1);
		expect(r.problems[0]).toMatchObject({ file: 'content/entries/x.mdx', field: 'body', line: 12, severity: 'error' });
		expect(r.problems[0]!.message).toContain('wsj');
		expect(r.problems[0]!.message).toContain('fr, wapo');
	});

	it('suggests the closest key', () => {
		const r = checkBody('x.mdx', 'A.<Cite k="wapoo" />', 1, ['fr', 'wapo']);
		expect(r.problems[0]!.message).toContain('did you mean "wapo"');
	});

	it('builds Federal Register links from the citation, and only for FR citations', () => {
		expect(federalRegisterUrl('85 FR 51596')).toBe('https://www.federalregister.gov/citation/85-FR-51596');
		expect(federalRegisterUrl('84 FR 22961')).toBe('https://www.federalregister.gov/citation/84-FR-22961');
		expect(federalRegisterUrl('E.O. 14032')).toBeUndefined();
	});

	it('a factory entry cites its one source', () => {
		const e = entry('a');
		expect(
			checkBody(
				'a.mdx',
				e.body,
				1,
				e.data.sources.map((s) => s.key),
			).problems,
		).toEqual([]);
	});
});
