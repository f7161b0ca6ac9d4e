import { describe, expect, it } from 'vitest';
import { entity, entry } from '../../../tests/helpers/factory.ts';
import { buildCorpus } from '../derive/corpus.ts';
import { citationMeta, entryFacts } from './entry-facts.ts';

const corpus = buildCorpus([], [entity('bis', { name: 'BIS', kind: 'government-agency' })]);
const ORIGIN = 'https://tracker.test.example';

describe('entry key facts', () => {
	it('gives effective and published dates where they differ, type, force, actors, citation, primary document, permalink', () => {
		const e = entry('rule', {
			date: '2020-08-17',
			published: '2020-08-20',
			type: 'entity-list-rule',
			actors: ['bis'],
			citation: ['85 FR 51596', 'E.O. 14032'],
			sources: [
				{ key: 'news', title: 'Report', publisher: 'Outlet', url: 'https://news.example/a', kind: 'secondary' },
				{
					key: 'fr',
					title: 'The rule',
					publisher: 'Federal Register',
					url: 'https://fr.example/rule',
					kind: 'primary',
				},
			],
		});
		const f = entryFacts(e, corpus, ORIGIN);
		expect(f).toMatchObject({
			date: '2020-08-17',
			dateLabel: 'Effective',
			published: '2020-08-20',
			typeLabel: 'Entity List rule',
			force: 'binding',
			forceLabel: 'Binding action',
			actors: [{ id: 'bis', name: 'BIS', url: '/entities/bis/' }],
			citations: [
				{ text: '85 FR 51596', url: 'https://www.federalregister.gov/citation/85-FR-51596' },
				{ text: 'E.O. 14032' },
			],
			primary: { title: 'The rule', publisher: 'Federal Register', url: 'https://fr.example/rule' },
			permalink: 'https://tracker.test.example/entries/2020-08-17-rule/',
		});
	});

	it('says "Date" and leaves out a publication date equal to the date, and a primary document there is none of', () => {
		const e = entry('same', {
			date: '2021-01-01',
			published: '2021-01-01',
			sources: [{ key: 's', title: 'R', publisher: 'O', url: 'https://news.example/b', kind: 'secondary' }],
		});
		const f = entryFacts(e, corpus, ORIGIN);
		expect(f.dateLabel).toBe('Date');
		expect(f.published).toBeUndefined();
		expect(f.primary).toBeUndefined();
	});
});

describe('citation meta tags', () => {
	const base = {
		title: 'Commerce adds 38 affiliates',
		url: 'https://tracker.test.example/entries/x/',
		publisher: 'The Desk',
		siteName: 'The Tracker',
	};
	const get = (tags: { name: string; content: string }[], name: string) =>
		tags.filter((t) => t.name === name).map((t) => t.content);

	it('name the title, the publisher as author, the page URL and the last update in Highwire date form', () => {
		const tags = citationMeta({
			...base,
			updated: '2026-11-20',
			created: '2026-10-01',
			keywords: ['entity-list', 'huawei'],
		});
		expect(get(tags, 'citation_title')).toEqual(['Commerce adds 38 affiliates']);
		expect(get(tags, 'citation_author')).toEqual(['The Desk']);
		expect(get(tags, 'citation_publication_date')).toEqual(['2026/11/20']);
		expect(get(tags, 'citation_date')).toEqual(['2026/11/20']);
		expect(get(tags, 'citation_online_date')).toEqual(['2026/10/01']);
		expect(get(tags, 'citation_public_url')).toEqual([base.url]);
		expect(get(tags, 'citation_abstract_html_url')).toEqual([base.url]);
		expect(get(tags, 'citation_keywords')).toEqual(['entity-list; huawei']);
	});

	it('claim no date when the page history is not known', () => {
		const tags = citationMeta(base);
		expect(get(tags, 'citation_publication_date')).toEqual([]);
		expect(get(tags, 'citation_date')).toEqual([]);
		expect(get(tags, 'citation_title')).toHaveLength(1);
	});
});
