import { describe, expect, it } from 'vitest';
import { entity, entry } from '../../../tests/helpers/factory.ts';
import { buildCorpus } from '../derive/corpus.ts';
import { deriveDesignations } from '../derive/designations.ts';
import { datasetJsonLd, entityJsonLd, entryJsonLd, ENTITY_TYPES, LEGISLATION_TYPES } from './jsonld.ts';
import { buildRecords } from './records.ts';
import { ENTITY_KINDS } from '../model/schema.ts';

const entries = [
	entry('rule', {
		date: '2020-08-17',
		type: 'entity-list-rule',
		published: '2020-08-20',
		citation: ['85 FR 51596'],
		actors: ['bis'],
		subjects: ['cloud'],
	}),
	entry('letter', {
		date: '2021-12-01',
		datePrecision: 'month',
		type: 'congressional-letter',
		actors: ['senator'],
		subjects: ['cloud'],
	}),
];
const corpus = buildCorpus(entries, [
	entity('bis', { kind: 'government-agency', name: 'Bureau of Industry and Security' }),
	entity('senator', { kind: 'legislator', role: 'U.S. senator', parent: 'senate' }),
	entity('senate', { kind: 'government-agency' }),
	entity('cloud', {
		identifiers: { wikidata: 'Q42', opensanctions: 'NK-abc', website: 'https://cloud.example' },
		parent: 'group',
		aliases: [{ name: '云', lang: 'zh-Hans' }],
	}),
	entity('group'),
]);
const records = buildRecords({
	corpus,
	designations: deriveDesignations(corpus),
	asks: [],
	buildDate: '2026-01-01',
	review: { asOf: '2025-12-15', reviewedBy: 'Test editors' },
	origin: 'https://x.org',
	history: new Map(),
});
const ctx = {
	origin: 'https://x.org',
	entity: (id: string) => {
		const e = corpus.entityById.get(id);
		return e && { name: e.data.name, kind: e.data.kind };
	},
};

describe('entry JSON-LD', () => {
	it('makes rules Legislation, with the citation, dates and the Federal Register page', () => {
		const j = entryJsonLd(records.entryById.get('2020-08-17-rule')!, ctx);
		expect(j).toMatchObject({
			'@context': 'https://schema.org',
			'@type': 'Legislation',
			name: entries[0]!.data.title,
			url: 'https://x.org/entries/2020-08-17-rule/',
			legislationDate: '2020-08-17',
			datePublished: '2020-08-20',
			legislationIdentifier: '85 FR 51596',
			sameAs: ['https://www.federalregister.gov/citation/85-FR-51596'],
		});
		expect(j.legislationPassedBy).toEqual([
			{
				'@type': 'GovernmentOrganization',
				name: 'Bureau of Industry and Security',
				url: 'https://x.org/entities/bis/',
			},
		]);
	});
	it('makes other entries Events whose start date keeps its precision', () => {
		const j = entryJsonLd(records.entryById.get('2021-12-01-letter')!, ctx);
		expect(j['@type']).toBe('Event');
		expect(j.startDate).toBe('2021-12');
		expect((j.organizer as { '@type': string }[])[0]!['@type']).toBe('Person');
	});
	it('uses Legislation only for rules and orders', () => {
		expect([...LEGISLATION_TYPES].sort()).toEqual([
			'entity-list-rule',
			'executive-order',
			'final-rule',
			'proposed-rule',
		]);
	});
});

describe('entity JSON-LD', () => {
	it('links identifiers and the official site with sameAs, and names the parent', () => {
		const j = entityJsonLd(records.entityById.get('cloud')!, ctx);
		expect(j).toMatchObject({
			'@type': 'Corporation',
			name: 'cloud',
			url: 'https://x.org/entities/cloud/',
			alternateName: ['云'],
		});
		expect(j.sameAs).toEqual([
			'https://www.wikidata.org/wiki/Q42',
			'https://www.opensanctions.org/entities/NK-abc/',
			'https://cloud.example',
		]);
		expect((j.parentOrganization as { url: string }).url).toBe('https://x.org/entities/group/');
	});
	it('makes people Persons with their role, and leaves sameAs out when nothing is known', () => {
		const j = entityJsonLd(records.entityById.get('senator')!, ctx);
		expect(j).toMatchObject({ '@type': 'Person', jobTitle: 'U.S. senator' });
		expect(j.sameAs).toBeUndefined();
		expect(j.parentOrganization).toBeUndefined();
	});
	it('has a schema.org type for every kind', () => {
		for (const k of ENTITY_KINDS) expect(ENTITY_TYPES[k]).toMatch(/^[A-Z][A-Za-z]+$/);
	});
});

describe('dataset JSON-LD', () => {
	it('is a Dataset with licence, coverage and downloads', () => {
		const j = datasetJsonLd(
			{
				name: 'D',
				description: 'd',
				from: '2015-03-01',
				to: '2025-11-01',
				buildDate: '2026-01-01',
				downloads: [{ url: 'https://x.org/data/entries.csv', format: 'text/csv' }],
			},
			'https://x.org',
		);
		expect(j).toMatchObject({
			'@type': 'Dataset',
			url: 'https://x.org/data/',
			license: 'https://creativecommons.org/licenses/by/4.0/',
			temporalCoverage: '2015-03-01/2025-11-01',
		});
	});
});
