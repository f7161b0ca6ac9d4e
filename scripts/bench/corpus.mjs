// The synthetic corpus of the benchmark: N entries about a pool of about N/20 entities, shaped
// like the real content (letters with asks, later answers, list designations, sources cited in
// the body with <Cite k="…" />, dates over 15 years, ~300-word bodies, Chinese aliases), valid
// under src/lib/model/schema.ts and the content check. Deterministic for a given seed and end date.
//
// Every name, URL and citation here is made up for the benchmark (URLs are on example.org, the
// reserved example domain); the corpus is written only into temporary copies of the project.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { prng, zipf } from './prng.mjs';

/**
 * The corpus's shapes (what src/lib/model/schema.ts accepts, as far as the generator fills it).
 * @typedef {import('./prng.mjs').Rng} Rng
 * @typedef {{ name: string, lang: string }} Alias
 * @typedef {{ name: string, shortName?: string | undefined, kind: string, parent?: string | undefined, country: string, role?: string | undefined, aliases?: Alias[] | undefined, description: string }} EntityData
 * @typedef {{ entity: string, list: string, action: string, note?: string | undefined }} Designation
 * @typedef {{ id: string, request: string, quoted: boolean, source: string, addressees: string[], action: string, subjects: string[], list?: string | undefined }} Ask
 * @typedef {{ ask: string, response: string, note?: string | undefined }} Answer
 * @typedef {{ ask: string, note: string }} BearsOn
 * @typedef {{ key: string, title: string, publisher: string, url: string, date?: string | undefined, kind: string, archived?: string | undefined, note?: string | undefined }} Source
 * @typedef {{ title: string, date: string, datePrecision: string, published?: string | undefined, type: string, actors: string[], subjects?: string[] | undefined, designations?: Designation[] | undefined, asks?: Ask[] | undefined, answers?: Answer[] | undefined, bearsOn?: BearsOn[] | undefined, citation?: string[] | undefined, sources: Source[], summary: string, related?: string[] | undefined, corrections?: { date: string, text: string }[] | undefined, unverified?: string[] | undefined, tags?: string[] | undefined }} EntryData
 * @typedef {{ id: string, data: EntityData }} CorpusEntity
 * @typedef {{ id: string, data: EntryData, body: string }} CorpusEntry
 * @typedef {ReturnType<typeof corpusStats>} CorpusStats
 * @typedef {{ entities: CorpusEntity[], entries: CorpusEntry[], stats: CorpusStats }} Corpus
 * @typedef {{ ref: string, date: string }} AskSoFar an ask of an earlier letter, with the letter's date
 */

const DAY = 86_400_000;
/** @param {number} day days since 1970-01-01 @returns {string} YYYY-MM-DD */
const iso = (day) => new Date(day * DAY).toISOString().slice(0, 10);
/** @param {string} isoDay @returns {number} days since 1970-01-01 */
const dayOf = (isoDay) => Math.floor(Date.parse(`${isoDay}T00:00:00Z`) / DAY);
const AP_MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** @param {string} isoDay @param {string} [precision] @returns {string} the date as AP style writes it */
function apDate(isoDay, precision = 'day') {
	const [y, m = 1, d] = isoDay.split('-').map(Number);
	if (precision === 'year') return String(y);
	if (precision === 'month') return `${MONTHS[m - 1]} ${y}`;
	return `${AP_MONTHS[m - 1]} ${d}, ${y}`;
}
/** @param {string} s */
const slugify = (s) =>
	s
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
/** @param {string} s */
const capitalize = (s) => s.charAt(0).toUpperCase() + s.slice(1);

// ---------------------------------------------------------------------------------------------
// Entities

/** Pinyin syllables with their characters, for brand names and their Chinese aliases. */
/** @type {[string, string][]} */
const SYLLABLES = [
	['heng', '恒'], ['tai', '泰'], ['xin', '信'], ['hua', '华'], ['long', '龙'], ['teng', '腾'], ['feng', '峰'],
	['rui', '瑞'], ['jin', '金'], ['bo', '博'], ['da', '达'], ['kai', '凯'], ['tian', '天'], ['hai', '海'],
	['ming', '明'], ['sheng', '盛'], ['zhong', '中'], ['an', '安'], ['xun', '讯'], ['chuang', '创'], ['wei', '维'],
	['lian', '联'], ['qi', '启'], ['yuan', '源'], ['ke', '科'], ['ji', '基'], ['chen', '辰'], ['guang', '光'],
	['hong', '宏'], ['jia', '嘉'], ['ling', '灵'], ['mei', '美'], ['peng', '鹏'], ['qing', '清'], ['shan', '山'],
	['tong', '通'], ['xing', '星'], ['yi', '易'], ['zhi', '智'], ['yu', '宇'], ['hao', '浩'], ['cheng', '诚'],
	['bai', '百'], ['fu', '富'], ['kang', '康'], ['lan', '蓝'], ['ning', '宁'], ['run', '润'], ['song', '松'],
	['wen', '文'], ['xiang', '祥'], ['yang', '阳'], ['ze', '泽'], ['jing', '京'], ['nan', '南'], ['dong', '东'],
];
const SUFFIXES = {
	Group: ['集团', 'Jituan'],
	Cloud: ['云', 'Yun'],
	Technology: ['科技', 'Keji'],
	Semiconductor: ['半导体', 'Bandaoti'],
	Networks: ['网络', 'Wangluo'],
	Data: ['数据', 'Shuju'],
	Intelligence: ['智能', 'Zhineng'],
};
/** @type {[string, string, string][]} */
const ABROAD = [
	['Singapore', '新加坡', 'SG'], ['Brazil', '巴西', 'BR'], ['Germany', '德国', 'DE'], ['Malaysia', '马来西亚', 'MY'],
	['Mexico', '墨西哥', 'MX'], ['Saudi Arabia', '沙特', 'SA'], ['Thailand', '泰国', 'TH'], ['Chile', '智利', 'CL'],
];
const CITIES = ['Shenzhen', 'Hangzhou', 'Beijing', 'Shanghai', 'Guiyang', 'Chengdu', 'Wuhan', 'Hefei', 'Nanjing', 'Xi’an', 'Tianjin', 'Dalian', 'Guangzhou', 'Suzhou', 'Chongqing', 'Ulanqab'];
const FIRST = ['Avery', 'Jordan', 'Morgan', 'Casey', 'Riley', 'Quinn', 'Harper', 'Rowan', 'Emerson', 'Parker', 'Reese', 'Sawyer', 'Dana', 'Blair', 'Drew', 'Elliot', 'Frances', 'Grant', 'Hollis', 'Irene', 'Jules', 'Kendall', 'Lane', 'Marlow', 'Noel', 'Oakley', 'Perry', 'Robin', 'Sidney', 'Tatum'];
const LAST = ['Abernathy', 'Lindqvist', 'Okafor', 'Castellano', 'Whitfield', 'Marchetti', 'Haldane', 'Pryor', 'Delacroix', 'Fairbanks', 'Gallagher', 'Hargrove', 'Iverson', 'Jessup', 'Kowalski', 'Lockhart', 'Merriweather', 'Nakamura', 'Oyelaran', 'Pemberton', 'Quintero', 'Rutledge', 'Stanhope', 'Thibodeaux', 'Underhill', 'Vasquez', 'Wexford', 'Yardley', 'Zielinski', 'Bramwell'];
const STATES = ['Tenn.', 'Fla.', 'Texas', 'Ohio', 'Ala.', 'Iowa', 'Mont.', 'N.C.', 'Wis.', 'Ariz.', 'Ga.', 'Pa.', 'Mich.', 'Calif.', 'N.Y.', 'Va.', 'Colo.', 'Utah', 'Ark.', 'Ind.'];
const OUTLET_CITIES = ['Capital', 'Harbor', 'Prairie', 'Summit', 'Lakeside', 'Granite', 'Atlantic', 'Pacific', 'Midland', 'Keystone', 'Bayside', 'Riverside'];
const OUTLET_NOUNS = ['Ledger', 'Courier', 'Tribune', 'Dispatch', 'Review', 'Observer', 'Gazette', 'Monitor', 'Sentinel', 'Chronicle', 'Register', 'Standard'];
/** @type {[string, string][]} */
const ROLES = [
	['Secretary of Commerce', 'us-commerce'],
	['Under Secretary of Commerce for Industry and Security', 'bis'],
	['Secretary of the Treasury', 'us-treasury'],
	['Director of the Office of Foreign Assets Control', 'ofac'],
	['Secretary of State', 'us-state'],
	['Secretary of Defense', 'us-defense'],
	['Deputy Secretary of Defense', 'us-defense'],
	['National Security Adviser', 'white-house'],
];

/** Agencies and lists every corpus has (as the real one does), with plain descriptions. */
/** @type {Record<string, EntityData>} */
const FIXED = {
	'us-commerce': { name: 'U.S. Department of Commerce', shortName: 'Commerce', kind: 'government-agency', country: 'US', description: 'The federal department whose Bureau of Industry and Security administers export controls.' },
	bis: { name: 'Bureau of Industry and Security', shortName: 'BIS', kind: 'government-agency', parent: 'us-commerce', country: 'US', description: 'The Commerce Department bureau that administers the Export Administration Regulations and maintains the Entity List.' },
	'us-treasury': { name: 'U.S. Department of the Treasury', shortName: 'Treasury', kind: 'government-agency', country: 'US', description: 'The federal department whose Office of Foreign Assets Control administers sanctions.' },
	ofac: { name: 'Office of Foreign Assets Control', shortName: 'OFAC', kind: 'government-agency', parent: 'us-treasury', country: 'US', description: 'The Treasury office that administers and enforces economic sanctions.' },
	'us-state': { name: 'U.S. Department of State', shortName: 'State', kind: 'government-agency', country: 'US', description: 'The federal department for foreign affairs.' },
	'us-defense': { name: 'U.S. Department of Defense', shortName: 'Defense', kind: 'government-agency', country: 'US', description: 'The federal department that publishes the Section 1260H list.' },
	'white-house': { name: 'The White House', kind: 'government-agency', country: 'US', description: 'The Executive Office of the President.' },
	'us-senate': { name: 'United States Senate', shortName: 'Senate', kind: 'government-agency', country: 'US', description: 'The upper chamber of the U.S. Congress.' },
	'us-house': { name: 'United States House of Representatives', shortName: 'House', kind: 'government-agency', country: 'US', description: 'The lower chamber of the U.S. Congress.' },
	'entity-list': { name: 'Entity List', kind: 'list', parent: 'bis', country: 'US', description: 'The Commerce Department’s list of foreign parties subject to export license requirements.' },
	'sdn-list': { name: 'Specially Designated Nationals and Blocked Persons List', shortName: 'SDN list', kind: 'list', parent: 'ofac', country: 'US', description: 'The Treasury’s list of persons whose property is blocked.' },
	'ns-cmic-list': { name: 'Non-SDN Chinese Military-Industrial Complex Companies List', shortName: 'NS-CMIC list', kind: 'list', parent: 'ofac', country: 'US', description: 'The Treasury’s list of companies whose securities US persons may not buy.' },
	'list-1260h': { name: 'Section 1260H list', kind: 'list', parent: 'us-defense', country: 'US', description: 'The Defense Department’s list of Chinese military companies operating in the United States.' },
};

/**
 * @param {Rng} rng
 * @param {number} m how many entities, about
 * @returns {Map<string, EntityData>}
 */
function makeEntities(rng, m) {
	const entities = new Map(Object.entries(FIXED));
	/** @type {Set<string>} */
	const usedBrands = new Set();
	const brand = () => {
		for (;;) {
			const a = rng.pick(SYLLABLES);
			const b = rng.pick(SYLLABLES);
			if (a === b) continue;
			const key = a[0] + b[0];
			if (usedBrands.has(key) && usedBrands.size < SYLLABLES.length ** 2 / 2) continue;
			usedBrands.add(key);
			const n = usedBrands.size > SYLLABLES.length ** 2 / 2 ? usedBrands.size : '';
			return { en: capitalize(key) + (n ? ` ${n}` : ''), zh: a[1] + b[1], py: `${capitalize(a[0])}${b[0]}` };
		}
	};
	const usedIds = new Set(entities.keys());
	/** @param {string} base */
	const uniqueId = (base) => {
		let id = slugify(base);
		for (let i = 2; usedIds.has(id); i++) id = `${slugify(base)}-${i}`;
		usedIds.add(id);
		return id;
	};
	/** @type {Set<string>} */
	const usedNames = new Set();
	/** @param {() => string} make */
	const uniqueName = (make) => {
		for (let t = 0; ; t++) {
			const name = make();
			if (!usedNames.has(name) || t > 20) {
				usedNames.add(name);
				return name;
			}
		}
	};
	/** @param {string} base @param {EntityData} data @returns {string} the new entity's id */
	const add = (base, data) => {
		const id = uniqueId(base);
		entities.set(id, data);
		return id;
	};
	const rest = Math.max(0, m - entities.size);
	const quota = {
		company: Math.round(rest * 0.52),
		legislator: Math.round(rest * 0.16),
		official: Math.round(rest * 0.1),
		'media-outlet': Math.round(rest * 0.09),
		university: Math.round(rest * 0.05),
		'research-institute': Math.round(rest * 0.04),
		project: Math.round(rest * 0.02),
		organization: 0,
	};
	quota.organization = Math.max(0, rest - Object.values(quota).reduce((s, v) => s + v, 0));

	// One conglomerate shaped like the real record's largest groups (issue 17): the most aliases
	// an entity may have (40: former names, Chinese names, pinyin) and many subsidiaries, which
	// its header lists; it is not counted against the quota of companies.
	{
		const b = brand();
		const aliases = [
			{ name: `${b.zh}集团`, lang: 'zh-Hans' },
			{ name: `${b.zh}集團`, lang: 'zh-Hant' },
			{ name: `${b.py} Jituan`, lang: 'zh-Latn-pinyin' },
			...Array.from({ length: 37 }, (_, i) => ({ name: `${b.en} ${['Holdings', 'Industrial', 'Information', 'Digital', 'Systems'][i % 5]} ${i < 5 ? 'Co.' : `Co. No. ${i + 1}`}`, lang: 'en' })),
		];
		const parent = add(`${b.en} Conglomerate`, { name: `${b.en} Conglomerate`, kind: 'company', aliases, country: 'CN', description: 'A Chinese conglomerate with many subsidiaries and many former names.' });
		for (let i = 1; i <= Math.max(20, Math.round(m / 4)); i++) add(`${b.en} Branch ${i}`, { name: `${b.en} Regional Company ${i}`, kind: 'company', parent, country: 'CN', description: `A regional operating company of ${b.en} Conglomerate.` });
	}

	// Companies in groups: a parent, its subsidiaries, sometimes a subsidiary abroad.
	let companies = 0;
	while (companies < quota.company) {
		const b = brand();
		const city = rng.pick(CITIES);
		const standalone = rng.chance(0.25) || quota.company - companies < 2;
		/** @param {string} zh @param {string} py @param {keyof typeof SUFFIXES} suffix @returns {Alias[]} */
		const zhAlias = (zh, py, suffix) => [
			{ name: zh + SUFFIXES[suffix][0], lang: rng.chance(0.15) ? 'zh-Hant' : 'zh-Hans' },
			{ name: `${py} ${SUFFIXES[suffix][1]}`, lang: 'zh-Latn-pinyin' },
		];
		if (standalone) {
			const suffix = rng.pick(/** @type {const} */ (['Cloud', 'Technology', 'Networks', 'Data', 'Intelligence']));
			add(`${b.en} ${suffix}`, { name: `${b.en} ${suffix}`, kind: 'company', aliases: zhAlias(b.zh, b.py, suffix), country: 'CN', description: `A Chinese ${suffix === 'Cloud' ? 'cloud computing' : suffix.toLowerCase()} company based in ${city}.` });
			companies++;
			continue;
		}
		const parent = add(`${b.en} Group`, { name: `${b.en} Group`, kind: 'company', aliases: zhAlias(b.zh, b.py, 'Group'), country: 'CN', description: `A Chinese technology group headquartered in ${city}.` });
		companies++;
		const subs = rng.shuffle(/** @type {(keyof typeof SUFFIXES)[]} */ (['Cloud', 'Technology', 'Semiconductor', 'Networks', 'Data', 'Intelligence'])).slice(0, rng.weighted([[1, 3], [2, 3], [3, 2], [4, 1]]));
		if (!subs.includes('Cloud') && rng.chance(0.7)) subs[0] = 'Cloud';
		for (const s of subs) {
			if (companies >= quota.company) break;
			const id = add(`${b.en} ${s}`, { name: `${b.en} ${s}`, kind: 'company', aliases: zhAlias(b.zh, b.py, s), parent, country: 'CN', description: `The ${s === 'Cloud' ? 'cloud computing' : s.toLowerCase()} business of ${b.en} Group.` });
			companies++;
			if (s === 'Cloud' && companies < quota.company && rng.chance(0.35)) {
				const [place, zhPlace, cc] = rng.pick(ABROAD);
				add(`${b.en} Cloud ${place}`, { name: `${b.en} Cloud (${place})`, kind: 'company', aliases: [{ name: `${b.zh}云${zhPlace}`, lang: 'zh-Hans' }], parent: id, country: cc, description: `${b.en} Cloud’s operating company in ${place}.` });
				companies++;
			}
		}
	}
	for (let i = 0; i < quota.legislator; i++) {
		const name = uniqueName(() => `${rng.pick(FIRST)} ${rng.pick(LAST)}`);
		const senate = rng.chance(0.6);
		const party = rng.chance(0.6) ? 'R' : 'D';
		add(name, { name, kind: 'legislator', parent: senate ? 'us-senate' : 'us-house', country: 'US', role: `U.S. ${senate ? 'senator' : 'representative'} (${party}-${rng.pick(STATES)})`, description: `A member of Congress who has written about Chinese technology companies.` });
	}
	for (let i = 0; i < quota.official; i++) {
		const name = uniqueName(() => `${rng.pick(FIRST)} ${rng.pick(LAST)}`);
		const [role, parent] = rng.pick(ROLES);
		add(name, { name, kind: 'official', parent, country: 'US', role, description: `${role} during part of the period the tracker covers.` });
	}
	for (let i = 0; i < quota['media-outlet']; i++) {
		const name = uniqueName(() => `The ${rng.pick(OUTLET_CITIES)} ${rng.pick(OUTLET_NOUNS)}`);
		add(name, { name, kind: 'media-outlet', country: 'US', description: 'A news outlet that reports on technology policy.' });
	}
	for (let i = 0; i < quota.university; i++) {
		const b = brand();
		add(`${b.en} University`, { name: `${b.en} University of Science and Technology`, kind: 'university', aliases: [{ name: `${b.zh}科技大学`, lang: 'zh-Hans' }, { name: `${b.py} Keji Daxue`, lang: 'zh-Latn-pinyin' }], country: 'CN', description: `A Chinese university in ${rng.pick(CITIES)} with a computing faculty.` });
	}
	for (let i = 0; i < quota['research-institute']; i++) {
		const b = brand();
		add(`${b.en} Institute`, { name: `${b.en} Institute of Computing`, kind: 'research-institute', aliases: [{ name: `${b.zh}计算研究所`, lang: 'zh-Hans' }], country: 'CN', description: 'A Chinese research institute working on high-performance computing.' });
	}
	for (let i = 0; i < quota.project; i++) {
		const b = brand();
		add(`${b.en} Constellation`, { name: `${b.en} Constellation`, kind: 'project', aliases: [{ name: `${b.zh}星座`, lang: 'zh-Hans' }], country: 'CN', description: 'A satellite computing constellation.' });
	}
	for (let i = 0; i < quota.organization; i++) {
		const b = brand();
		add(`${b.en} Alliance`, { name: `${b.en} Computing Industry Alliance`, kind: 'organization', aliases: [{ name: `${b.zh}算力产业联盟`, lang: 'zh-Hans' }], country: 'CN', description: 'An industry association of Chinese computing firms.' });
	}
	return entities;
}

// ---------------------------------------------------------------------------------------------
// Entries

/** @type {[string, number][]} */
const TYPE_WEIGHTS = [
	['entity-list-rule', 8], ['sanctions-designation', 5], ['list-designation', 4], ['executive-order', 2],
	['proposed-rule', 3], ['final-rule', 3], ['official-statement', 12], ['official-letter', 5], ['hearing', 6],
	['congressional-letter', 12], ['press-report', 22], ['corporate-event', 10], ['company-response', 8],
];
const TECH = ['cloud infrastructure', 'data centers', 'AI accelerators', 'facial recognition', 'satellite computing', 'undersea cables', 'smart-city platforms', 'large language models', 'chip design software', 'content delivery networks', 'payment systems', 'genomic data', 'surveillance cameras', 'telecom equipment', 'edge computing', 'encryption modules', 'remote sensing', 'supercomputers', 'routers', 'drone software'];
const CONCERNS = ['national security', 'data access by Chinese authorities', 'military end use', 'human rights abuses', 'export control evasion', 'supply-chain risk', 'cyber espionage', 'support for Russia’s military', 'sanctions evasion', 'access to US persons’ data'];
const COUNTRIES = ['Brazil', 'Saudi Arabia', 'Indonesia', 'Kenya', 'Serbia', 'Mexico', 'Malaysia', 'Turkey', 'South Africa', 'Chile', 'Thailand', 'Egypt', 'Pakistan', 'Argentina', 'Hungary', 'the United Arab Emirates'];
const VERBS = ['said', 'wrote', 'argued', 'noted', 'warned', 'stated', 'reported', 'told reporters', 'acknowledged', 'added'];
const ADJ = ['broad', 'narrow', 'temporary', 'sweeping', 'targeted', 'renewed', 'expanded', 'limited', 'long-awaited', 'contested', 'unusual', 'routine'];
const NOUNS = ['license requirement', 'reporting obligation', 'due-diligence rule', 'know-your-customer requirement', 'investment ban', 'procurement ban', 'review', 'inquiry', 'briefing', 'guidance', 'advisory', 'waiver'];
const TAGS = ['export-controls', 'sanctions', 'cloud', 'data-security', 'ai-chips', 'satellites', 'telecom', 'investment', 'surveillance', 'russia'];
const QUOTE_FREE_NOTES = ['Gives the effective date.', 'Lists the affected entities.', 'Summarizes the rule.', 'Reproduces the announcement.', 'Names the signatories.'];

/** @param {string} s @returns {number} */
function words(s) {
	return s.split(/\s+/).filter(Boolean).length;
}

/**
 * @param {{ n: number, seed?: number, end: string }} options n entries, dated up to `end` (YYYY-MM-DD)
 * @returns {Corpus}
 */
export function generateCorpus({ n, seed = 7, end }) {
	const rng = prng(seed ^ (n * 2654435761));
	const today = end;
	const endDay = dayOf(today);
	const startDay = endDay - Math.round(15 * 365.25);
	const m = Math.max(40, Math.round(n / 20));
	const entityData = makeEntities(rng, m);
	const ids = [...entityData.keys()];
	/** @param {string | undefined} id @returns {EntityData} */
	const entity = (id) => {
		const e = id === undefined ? undefined : entityData.get(id);
		if (!e) throw new Error(`bench corpus: no entity ${id}`);
		return e;
	};
	/** @param {...string} kinds */
	const ofKind = (...kinds) => rng.shuffle(ids.filter((id) => kinds.includes(entity(id).kind)));
	const subjectPick = zipf(rng, ofKind('company', 'university', 'research-institute', 'project', 'organization'), 1.05);
	const legislatorPick = zipf(rng, ofKind('legislator'), 0.8);
	const officialPick = zipf(rng, ofKind('official'), 0.7);
	const mediaPick = zipf(rng, ofKind('media-outlet'), 0.9);
	const companyPick = zipf(rng, ofKind('company'), 1.05);
	/** @param {string | undefined} id */
	const nameOf = (id) => entity(id).name;
	/** @param {string | undefined} id */
	const shortOf = (id) => entity(id).shortName ?? entity(id).name;
	/** @param {string | undefined} id */
	const zhOf = (id) => entity(id).aliases?.find((a) => a.lang.startsWith('zh-Han'))?.name;
	/** @type {Map<string, string[]>} */
	const childrenOf = new Map();
	for (const [id, d] of entityData) if (d.parent) childrenOf.set(d.parent, [...(childrenOf.get(d.parent) ?? []), id]);

	// Dates: over 15 years, denser in recent years (as the real record is).
	const days = Array.from({ length: n }, () => startDay + Math.floor(Math.pow(rng.next(), 0.7) * (endDay - startDay + 1)));
	days.sort((a, b) => a - b);

	/** @type {CorpusEntry[]} */
	const entries = [];
	/** @type {Set<string>} */
	const usedIds = new Set();
	/** @type {AskSoFar[]} */
	const asksSoFar = [];
	/** Every ask by its ref, for the rule that a listing on another list never meets a request. @type {Map<string, Ask>} */
	const askByRef = new Map();
	/** @type {Map<string, string[]>} */
	const recentByEntity = new Map();
	/** @type {Map<string, boolean>} */
	const onList = new Map();
	// The date of each entity's last designation on each list: two on one day would be read in
	// an order the generator cannot know (the check orders same-day entries its own way).
	const designatedOn = new Map();
	let eo = 13_900;
	/** @type {{ id: string, date: string, asks: string[] } | undefined} */
	let landmark;

	for (let i = 0; i < n; i++) {
		const type = rng.weighted(TYPE_WEIGHTS);
		let datePrecision = rng.weighted([['day', 90], ['month', 7], ['year', 3]]);
		if (type === 'congressional-letter' || type.endsWith('-rule') || type.endsWith('designation')) datePrecision = 'day';
		let date = iso(/** @type {number} */ (days[i]));
		if (datePrecision === 'month') date = `${date.slice(0, 8)}01`;
		if (datePrecision === 'year') date = `${date.slice(0, 4)}-01-01`;
		const year = Number(date.slice(0, 4));
		/** @type {{ title: string, summary: string, date: string, datePrecision: string, type: string, actors: string[], subjects: string[] }} */
		const d = { title: '', summary: '', date, datePrecision, type, actors: [], subjects: [] };
		/** @type {Set<string>} */
		const involved = new Set();
		/** @param {string} id @returns {boolean} whether it is involved (at most 4 are) */
		const take = (id) => {
			if (involved.has(id)) return true;
			if (involved.size >= 4) return false;
			involved.add(id);
			return true;
		};
		/** @param {number} k @param {() => string} [pick] */
		const pickSubjects = (k, pick = subjectPick) => {
			for (const id of rng.distinct(k, pick)) if (take(id)) d.subjects.push(id);
		};
		/** @type {string | undefined} */
		let list;
		/** @type {Designation[]} */
		const designations = [];
		/** @type {Ask[]} */
		const asks = [];
		/** @type {Answer[]} */
		const answers = [];
		/** @type {BearsOn[]} */
		const bearsOn = [];
		/** @type {string[]} */
		const citation = [];

		// Who acts and on whom, by type.
		if (type === 'entity-list-rule' || type === 'sanctions-designation' || type === 'list-designation') {
			const [actor, l] =
				type === 'entity-list-rule' ? ['bis', 'entity-list'] : type === 'sanctions-designation' ? ['ofac', 'sdn-list'] : rng.chance(0.5) ? ['us-defense', 'list-1260h'] : ['ofac', 'ns-cmic-list'];
			list = l;
			take(actor);
			take(list);
			d.actors.push(actor);
			pickSubjects(rng.int(1, 2), companyPick);
			for (const s of d.subjects) {
				const key = `${s}|${list}`;
				if (designatedOn.get(key) === date) continue;
				const on = onList.get(key) ?? false;
				const action = on ? rng.weighted([['removed', 2], ['revised', 1], ['added', 0]]) : 'added';
				if (on && !rng.chance(0.3)) continue;
				designatedOn.set(key, date);
				onList.set(key, action !== 'removed');
				designations.push({ entity: s, list, action, ...(rng.chance(0.2) ? { note: `Listed with ${rng.int(2, 40)} affiliates in ${rng.int(2, 12)} countries.` } : {}) });
			}
			if (!designations.length && d.subjects.length && designatedOn.get(`${d.subjects[0]}|${list}`) !== date) {
				designations.push({ entity: /** @type {string} */ (d.subjects[0]), list, action: 'revised' });
				onList.set(`${d.subjects[0]}|${list}`, true);
				designatedOn.set(`${d.subjects[0]}|${list}`, date);
			}
			if (type !== 'list-designation' || list === 'ns-cmic-list') citation.push(`${year - 1935} FR ${rng.int(1000, 89_999)}`);
		} else if (type === 'executive-order') {
			take('white-house');
			d.actors.push('white-house');
			pickSubjects(rng.int(0, 2));
			citation.push(`E.O. ${eo++}`);
		} else if (type === 'proposed-rule' || type === 'final-rule') {
			const actor = rng.chance(0.7) ? 'bis' : 'us-commerce';
			take(actor);
			d.actors.push(actor);
			pickSubjects(rng.int(0, 2));
			citation.push(`${year - 1935} FR ${rng.int(1000, 89_999)}`);
		} else if (type === 'official-statement' || type === 'official-letter') {
			const actor = rng.chance(0.7) ? officialPick() : rng.pick(['bis', 'ofac', 'us-state', 'us-commerce', 'us-treasury', 'us-defense', 'white-house']);
			take(actor);
			d.actors.push(actor);
			pickSubjects(rng.int(1, 2));
		} else if (type === 'hearing' || type === 'congressional-letter') {
			for (const id of rng.distinct(rng.weighted([[1, 5], [2, 2]]), legislatorPick)) if (take(id)) d.actors.push(id);
			pickSubjects(type === 'hearing' ? 1 : rng.int(1, 2));
			const official = officialPick();
			if (type === 'hearing' && rng.chance(0.5) && !involved.has(official) && take(official)) d.actors.push(official);
		} else if (type === 'press-report') {
			const outlet = mediaPick();
			take(outlet);
			d.actors.push(outlet);
			pickSubjects(rng.int(1, 3));
		} else {
			const company = companyPick();
			take(company);
			d.actors.push(company);
			const parent = entity(company).parent;
			if (parent && rng.chance(0.4) && take(parent)) d.subjects.push(parent);
		}

		// Sources: primary first; keys cited in the body.
		/** @type {Source[]} */
		const sources = [];
		/** @type {Set<string>} */
		const keys = new Set();
		const publisherPrimary =
			type === 'congressional-letter' || type === 'hearing'
				? `Office of ${type === 'hearing' ? 'the Senate Committee on Commerce' : `Sen. ${nameOf(d.actors[0])}`}`
				: citation[0]?.includes('FR')
					? 'Federal Register'
					: type === 'press-report'
						? nameOf(d.actors[0])
						: type === 'corporate-event' || type === 'company-response'
							? nameOf(d.actors[0])
							: nameOf(d.actors[0]);
		const nSources = rng.weighted([[1, 3], [2, 4], [3, 2], [4, 1]]);
		for (let k = 0; k < nSources; k++) {
			const primary = k === 0 && type !== 'press-report' ? true : k === 0 ? false : rng.chance(0.2);
			const publisher = k === 0 ? publisherPrimary : primary ? publisherPrimary : nameOf(mediaPick());
			let key = primary ? rng.pick(['fr', 'release', 'letter', 'notice', 'order', 'statement', 'filing', 'transcript']) : slugify(publisher.replace(/^the /i, '')).split('-').pop() || 'press';
			if (!/^[a-z]/.test(key)) key = `s${key}`;
			for (let j = 2; keys.has(key); j++) key = `${key.replace(/-\d+$/, '')}-${j}`;
			keys.add(key);
			const srcDay = Math.min(endDay, dayOf(date) + rng.int(0, 3));
			const url = `https://example.org/${slugify(publisher)}/${iso(srcDay).slice(0, 7).replace('-', '/')}/${slugify(rng.pick(TECH))}-${rng.int(1000, 99_999)}`;
			sources.push({
				key,
				title: primary ? `${capitalize(rng.pick(NOUNS))} on ${rng.pick(TECH)} (${year})` : `${capitalize(rng.pick(ADJ))} ${rng.pick(NOUNS)} puts ${rng.pick(TECH)} under scrutiny`,
				publisher,
				url,
				...(rng.chance(0.8) ? { date: iso(srcDay) } : {}),
				kind: primary ? 'primary' : 'secondary',
				...(rng.chance(0.15) ? { archived: `https://web.archive.org/web/${iso(srcDay).replaceAll('-', '')}000000/${url}` } : {}),
				...(rng.chance(0.15) ? { note: rng.pick(QUOTE_FREE_NOTES) } : {}),
			});
		}
		sources.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'primary' ? -1 : 1));

		// A letter's asks.
		if (type === 'congressional-letter') {
			/** @type {string | undefined} */
			let addressee;
			for (let t = 0; t < 4 && !addressee; t++) {
				const cand = rng.chance(0.6) ? officialPick() : rng.pick(['us-commerce', 'us-treasury', 'us-state', 'bis', 'ofac']);
				if (take(cand)) addressee = cand;
			}
			addressee ??= /** @type {string} */ (d.actors[0]);
			const nAsks = rng.weighted([[1, 3], [2, 4], [3, 2]]);
			/** @type {Set<string>} */
			const askIds = new Set();
			for (let k = 0; k < nAsks; k++) {
				const subject = rng.pick(d.subjects.length ? d.subjects : [companyPick()]);
				if (!d.subjects.includes(subject) && take(subject)) d.subjects.push(subject);
				if (!involved.has(subject)) continue;
				let action = rng.weighted([['sanction', 3], ['add-to-list', 4], ['deny-licences', 2], ['investigate', 3], ['review', 2], ['other', 1]]);
				let askList;
				if (action === 'add-to-list') {
					askList = rng.pick(['entity-list', 'ns-cmic-list', 'list-1260h']);
					if (!take(askList)) {
						action = 'investigate';
						askList = undefined;
					}
				}
				let id = `${action}-${subject}`.slice(0, 60).replace(/-+$/, '');
				for (let j = 2; askIds.has(id); j++) id = `${action}-${subject}-${j}`;
				askIds.add(id);
				const verb = /** @type {Record<string, string>} */ ({ sanction: 'Impose sanctions on', 'add-to-list': 'Add', 'deny-licences': 'Deny export licences for sales to', investigate: 'Investigate', review: 'Review the US operations of', other: 'Brief Congress on' })[action];
				asks.push({
					id,
					request: `${verb} ${nameOf(subject)}${askList ? ` to the ${nameOf(askList)}` : ''}, citing ${rng.pick(CONCERNS)}.`,
					quoted: false,
					source: /** @type {Source} */ (sources[0]).key,
					addressees: [addressee],
					action,
					subjects: [subject],
					...(askList ? { list: askList } : {}),
				});
			}
		}

		// The landmark letter (issue 17): as the April 2023 letter in the real record, one early
		// letter that many later entries answer, bear on or name as related. Its page and its
		// requests' cards must stay bounded however many there are.
		const mark = landmark && landmark.date <= date ? landmark : undefined;
		if (mark && ['official-statement', 'official-letter', 'entity-list-rule', 'sanctions-designation', 'list-designation', 'final-rule'].includes(type) && rng.chance(0.15)) {
			answers.push({ ask: /** @type {string} */ (mark.asks[0]), response: type.endsWith('rule') || type.endsWith('designation') ? 'partly-acted-on' : 'acknowledged' });
		} else if (mark && ['hearing', 'press-report', 'company-response', 'corporate-event'].includes(type) && rng.chance(0.1)) {
			bearsOn.push({ ask: /** @type {string} */ (mark.asks.at(-1)), note: `Reports on ${rng.pick(TECH)} without saying whether the request was acted on.` });
		}

		// Answers to earlier asks, and developments that bear on them.
		// Only asks of letters dated on or before this entry (a month- or year-precise date sorts
		// earlier than the day it was drawn from).
		let open = asksSoFar.length;
		while (open && /** @type {AskSoFar} */ (asksSoFar[open - 1]).date > date) open--;
		if (open && !answers.length && ['official-statement', 'official-letter', 'entity-list-rule', 'sanctions-designation', 'list-designation', 'final-rule'].includes(type) && rng.chance(0.3)) {
			const a = /** @type {AskSoFar} */ (asksSoFar[Math.max(0, open - 1 - Math.floor(Math.pow(rng.next(), 2) * Math.min(300, open)))]);
			const response = type.endsWith('rule') || type.endsWith('designation') ? rng.weighted([['acted-on', 3], ['partly-acted-on', 1]]) : rng.weighted([['acknowledged', 5], ['declined', 1], ['partly-acted-on', 1]]);
			answers.push({ ask: a.ref, response, ...(rng.chance(0.6) ? { note: `${capitalize(response.replaceAll('-', ' '))} in a ${rng.pick(ADJ)} ${rng.pick(NOUNS)}.` } : {}) });
		}
		if (open && !bearsOn.length && ['hearing', 'press-report', 'company-response', 'corporate-event'].includes(type) && rng.chance(0.08)) {
			const a = /** @type {AskSoFar} */ (asksSoFar[open - 1 - rng.int(0, Math.min(50, open - 1))]);
			bearsOn.push({ ask: a.ref, note: `Reports on ${rng.pick(TECH)} without saying whether the request was acted on.` });
		}

		// Title and summary.
		const subjNames = d.subjects.map(nameOf);
		const about = subjNames.length ? subjNames.join(subjNames.length === 2 ? ' and ' : ', ') : `Chinese ${rng.pick(TECH)}`;
		const actorName = shortOf(d.actors[0]);
		/** @type {Record<string, string>} */
		const titleBy = {
			'entity-list-rule': `Commerce adds ${about} to the Entity List`,
			'sanctions-designation': `Treasury sanctions ${about}`,
			'list-designation': `${actorName} lists ${about} on the ${shortOf(list ?? 'list-1260h')}`,
			'executive-order': `Executive order on ${rng.pick(TECH)} and ${rng.pick(CONCERNS)}`,
			'proposed-rule': `Commerce proposes a ${rng.pick(NOUNS)} for ${rng.pick(TECH)}`,
			'final-rule': `Commerce finalizes a ${rng.pick(NOUNS)} for ${rng.pick(TECH)}`,
			'official-statement': `${actorName} on ${about} and ${rng.pick(CONCERNS)}`,
			'official-letter': `${actorName} writes to Congress about ${about}`,
			hearing: `Hearing on ${about} and ${rng.pick(TECH)}`,
			'congressional-letter': `${d.actors.length > 1 ? 'Lawmakers' : actorName} urge action on ${about}`,
			'press-report': `${actorName} reports on ${about} ${rng.pick(TECH)} in ${rng.pick(COUNTRIES)}`,
			'corporate-event': `${actorName} opens ${rng.pick(TECH)} operations in ${rng.pick(COUNTRIES)}`,
			'company-response': `${actorName} responds to ${rng.pick(CONCERNS)} claims`,
		};
		d.title = /** @type {string} */ (titleBy[type]).slice(0, 200);
		const when = apDate(date, datePrecision);
		d.summary = `${datePrecision === 'day' ? 'On' : 'In'} ${when}, ${nameOf(d.actors[0])} ${
			/** @type {Record<string, string>} */ ({ 'entity-list-rule': 'added', 'sanctions-designation': 'sanctioned', 'list-designation': 'listed', 'congressional-letter': 'asked the administration to act against', 'press-report': 'reported on', hearing: 'questioned witnesses about' })[type] ?? 'addressed'
		} ${about}, citing ${rng.pick(CONCERNS)}.`.slice(0, 400);

		const body = makeBody(rng, { d, sources, nameOf, zhOf, about, when, list, year });

		let id = `${date}-${slugify(d.title).split('-').slice(0, 7).join('-') || 'entry'}`;
		for (let j = 2; usedIds.has(id); j++) id = `${date}-${slugify(d.title).split('-').slice(0, 7).join('-')}-${j}`;
		usedIds.add(id);

		// Related entries: an earlier entry about the same subject.
		/** @type {string[]} */
		const related = [];
		if (mark && rng.chance(0.08)) related.push(mark.id);
		if (rng.chance(0.12)) {
			for (const s of d.subjects) {
				const prior = recentByEntity.get(s);
				if (prior?.length) {
					const r = rng.pick(prior);
					if (!related.includes(r)) related.push(r);
				}
				if (related.length >= 2) break;
			}
		}
		for (const s of d.subjects) {
			const list = recentByEntity.get(s) ?? [];
			list.push(id);
			if (list.length > 6) list.shift();
			recentByEntity.set(s, list);
		}

		// As in the real record (src/lib/check/record-rules.ts): a listing on a different list than
		// the one a request names does not meet it; such an answer becomes a development.
		for (let k = answers.length - 1; k >= 0; k--) {
			const a = /** @type {Answer} */ (answers[k]);
			const ask = askByRef.get(a.ask);
			if (!ask || ask.action !== 'add-to-list' || !ask.list || !['acted-on', 'partly-acted-on'].includes(a.response)) continue;
			const added = designations.filter((g) => g.action === 'added');
			if (!added.length || added.some((g) => g.list === ask.list && ask.subjects.includes(g.entity))) continue;
			if (!added.some((g) => g.list !== ask.list)) continue;
			answers.splice(k, 1);
			if (!bearsOn.some((b) => b.ask === a.ask)) bearsOn.push({ ask: a.ask, note: 'A listing on another list than the one the request names: it bears on the request, and does not meet it.' });
		}

		const data = {
			title: d.title,
			date,
			datePrecision,
			...(citation.length && type.endsWith('rule') && rng.chance(0.6) ? { published: iso(Math.min(endDay, dayOf(date) + rng.int(1, 5))) } : {}),
			type,
			actors: d.actors,
			...(d.subjects.length ? { subjects: d.subjects } : {}),
			...(designations.length ? { designations } : {}),
			...(asks.length ? { asks } : {}),
			...(answers.length ? { answers } : {}),
			...(bearsOn.length ? { bearsOn } : {}),
			...(citation.length ? { citation } : {}),
			sources,
			summary: d.summary,
			...(related.length ? { related } : {}),
			...(rng.chance(0.02) ? { corrections: [{ date: iso(Math.min(endDay, dayOf(date) + rng.int(1, 60))), text: `An earlier version gave the wrong ${rng.pick(['date of publication', 'number of affiliates', 'name of the agency'])}; it has been corrected.` }] } : {}),
			...(rng.chance(0.03) ? { unverified: [`That ${about} supplied ${rng.pick(TECH)} to ${rng.pick(COUNTRIES)}.`.slice(0, 500)] } : {}),
			...(rng.chance(0.4) ? { tags: rng.distinct(rng.int(1, 2), () => rng.pick(TAGS)) } : {}),
		};
		entries.push({ id, data, body });
		for (const a of asks) {
			asksSoFar.push({ ref: `${id}#${a.id}`, date });
			askByRef.set(`${id}#${a.id}`, a);
		}
		if (!landmark && asks.length && i >= n / 20) landmark = { id, date, asks: asks.map((a) => `${id}#${a.id}`) };
	}

	const entities = [...entityData].map(([id, data]) => ({ id, data }));
	return { entities, entries, stats: corpusStats(entities, entries) };
}

/**
 * A ~300-word body in Markdown with the project's <Cite k="…" /> after sourced sentences.
 * @param {Rng} rng
 * @param {{ d: { actors: string[], subjects: string[] }, sources: Source[], nameOf: (id: string | undefined) => string, zhOf: (id: string | undefined) => string | undefined, about: string, when: string, list: string | undefined, year: number }} about the entry
 * @returns {string}
 */
function makeBody(rng, { d, sources, nameOf, zhOf, about, when, list, year }) {
	const target = rng.int(250, 360);
	const subj = d.subjects[0];
	const subjText = subj ? `${nameOf(subj)}${zhOf(subj) && rng.chance(0.3) ? ` (${zhOf(subj)})` : ''}` : about;
	const actor = nameOf(d.actors[0]);
	const product = () => `${rng.pick(['Tian', 'Xing', 'Kun', 'Pan', 'Jiu', 'Hong', 'Lan', 'Qi'])}${rng.pick(['shu', 'yun', 'lan', 'ji', 'xuan', 'ce', 'mo'])}-${rng.int(1, 99)}`;
	const templates = [
		() => `${when}: ${actor} ${rng.pick(['acted', 'wrote', 'spoke', 'published a notice'])} on ${subjText}, citing ${rng.pick(CONCERNS)}.`,
		() => `The ${rng.pick(NOUNS)} covers ${rng.pick(TECH)} and ${rng.pick(TECH)} sold to customers in ${rng.pick(COUNTRIES)}.`,
		() => `According to the ${rng.pick(['notice', 'letter', 'report', 'filing', 'statement'])}, ${subjText} operated ${rng.int(2, 40)} ${rng.pick(TECH)} sites in ${rng.pick(CITIES)} and ${rng.pick(COUNTRIES)}.`,
		() => `${actor} ${rng.pick(VERBS)} that the ${rng.pick(ADJ)} ${rng.pick(NOUNS)} would remain in place until ${year + rng.int(1, 3)}.`,
		() => `Analysts tied the move to ${rng.pick(CONCERNS)} and to the company’s ${rng.pick(TECH)} business, which reported revenue of about $${rng.int(2, 900)} million.`,
		() => `The ${product()} platform, which ${subjText} markets for ${rng.pick(TECH)}, was named in the ${rng.pick(['annex', 'appendix', 'supplement', 'docket'])} (No. ${rng.int(1000, 9999)}-${rng.int(10, 99)}).`,
		() => `Earlier, ${rng.pick(['the company', 'its parent', 'a subsidiary'])} had denied any link to ${rng.pick(CONCERNS)}.`,
		() => `The ${rng.pick(NOUNS)} took effect ${rng.pick(['at once', 'after a comment period', 'on publication', 'within 30 days', 'after 60 days'])}.`,
		() => `Lawmakers had pressed for a ${rng.pick(ADJ)} ${rng.pick(NOUNS)} since ${year - rng.int(1, 4)}, pointing to ${rng.pick(TECH)} in ${rng.pick(COUNTRIES)}.`,
		() => `A spokesperson for ${subjText} ${rng.pick(['declined to comment', 'did not respond', 'said the company complies with local law', 'called the decision unfounded'])}.`,
		() => `The action ${rng.pick(['follows', 'expands', 'narrows', 'revises', 'builds on'])} a ${rng.pick(ADJ)} ${rng.pick(NOUNS)} issued in ${year - rng.int(1, 5)}.`,
		() => `${capitalize(rng.pick(ADJ))} exemptions apply to ${rng.pick(TECH)} already shipped, and to ${rng.pick(['humanitarian', 'medical', 'academic', 'telecom safety'])} uses.`,
		() => `Data from the ${rng.pick(CITIES)} facility was said to reach ${rng.int(3, 800)} petabytes, served through ${rng.pick(TECH)}.`,
	];
	if (list) templates.push(() => `Listing on the ${nameOf(list)} means exporters need a licence to ship items subject to US rules to ${subjText}.`);
	/** @type {string[]} */
	const paragraphs = [];
	let count = 0;
	let cite = 0;
	const keys = sources.map((s) => s.key);
	// Draw templates from a shuffled deck so a body repeats itself as little as possible.
	/** @type {(() => string)[]} */
	let deck = [];
	const draw = () => {
		if (!deck.length) deck = rng.shuffle([...templates]);
		return /** @type {() => string} */ (deck.pop())();
	};
	while (count < target) {
		/** @type {string[]} */
		const sentences = [];
		for (let s = rng.int(2, 4); s > 0; s--) {
			let text = draw();
			if (rng.chance(0.08)) text = text.replace(/ (\w+) (\w+)\.$/, ' *$1 $2*.');
			if (cite < keys.length || rng.chance(0.3)) text += `<Cite k="${keys[cite++ % keys.length]}" />`;
			sentences.push(text);
			count += words(text);
		}
		paragraphs.push(sentences.join(' '));
		if (paragraphs.length === 2 && rng.chance(0.25)) paragraphs.push(`## ${rng.pick(['Background', 'What it covers', 'Reaction', 'What came next', 'Context'])}`);
		if (paragraphs.length === 3 && rng.chance(0.15)) {
			paragraphs.push(Array.from({ length: 3 }, () => `- ${capitalize(rng.pick(TECH))} in ${rng.pick(COUNTRIES)}`).join('\n'));
		}
	}
	// A link now and then (the real bodies cite through <Cite> and hardly ever link).
	if (rng.chance(0.1)) paragraphs.splice(1, 0, `See [the ${rng.pick(['notice', 'docket', 'rule text'])}](https://example.org/docket/${rng.int(1000, 99_999)}) for the full text.`);
	// Any source not yet cited gets a sentence of its own.
	while (cite < keys.length) paragraphs.push(`${actor} ${rng.pick(VERBS)} as much.<Cite k="${keys[cite++]}" />`);
	return `\n${paragraphs.join('\n\n')}\n`;
}

/**
 * @param {CorpusEntity[]} entities
 * @param {CorpusEntry[]} entries
 */
function corpusStats(entities, entries) {
	/** @type {Map<string, number>} */
	const byEntity = new Map();
	let asks = 0;
	let answers = 0;
	let designations = 0;
	let letters = 0;
	let words = 0;
	for (const e of entries) {
		const d = e.data;
		const ids = new Set([...d.actors, ...(d.subjects ?? [])]);
		for (const g of d.designations ?? []) ids.add(g.entity).add(g.list);
		for (const a of d.asks ?? []) {
			a.subjects.forEach((s) => ids.add(s));
			a.addressees.forEach((s) => ids.add(s));
			if (a.list) ids.add(a.list);
		}
		for (const id of ids) byEntity.set(id, (byEntity.get(id) ?? 0) + 1);
		asks += d.asks?.length ?? 0;
		answers += d.answers?.length ?? 0;
		designations += d.designations?.length ?? 0;
		if (d.type === 'congressional-letter') letters++;
		words += e.body.replace(/<Cite[^>]*>/g, ' ').split(/\s+/).filter(Boolean).length;
	}
	const ranked = [...byEntity].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
	const [topEntity, topCount] = ranked[0] ?? [undefined, 0];
	const kindOf = new Map(entities.map((e) => [e.id, e.data.kind]));
	const topCompany = ranked.find(([id]) => kindOf.get(id) === 'company')?.[0];
	return {
		entries: entries.length,
		entities: entities.length,
		letters,
		asks,
		answers,
		designations,
		meanBodyWords: Math.round(words / Math.max(1, entries.length)),
		firstDate: entries[0]?.data.date,
		lastDate: entries.at(-1)?.data.date,
		topEntity,
		topEntityEntries: topCount,
		topCompany,
	};
}

/**
 * Write the corpus as content files: `<dir>/entries/*.mdx`, `<dir>/entities/*.yaml`.
 * @param {string} dir
 * @param {Pick<Corpus, 'entities' | 'entries'>} corpus
 */
export function writeCorpus(dir, corpus) {
	mkdirSync(join(dir, 'entries'), { recursive: true });
	mkdirSync(join(dir, 'entities'), { recursive: true });
	for (const e of corpus.entities) writeFileSync(join(dir, 'entities', `${e.id}.yaml`), stringify(e.data, { lineWidth: 0 }));
	for (const e of corpus.entries) writeFileSync(join(dir, 'entries', `${e.id}.mdx`), `---\n${stringify(e.data, { lineWidth: 0 })}---\n${e.body}`);
	// The review stamp: reviewed through the latest entry (content/review.yaml, src/lib/model/review.ts).
	const last = corpus.entries.reduce((m, e) => (e.data.date > m ? e.data.date : m), '2000-01-01');
	writeFileSync(join(dir, 'review.yaml'), `reviewedThrough: ${last}\nreviewedBy: Bench corpus\n`);
}

/**
 * Queries for the search measurement, drawn from the corpus: a busy company, its Chinese name, a list, a topic.
 * @param {Corpus} corpus
 * @returns {string[]}
 */
export function searchQueries(corpus) {
	const top = corpus.entities.find((e) => e.id === corpus.stats.topCompany);
	const brand = top ? /** @type {string} */ (top.data.name.split(' ')[0]).toLowerCase() : 'cloud';
	const zh = top?.data.aliases?.find((a) => a.lang.startsWith('zh-Han'))?.name;
	return [brand, 'entity list', 'satellite', ...(zh ? [zh] : [])];
}
