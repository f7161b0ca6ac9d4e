// The bench's verdicts and its printed table. Budgets come from issue 7 and are stated for
// 10,000 entries; a run at another size shows them as indications, and says so.
import { MAX_ENTRY_GZIP, MAX_HTML_BYTES } from './weights.mjs';

/**
 * What the bench records (scripts/bench/index.mjs writes it to bench/results.json).
 * @typedef {NonNullable<ReturnType<typeof buildPhases>>} Phases
 * @typedef {NonNullable<ReturnType<typeof reuseOf>>} Reuse
 * @typedef {{ wallMs: number, cpuMs?: number | undefined, peakRss: number, peakProcesses: number, phases?: Phases | undefined, reuse?: Reuse | undefined, pages?: number | undefined }} BuildRun
 * @typedef {BuildRun & { edited: string }} WarmRun
 * @typedef {{ wallMs: number, cpuMs?: number | undefined, peakRss: number, warnings: number }} CheckRun
 * @typedef {ReturnType<typeof import('./weights.mjs').outputSize>} OutputSize
 * @typedef {NonNullable<ReturnType<typeof import('./weights.mjs').pageWeight>>} PageWeight
 * @typedef {{ check?: CheckRun, build?: BuildRun, runs?: BuildRun[], warm?: WarmRun, output?: OutputSize, largest?: ReturnType<typeof import('./weights.mjs').largestPages>, entryPages?: ReturnType<typeof import('./weights.mjs').entryPages>, pages?: Record<string, PageWeight | undefined> }} SiteRun
 * @typedef {{ output?: OutputSize, build?: BuildRun, runs?: BuildRun[] }} FloorRun
 * @typedef {Awaited<ReturnType<typeof import('./search.mjs').measureSearch>>} SearchRun
 * @typedef {Awaited<ReturnType<typeof import('./search.mjs').measureScreen>>} ScreenRun
 * @typedef {{ n: number, corpus?: import('./corpus.mjs').CorpusStats & { generateMs: number }, site?: SiteRun, floor?: FloorRun, search?: SearchRun, searchBare?: SearchRun, searchEngine?: import('./search.mjs').EngineMeasure, screen?: ScreenRun, keptAt?: string }} Run
 * @typedef {{ budget: string, pass: boolean | null, detail: string, hard?: boolean }} BudgetLine
 * @typedef {{ cpuModel: string, cpus: number, memBytes: number, freeMemBytesAtStart: number, loadAverageAtStart: number[], loadAverageAtEnd?: number[], os: string, node: string }} Machine
 * @typedef {{ generatedAt: string, options: Record<string, unknown>, machine: Machine, git: { commit?: string | undefined, branch?: string | undefined, dirty: boolean }, runs: Run[], budgets: BudgetLine[], totalMs?: number }} Results
 */

export const BUDGET_N = 10_000;
export const BUDGETS = {
	buildVsFloor: 1.25,
	warmVsCold: 0.35,
	growth: 11,
	memoryVsFloor: 1.25,
	maxHtmlBytes: MAX_HTML_BYTES,
	entryGzip: MAX_ENTRY_GZIP,
	searchMs: 300,
	searchBytes: 200 * 1024,
	warmSearchMs: 100,
	searchPageBytes: 100 * 1024,
	screenMs: 1000,
};

/** @typedef {number | null | undefined} Maybe a number, or '–' when there is none */

/** @param {Maybe} b bytes */
export const kb = (b) => (b === undefined || b === null ? '–' : `${(b / 1024).toFixed(1)} KB`);
/** @param {Maybe} b bytes */
export const mb = (b) => (b === undefined || b === null ? '–' : `${(b / 1024 / 1024).toFixed(1)} MB`);
/** @param {Maybe} b bytes */
export const gib = (b) => (b === undefined || b === null ? '–' : `${(b / 1024 ** 3).toFixed(2)} GiB`);
/** @param {Maybe} ms */
export const sec = (ms) => (ms === undefined || ms === null ? '–' : `${(ms / 1000).toFixed(1)} s`);
/** @param {number | undefined} a @param {number | undefined} b @returns {number | undefined} a / b when both are there (and not 0) */
const ratio = (a, b) => (a && b ? a / b : undefined);
/** @param {number | undefined} r */
const x = (r) => (r === undefined ? '–' : `${r.toFixed(2)}×`);

/**
 * Budget lines for a set of runs: evaluated at the largest N measured (10,000 in the full bench).
 * Each line: { budget, pass (true/false/null when not measured), detail }.
 * @param {Run[]} runs
 * @returns {BudgetLine[]}
 */
export function budgets(runs) {
	const big = [...runs].sort((a, b) => b.n - a.n)[0];
	if (!big) return [];
	const at = big.n === BUDGET_N ? `at ${BUDGET_N.toLocaleString('en-US')}` : `at N=${big.n.toLocaleString('en-US')} (budget is set for ${BUDGET_N.toLocaleString('en-US')}: indicative only)`;
	/** @type {BudgetLine[]} */
	const out = [];
	/** @param {string} budget @param {boolean | null} pass @param {string} detail */
	const line = (budget, pass, detail) => out.push({ budget, pass, detail });

	const tr = ratio(big.site?.build?.wallMs, big.floor?.build?.wallMs);
	const cr = ratio(big.site?.build?.cpuMs, big.floor?.build?.cpuMs);
	line(
		`full build ≤ ${BUDGETS.buildVsFloor}× the floor, ${at}`,
		tr === undefined ? null : tr <= BUDGETS.buildVsFloor,
		tr === undefined ? 'floor not measured' : `${sec(big.site?.build?.wallMs)} vs floor ${sec(big.floor?.build?.wallMs)}: ${x(tr)} (CPU time ${sec(big.site?.build?.cpuMs)} vs ${sec(big.floor?.build?.cpuMs)}: ${x(cr)})`,
	);

	const wr = ratio(big.site?.warm?.wallMs, big.site?.build?.wallMs);
	const wc = ratio(big.site?.warm?.cpuMs, big.site?.build?.cpuMs);
	line(
		`warm rebuild after one edit ≤ ${BUDGETS.warmVsCold * 100}% of the cold build, ${at}`,
		wr === undefined ? null : wr <= BUDGETS.warmVsCold,
		wr === undefined ? 'not measured (--no-warm)' : `${sec(big.site?.warm?.wallMs)} vs cold ${sec(big.site?.build?.wallMs)}: ${(wr * 100).toFixed(0)}% (CPU ${sec(big.site?.warm?.cpuMs)} vs ${sec(big.site?.build?.cpuMs)}: ${((wc ?? 0) * 100).toFixed(0)}%); ${warmDetail(/** @type {WarmRun} */ (big.site?.warm), big.site?.build)}`,
	);

	const r1k = runs.find((r) => r.n === 1_000);
	const r10k = runs.find((r) => r.n === 10_000);
	const g = ratio(r10k?.site?.build?.wallMs, r1k?.site?.build?.wallMs);
	line(`t(10,000) / t(1,000) ≤ ${BUDGETS.growth}`, g === undefined ? null : g <= BUDGETS.growth, g === undefined ? 'needs runs at 1,000 and 10,000 (npm run bench)' : `${sec(r10k?.site?.build?.wallMs)} / ${sec(r1k?.site?.build?.wallMs)} = ${g.toFixed(2)} (floor: ${ratio(r10k?.floor?.build?.wallMs, r1k?.floor?.build?.wallMs)?.toFixed(2) ?? '–'})`);

	const mr = ratio(big.site?.build?.peakRss, big.floor?.build?.peakRss);
	line(`peak memory ≤ ${BUDGETS.memoryVsFloor}× the floor's, ${at}`, mr === undefined ? null : mr <= BUDGETS.memoryVsFloor, mr === undefined ? 'floor not measured' : `${gib(big.site?.build?.peakRss)} vs floor ${gib(big.floor?.build?.peakRss)}: ${x(mr)}`);

	// Page size is a hard budget at every size (issue 17): a page over it fails the run, and the
	// bench exits non-zero (see `failed`).
	for (const r of [...runs].sort((a, b) => a.n - b.n)) {
		const lp = r.site?.largest;
		line(`no HTML page above ${kb(BUDGETS.maxHtmlBytes)} raw, at N=${r.n.toLocaleString('en-US')}`, lp ? lp.over === 0 : null, lp ? `largest ${lp.top[0]?.url} ${kb(lp.top[0]?.bytes)}; ${lp.over} page(s) above${lp.over ? `: ${lp.top.filter((p) => p.bytes > BUDGETS.maxHtmlBytes).map((p) => p.url).join(', ')}` : ''}` : 'not measured');
		/** @type {BudgetLine} */ (out.at(-1)).hard = true;
	}

	const ep = big.site?.entryPages;
	const scripts = ep ? Object.keys(ep.scripts) : [];
	line(`entry pages carry no JavaScript, ${at}`, ep ? scripts.length === 0 : null, ep ? (scripts.length ? `every entry page carries ${scripts.join(', ')} (${kb(ep.jsMax.raw)} raw, ${kb(ep.jsMax.gzip)} gzip): the one small enhancement script on every page, by design` : 'none') : 'not measured');
	line(`entry pages ≤ ${kb(BUDGETS.entryGzip)} gzip HTML+CSS, ${at}`, ep?.heaviest ? ep.heaviest.total <= BUDGETS.entryGzip : null, ep?.heaviest ? `heaviest ${ep.heaviest.url}: ${kb(ep.heaviest.html.gzip)} HTML + ${kb(ep.heaviest.css.gzip)} CSS = ${kb(ep.heaviest.total)}` : 'not measured');

	const s = big.search;
	if (!s || !s.available) {
		line(`first search results ≤ ${BUDGETS.searchMs} ms after the keystroke, ${at}`, null, `not available: ${s?.reason ?? 'not measured'}`);
		line(`≤ ${kb(BUDGETS.searchBytes)} transferred for the first query, ${at}`, null, `not available: ${s?.reason ?? 'not measured'}`);
	} else {
		const first = s.cold[0];
		const worst = Math.max(...s.cold.map((c) => (c.ms === null ? Infinity : c.ms)));
		line(
			`first search results ≤ ${BUDGETS.searchMs} ms after the keystroke, ${at}`,
			worst <= BUDGETS.searchMs,
			`cold: ${queryTimes(s.cold)}; warm: ${s.warm.map((c) => `${c.ms === null ? '–' : c.ms} ms`).join(', ')}`,
		);
		const b = big.searchBare;
		if (b?.available) {
			const ms = (/** @type {{ ms: number | null }[]} */ list) => list.map((c) => (c.ms === null ? Infinity : c.ms));
			const bareWorst = Math.max(...ms(b.cold));
			const bareGzip = Math.max(...b.cold.map((c) => c.firstQueryGzip));
			const siteGzip = Math.max(...s.cold.map((c) => c.firstQueryGzip));
			out.push({
				budget: `search compared with bare Pagefind on the same index (indication), ${at}`,
				pass: null,
				detail: `cold worst ${worst} ms vs ${bareWorst} ms (${(worst / bareWorst).toFixed(2)}×); first query worst ${kb(siteGzip)} vs ${kb(bareGzip)} gzip (${(siteGzip / bareGzip).toFixed(2)}×); bare Pagefind cold: ${queryTimes(b.cold)}, warm (typed): ${b.warm.map((c) => `${c.ms === null ? '–' : c.ms} ms`).join(', ')}`,
			});
		}
		const sc = big.screen;
		line(
			`name check: 1,000 names answered ≤ ${BUDGETS.screenMs} ms after the click (data file included), ${at}`,
			sc?.available ? sc.ms !== null && sc.ms <= BUDGETS.screenMs : null,
			sc?.available ? `${sc.ms === null ? 'no answer in time' : `${sc.ms} ms`} for ${sc.names} names, ${kb(sc.gzip)} gzip fetched on first use (page ${kb(sc.pageGzip)}); "${sc.status}"` : `not available: ${sc?.reason ?? 'not measured'}`,
		);
		const warmWorst = Math.max(...s.warm.map((c) => (c.ms === null ? Infinity : c.ms)));
		const eng = big.searchEngine;
		const engine = eng?.available
			? `; Pagefind's own search() with its chunks loaded (no page of ours): ${eng.queries.map((q) => `"${q.query}" ${q.searchMs} ms for ${q.results} results + ${q.fragmentsMs} ms for 10 results' data`).join(', ')}`
			: '';
		const also = (/** @type {{ streamed?: { query: string, ms: number | null }[], pasted?: { query: string, ms: number | null }[] }} */ m) =>
			`${m.streamed?.length ? `; streamed, no pause before the last key (an indication): ${queryTimes(m.streamed)}` : ''}${m.pasted?.length ? `; pasted whole (an indication): ${queryTimes(m.pasted)}` : ''}`;
		const bareLine = b?.available ? `; bare Pagefind typed: ${queryTimes(b.warm)}${also(b)}` : '';
		line(
			`warm search results ≤ ${BUDGETS.warmSearchMs} ms after the keystroke, ${at}`,
			warmWorst <= BUDGETS.warmSearchMs,
			`warm, typed key by key (the last key timed once the page has settled): ${queryTimes(s.warm)}${also(s)}${bareLine}${engine}`,
		);
		const pageWorst = Math.max(...s.cold.map((c) => c.pageGzip));
		line(`search page ≤ ${kb(BUDGETS.searchPageBytes)} gzip before a query, ${at}`, pageWorst <= BUDGETS.searchPageBytes, `page load (all it fetches before the keystroke): ${kb(pageWorst)} gzip at most`);
		const maxGzip = Math.max(...s.cold.map((c) => c.firstQueryGzip));
		const maxRaw = Math.max(...s.cold.map((c) => c.firstQueryBytes));
		line(
			`≤ ${kb(BUDGETS.searchBytes)} transferred for the first query, ${at}`,
			maxGzip <= BUDGETS.searchBytes,
			`first query "${first?.query}": ${kb(first?.firstQueryGzip)} from a compressing host (${kb(first?.firstQueryBytes)} as scripts/serve.mjs sends it, uncompressed); worst of ${s.cold.length}: ${kb(maxGzip)} (${kb(maxRaw)})`,
		);
	}
	return out;
}

/** Whether a hard budget failed (the bench then exits non-zero). */
export const failed = (/** @type {BudgetLine[]} */ lines) => lines.some((b) => b.hard && b.pass === false);

/** @param {unknown[][]} rows @returns {string} the rows as aligned columns */
const pad = (rows) => {
	const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
	return rows.map((r) => r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i] ?? 0) : String(c).padStart(widths[i] ?? 0))).join('  ')).join('\n');
};

/**
 * The printed report.
 * @param {Results} results
 * @returns {string}
 */
export function table(results) {
	/** @type {string[]} */
	const lines = [];
	const runs = results.runs;
	lines.push(`China Cloud Policy Tracker bench · ${results.machine.cpuModel} ×${results.machine.cpus}, ${gib(results.machine.memBytes)} · Node ${results.machine.node} · ${results.git.commit?.slice(0, 10) ?? ''}${results.git.dirty ? ' (dirty)' : ''}`);
	lines.push('');
	lines.push('Build (wall time; CPU time of the process tree beside it)');
	lines.push(
		pad([
			['entries', 'check', 'site build', '(astro / pagefind)', 'floor build', '(astro / pagefind)', 'ratio', 'CPU site / floor', 'ratio'],
			...runs.map((r) => [
				r.n.toLocaleString('en-US'),
				sec(r.site?.check?.wallMs),
				sec(r.site?.build?.wallMs),
				r.site?.build?.phases ? `${sec(r.site.build.phases.astroMs)} / ${sec(r.site.build.phases.pagefindMs)}` : '–',
				sec(r.floor?.build?.wallMs),
				r.floor?.build?.phases ? `${sec(r.floor.build.phases.astroMs)} / ${sec(r.floor.build.phases.pagefindMs)}` : '–',
				x(ratio(r.site?.build?.wallMs, r.floor?.build?.wallMs)),
				`${sec(r.site?.build?.cpuMs)} / ${sec(r.floor?.build?.cpuMs)}`,
				x(ratio(r.site?.build?.cpuMs, r.floor?.build?.cpuMs)),
			]),
		]),
	);
	lines.push('');
	lines.push('Memory (peak summed RSS of the build) and output');
	lines.push(
		pad([
			['entries', 'site peak', 'floor peak', 'ratio', 'site output', 'floor output', 'ratio', 'HTML pages', 'Pagefind bundle'],
			...runs.map((r) => [
				r.n.toLocaleString('en-US'),
				gib(r.site?.build?.peakRss),
				gib(r.floor?.build?.peakRss),
				x(ratio(r.site?.build?.peakRss, r.floor?.build?.peakRss)),
				mb(r.site?.output?.bytes),
				mb(r.floor?.output?.bytes),
				x(ratio(r.site?.output?.bytes, r.floor?.output?.bytes)),
				r.site?.output?.htmlPages ?? '–',
				mb(r.site?.output?.pagefindBytes),
			]),
		]),
	);
	for (const r of runs) {
		lines.push('');
		lines.push(`Pages at ${r.n.toLocaleString('en-US')} entries (raw / gzip)`);
		const rows = [['page', 'url', 'HTML', 'CSS', 'JS', 'scripts']];
		for (const [name, w] of Object.entries(r.site?.pages ?? {})) {
			if (!w) {
				rows.push([name, 'not built', '', '', '', '']);
				continue;
			}
			rows.push([name, w.url, `${kb(w.html.raw)} / ${kb(w.html.gzip)}`, `${kb(w.css.raw)} / ${kb(w.css.gzip)}`, `${kb(w.js.raw)} / ${kb(w.js.gzip)}`, w.js.scripts.join(' ') || 'none']);
		}
		lines.push(pad(rows));
		if (r.site?.largest) lines.push(`Largest HTML pages: ${r.site.largest.top.map((p) => `${p.url} ${kb(p.bytes)}`).join(', ')}`);
		const s = r.search;
		if (s?.available) {
			lines.push(
				pad([
					['search query', 'cold: keystroke → results', 'results', 'page load (gzip / raw)', 'first query (gzip / raw)', 'warm, typed: last key → results', 'warm (gzip / raw)', 'warm, streamed', 'warm, pasted → results'],
					...s.cold.map((c, i) => [
						`"${c.query}"`,
						c.ms === null ? 'none in time' : `${c.ms} ms`,
						c.results,
						`${kb(c.pageGzip)} / ${kb(c.pageBytes)}`,
						`${kb(c.firstQueryGzip)} / ${kb(c.firstQueryBytes)}`,
						timeCell(s.warm[i]),
						`${kb(s.warm[i]?.gzip)} / ${kb(s.warm[i]?.bytes)}`,
						timeCell(s.streamed?.[i]),
						timeCell(s.pasted?.[i]),
					]),
				]),
			);
		} else lines.push(`Search: not available (${s?.reason ?? 'not measured'})`);
		const b = r.searchBare;
		if (b?.available)
			lines.push(
				pad([
					['bare Pagefind (same index)', 'cold: keystroke → results', 'results', 'page load (gzip / raw)', 'first query (gzip / raw)', 'warm, typed: last key → results', 'warm (gzip / raw)', 'warm, streamed', 'warm, pasted → results'],
					...b.cold.map((c, i) => [`"${c.query}"`, c.ms === null ? 'none in time' : `${c.ms} ms`, c.results, `${kb(c.pageGzip)} / ${kb(c.pageBytes)}`, `${kb(c.firstQueryGzip)} / ${kb(c.firstQueryBytes)}`, timeCell(b.warm[i]), `${kb(b.warm[i]?.gzip)} / ${kb(b.warm[i]?.bytes)}`, timeCell(b.streamed?.[i]), timeCell(b.pasted?.[i])]),
				]),
			);
		else if (b) lines.push(`Bare Pagefind: not available (${b.reason})`);
	}
	lines.push('');
	lines.push('Budgets');
	for (const b of results.budgets) lines.push(`${b.pass === null ? 'N/A ' : b.pass ? 'PASS' : 'FAIL'}  ${b.budget}: ${b.detail}`);
	return lines.join('\n');
}

// Lines of `npm run build` (scripts/build.mjs, quiet output) that mark where its phases begin:
// the content check done; astro starts rendering; Pagefind starts; the search's id map is written
// (then the page scan and the swap of dist/).
export const BUILD_MARKERS = {
	contentChecked: /content OK/,
	rendering: /generating static routes/,
	pagefind: /Running Pagefind/i,
	searchIds: /entry-ids\.json: \d+ entry pages/,
};

/**
 * Phases as `check and bundle 1.0 s, render 2.0 s, Pagefind 3.0 s, scan 0.5 s` (wall time).
 * @param {Partial<Phases> | undefined} p
 * @returns {string}
 */
export function phaseLine(p) {
	if (!p) return 'phases not measured';
	if (p.renderMs === undefined) return `astro ${sec(p.astroMs)}, Pagefind and after ${sec(p.pagefindMs)}`;
	return `check and bundle ${sec(p.bundleMs)}, render ${sec(p.renderMs)}, Pagefind and id map ${sec(p.indexMs ?? p.pagefindMs)}, page scan and swap (the old site removed) ${sec(p.scanMs)}`;
}

/** @param {{ query: string, ms: number | null }[]} list @returns {string} each query and its time, for a budget line */
function queryTimes(list) {
	return list.map((c) => `"${c.query}" ${c.ms === null ? 'no results' : `${c.ms} ms`}`).join(', ');
}

/** @param {{ ms: number | null } | undefined} p a query's time, for the tables */
function timeCell(p) {
	return p === undefined ? 'not measured' : p.ms === null ? 'none in time' : `${p.ms} ms`;
}

/**
 * The warm line's detail: how many files astro reused (so a rebuild that reused nothing is
 * plain), each phase warm vs cold, and what Pagefind costs on top of astro's part.
 * @param {BuildRun} warm
 * @param {BuildRun | undefined} cold
 * @returns {string}
 */
export function warmDetail(warm, cold) {
	const r = warm.reuse;
	const reuse = r ? `reused ${r.reused} of ${r.files} files, rendered ${r.rendered}` : 'reuse not reported by the build';
	const pf = warm.phases?.indexMs ?? warm.phases?.pagefindMs;
	const share = pf !== undefined && warm.wallMs ? ` (${((pf / warm.wallMs) * 100).toFixed(0)}% of the warm build)` : '';
	// The same ratio with Pagefind and its id map taken out of both builds: what the rest of the
	// rebuild (check, astro, page scan) costs against the rest of the cold build.
	const cpf = cold?.phases?.indexMs ?? cold?.phases?.pagefindMs;
	const rest =
		pf !== undefined && cpf !== undefined && cold?.wallMs
			? `; without Pagefind and its id map: ${sec(warm.wallMs - pf)} vs ${sec(cold.wallMs - cpf)}, ${(((warm.wallMs - pf) / (cold.wallMs - cpf)) * 100).toFixed(0)}%`
			: '';
	return `${reuse}; warm: ${phaseLine(warm.phases)}; cold: ${phaseLine(cold?.phases)}; Pagefind on top: ${sec(pf)}${share}${rest}`;
}

/**
 * Wall-time phases of a build from its markers (ms), each undefined when its markers are missing.
 * @param {Record<string, number | undefined>} marks ms from the start to each of BUILD_MARKERS
 * @param {number} wallMs
 */
export function buildPhases(marks, wallMs) {
	if (marks.pagefind === undefined) return undefined;
	/** @param {number | undefined} from @param {number | undefined} to */
	const span = (from, to) => (from === undefined || to === undefined ? undefined : to - from);
	return {
		astroMs: marks.pagefind,
		// Everything after astro, as before: Pagefind, the id map, the page scan, the swap.
		pagefindMs: wallMs - marks.pagefind,
		contentCheckedMs: marks.contentChecked,
		// The check, Vite/rolldown compiling the MDX and the routes, until the first page renders.
		bundleMs: span(0, marks.rendering),
		renderMs: span(marks.rendering, marks.pagefind),
		indexMs: span(marks.pagefind, marks.searchIds),
		scanMs: span(marks.searchIds, wallMs),
	};
}

/**
 * What `npm run build` says it reused: `Astro wrote N files: R rendered, U reused …`.
 * @param {string} output
 */
export function reuseOf(output) {
	const m = /Astro wrote (\d+) files: (\d+) rendered, (\d+) reused/.exec(output);
	return m ? { files: Number(m[1]), rendered: Number(m[2]), reused: Number(m[3]) } : undefined;
}
