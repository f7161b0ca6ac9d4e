/**
 * Checks an entry's MDX body against the allow-list: Markdown and `<Cite k="…" />`, nothing else.
 *
 * MDX can run code at build time and put scripts on the page, and a pull request is an attack
 * surface; so a body may hold only Markdown and the project's own component, with no imports,
 * exports, `{…}` expressions, other JSX, raw HTML, event handlers, styles or script URLs.
 *
 * The body is parsed by the renderer's own parser: Sätteri's `mdxToMdast`, with exactly the
 * features of the render (`RENDER_FEATURES`: GitHub-flavoured Markdown
 * and smart punctuation). A second parser would disagree somewhere (GFM splits table rows at `|`
 * before it looks for code spans, an autolink swallows a backtick…), and every disagreement is a
 * way to hide live MDX from the check. The same rules also run inside the build, on the tree the
 * renderer builds (`src/lib/site/entry-body.ts`, which writes the page's HTML from that parse and
 * refuses what it does not allow), so even a disagreement nobody has found cannot reach a page.
 *
 * The rules are an allow-list of node types: anything not listed, including node types a future
 * parser version adds, is refused.
 */
import { mdxToMdast } from 'satteri';
import { plainBodyCitations } from './plain-body.ts';
import { didYouMean, type Problem } from './problems.ts';

/**
 * The parser features of the render: `gfm` and `smartPunctuation` on, everything else off (what
 * `@astrojs/mdx` v8 passes to Sätteri by default, which entries were rendered with until Dec. 2,
 * 2026). The render (`src/lib/site/entry-body.ts`) parses with this same object, so the check and
 * the render cannot drift apart.
 */
export const RENDER_FEATURES = { gfm: true, smartPunctuation: true } as const;

/** Components an entry body may use, and the attributes each takes (string values only). */
export const ALLOWED_COMPONENTS: Record<string, readonly string[]> = { Cite: ['k'] };

/** Web links, e-mail addresses, site paths and anchors; not `//host` or `/\\host`, which browsers read as another site. */
export const SAFE_URL = /^(https?:\/\/|mailto:[^\s:/?#]+@|\/(?![/\\])|#)/i;

/** Markdown node types an entry may hold. `mdxJsx*` are checked one by one (only <Cite>). */
const MARKDOWN = new Set([
	'root',
	'paragraph',
	'heading',
	'thematicBreak',
	'blockquote',
	'list',
	'listItem',
	'code',
	'definition',
	'text',
	'emphasis',
	'strong',
	'inlineCode',
	'break',
	'link',
	'linkReference',
	'footnoteDefinition',
	'footnoteReference',
	'table',
	'tableRow',
	'tableCell',
	'delete',
]);

/** The part of an mdast node the rules read. */
export interface BodyNode {
	type: string;
	position?: { start?: { line?: number } } | undefined;
	children?: BodyNode[];
	value?: unknown;
	url?: string;
	depth?: number;
	name?: string | null;
	attributes?: { type: string; name?: string; value?: unknown }[];
}

/** One breach of the allow-list: the node's line in the text parsed, and what to do. */
export interface TreeProblem {
	line: number | undefined;
	message: string;
}

export interface TreeCheck {
	/** Citation keys used, in order of first use. */
	citedKeys: string[];
	/** Whether the body has any words. */
	hasText: boolean;
	problems: TreeProblem[];
}

/**
 * Walk a parsed body and report every node outside the allow-list.
 * @param sourceKeys the keys of the entry's sources; undefined when unknown (citations are then not matched)
 */
export function checkTree(tree: BodyNode, sourceKeys: readonly string[] | undefined): TreeCheck {
	const problems: TreeProblem[] = [];
	const cited: string[] = [];
	let text = '';
	const walk = (node: BodyNode, inCell: boolean): void => {
		const bad = (message: string): void => void problems.push({ line: node.position?.start?.line, message });
		switch (node.type) {
			case 'text':
				text += typeof node.value === 'string' ? node.value : '';
				break;
			case 'mdxjsEsm':
				return bad(
					'"import" and "export" are not allowed in entries: they run code at build time. Remove the line; use only Markdown and <Cite k="…" />.',
				);
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				return bad(
					'a {…} expression is not allowed in entries: it runs code at build time. To write a brace, escape it as \\{.',
				);
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement':
				checkJsx(node, bad, cited, sourceKeys, inCell);
				return;
			case 'html':
				return bad('raw HTML is not allowed in entries: use Markdown.');
			case 'image':
			case 'imageReference':
				return bad('images are not allowed in entries: link to the document instead.');
			case 'link':
			case 'definition':
				if (!SAFE_URL.test((node.url ?? '').trim()))
					bad(
						`link ${JSON.stringify(node.url ?? '')} is not allowed: links must start with https://, http://, / (a page of this site) or #. javascript: and data: URLs are never allowed.`,
					);
				break;
			case 'table': {
				// GFM renders a row's cells beyond the header's count as nothing: say so rather than drop them.
				const [header, ...rows] = node.children ?? [];
				const columns = header?.children?.length ?? 0;
				const widest = Math.max(0, ...rows.map((r) => r.children?.length ?? 0));
				if (widest > columns)
					bad(
						`a table row has ${widest} cells but the header row has ${columns}: the page drops the cells beyond the header's. Give the header ${widest} cells, or remove the extra ones.`,
					);
				break;
			}
			case 'heading':
				if ((node.depth ?? 2) < 2)
					bad('a level-1 heading (#) is not allowed: the page title is the entry title. Use ## or lower.');
				break;
			default:
				if (!MARKDOWN.has(node.type))
					return bad(
						`this Markdown ("${node.type}") is not allowed in entries: use paragraphs, lists, tables, quotes, links, emphasis and <Cite k="…" />.`,
					);
		}
		for (const child of node.children ?? []) walk(child, inCell || node.type === 'tableCell');
	};
	walk(tree, false);
	return { citedKeys: [...new Set(cited)], hasText: !!text.trim(), problems };
}

function checkJsx(
	node: BodyNode,
	bad: (m: string) => void,
	cited: string[],
	sourceKeys: readonly string[] | undefined,
	inCell: boolean,
): void {
	const name = node.name ?? '';
	const allowed = ALLOWED_COMPONENTS[name];
	if (!allowed) {
		const html = /^[a-z]/.test(name);
		const danger = /^(script|iframe|meta|object|embed|base|link|form|style)$/i.test(name)
			? ' (it can run code, load other sites or send readers elsewhere)'
			: '';
		return bad(
			html
				? `the HTML tag <${name}> is not allowed in entries${danger}: use Markdown, and <Cite k="…" /> for citations.`
				: `the component <${name || 'fragment'}> is not allowed in entries: the only component is <Cite k="…" />.`,
		);
	}
	const attrs = node.attributes ?? [];
	const seen = new Set<string>();
	let ok: boolean;
	for (const attr of attrs) {
		const attrName = attr.name ?? '';
		ok = false;
		if (attr.type !== 'mdxJsxAttribute')
			bad(`<${name}> takes no {…} spread: write ${allowed.map((a) => `${a}="…"`).join(' ')}.`);
		else if (/^on/i.test(attrName))
			bad(`the event handler attribute ${attrName}= is not allowed: it runs script in the reader's browser.`);
		else if (attrName === 'style') bad("the style attribute is not allowed: the site's stylesheet does the styling.");
		else if (!allowed.includes(attrName))
			bad(`<${name}> has no attribute "${attrName}": write ${allowed.map((a) => `${a}="…"`).join(' ')}.`);
		else if (typeof attr.value !== 'string')
			bad(`<${name} ${attrName}=…> takes a plain string in quotes, not an expression.`);
		else if (seen.has(attrName))
			bad(
				`<${name}> has the attribute ${attrName}= twice: one citation is one <${name} ${attrName}="…" />; write a second <${name}> for a second source.`,
			);
		else ok = true;
		seen.add(attrName);
		if (!ok) return;
	}
	if (node.children?.length)
		return bad(
			`<${name}> takes no words inside it (they would vanish from the page): write <${name} k="…" /> after the sentence, with the words outside it.`,
		);
	if (inCell)
		return bad(`<${name}> cannot sit in a table cell: cite the sources in the sentence before or after the table.`);
	const k = attrs.find((a) => a.name === 'k')?.value;
	if (typeof k !== 'string') bad('<Cite> needs a source key: <Cite k="key" />.');
	else if (sourceKeys && !sourceKeys.includes(k))
		bad(
			`<Cite k="${k}" /> cites no source of this entry${didYouMean(k, sourceKeys)}: use one of the keys under sources (${sourceKeys.join(', ') || 'none yet'}).`,
		);
	else cited.push(k);
}

export interface BodyCheck {
	/** Citation keys used, in order of first use. */
	citedKeys: string[];
	problems: Problem[];
}

/** Parse a body as the renderer does; throws Sätteri's error (`line:column: message`) on invalid MDX. */
export function parseBody(body: string): BodyNode {
	return mdxToMdast(body, { features: RENDER_FEATURES }) as unknown as BodyNode;
}

/** The 1-based line of a parse error, from Sätteri's `line:column: …` message. */
export function errorLine(message: string): number | undefined {
	const m = /^(\d+):\d+: /.exec(message);
	return m ? Number(m[1]) : undefined;
}

/**
 * Check one body.
 * @param file path for messages
 * @param body the MDX body (after the frontmatter)
 * @param bodyLine the file line of the body's first line
 * @param sourceKeys the keys of the entry's sources; undefined when they cannot be read (then citations are not checked)
 */
export function checkBody(
	file: string,
	body: string,
	bodyLine: number,
	sourceKeys: readonly string[] | undefined,
): BodyCheck {
	// Plain prose with known citation keys needs no parse (see plain-body.ts); anything else,
	// an unknown key included, gets the full check with its messages and line numbers.
	const plain = plainBodyCitations(body);
	if (plain && plain.every((k) => !sourceKeys || sourceKeys.includes(k))) return { citedKeys: plain, problems: [] };
	return checkParsedBody(file, body, bodyLine, sourceKeys);
}

/** `checkBody` without the fast path: always parses the body with the renderer's parser. */
export function checkParsedBody(
	file: string,
	body: string,
	bodyLine: number,
	sourceKeys: readonly string[] | undefined,
): BodyCheck {
	const problem = (line: number | undefined, message: string): Problem => ({
		file,
		field: 'body',
		line: line ? line + bodyLine - 1 : bodyLine,
		message,
		severity: 'error',
	});
	let tree: BodyNode;
	try {
		tree = parseBody(body);
	} catch (e) {
		const message = String((e as { message?: unknown })?.message ?? e).split('\n')[0]!;
		const why = message.replace(/^\d+:\d+: /, '').replace(/ \((?:mdx|micromark)[\w-]*:[\w-]+\)$/, '');
		return {
			citedKeys: [],
			problems: [
				problem(
					errorLine(message),
					`the body is not valid MDX: ${why}. Write { and < only as \\{ and \\<, and close every tag.`,
				),
			],
		};
	}
	const checked = checkTree(tree, sourceKeys);
	const problems = checked.problems.map((p) => problem(p.line, p.message));
	if (!checked.hasText)
		problems.push({
			file,
			field: 'body',
			line: bodyLine,
			message:
				'the body is empty: write the narrative in your own words, with <Cite k="…" /> after each sourced sentence.',
			severity: 'error',
		});
	return { citedKeys: checked.citedKeys, problems };
}
