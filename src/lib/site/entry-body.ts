/**
 * An entry body to HTML: the render of every entry's narrative.
 *
 * An entry body is MDX that may hold only Markdown and `<Cite k="…" />` (the content check's
 * allow-list, `mdx-check.ts`). It is not compiled into a JavaScript module: it is parsed with the
 * check's own parser and features (Sätteri's `mdxToHast`, `RENDER_FEATURES`), each `<Cite>` is
 * replaced by its numbered link, and the tree is written out as HTML with `hast-util-to-html`.
 * Nothing in a body is ever evaluated, so there is nothing in it that could run.
 *
 * The content loader (`src/lib/site/entries-loader.ts`) calls this once per changed file at
 * content sync, so an unchanged entry is never parsed again. Compiling 10,000 entries as MDX
 * modules was most of a build's time (issue 17; README, "Performance").
 *
 * This is also the last lock on what a body can put on a page: the tree that is written out is
 * walked against an allow-list of node types, elements and attributes (what Markdown and GFM
 * produce), and anything else stops the build, naming the file and the line. The content check
 * has already refused such a body with a fuller message; this holds even if the two ever disagree.
 */
import { mdxToHast } from 'satteri';
import { toHtml } from 'hast-util-to-html';
import { RENDER_FEATURES, SAFE_URL } from '../check/mdx-check.ts';
import type { NumberedSource } from '../publish/citations.ts';
import { sourceAnchor } from './urls.ts';

/** The error a refused body throws: its message is what the editor reads. */
export class BodyRefused extends Error {
	override name = 'BodyRefused';
}

/** A hast node as Sätteri materializes it (the part this module reads). */
interface HNode {
	type: string;
	tagName?: string;
	name?: string | null;
	value?: unknown;
	properties?: Record<string, unknown>;
	attributes?: { type: string; name?: string; value?: unknown }[];
	children?: HNode[];
	position?: { start?: { line?: number } };
}

/**
 * The elements Markdown and GFM produce, and the properties each may carry (hast names). `href`
 * is checked against SAFE_URL as well. Anything else is refused.
 */
const ELEMENTS: Record<string, readonly string[]> = {
	p: [],
	h2: ['id', 'className'],
	h3: [],
	h4: [],
	h5: [],
	h6: [],
	blockquote: [],
	ul: ['className'],
	ol: ['start', 'className'],
	li: ['id', 'className'],
	input: ['type', 'checked', 'disabled'],
	pre: [],
	code: ['className'],
	em: [],
	strong: [],
	del: [],
	a: ['href', 'id', 'title', 'className', 'dataFootnoteRef', 'dataFootnoteBackref', 'ariaDescribedBy', 'ariaLabel'],
	br: [],
	hr: [],
	table: [],
	thead: [],
	tbody: [],
	tr: [],
	th: ['align', 'style'],
	td: ['align', 'style'],
	sup: [],
	section: ['dataFootnotes', 'className'],
};

/** The only inline styles a body can make: GFM's column alignment. */
const ALIGN_STYLE = /^text-align: ?(left|right|center);?$/;

/** `<Cite k="…" />` as the page shows it: the source's number, linked to the source. */
function citeElement(source: NumberedSource, key: string): HNode {
	return {
		type: 'element',
		tagName: 'sup',
		properties: { className: ['cite'], dataPagefindIgnore: true },
		children: [
			{
				type: 'element',
				tagName: 'a',
				properties: { href: `#${sourceAnchor(key)}`, ariaLabel: `Source ${source.n}: ${source.publisher}` },
				children: [{ type: 'text', value: `[${source.n}]` }],
			},
		],
	};
}

/**
 * The HTML of one entry body.
 * @param file the file, for messages (`content/entries/<id>.mdx`)
 * @param body the body, after the frontmatter, as the content check read it
 * @param bodyLine the file line of the body's first line
 * @param citations the entry's numbered sources by key (`citationMap`)
 * @throws BodyRefused for anything outside the allow-list, or an unknown citation key
 * @example renderEntryBody('content/entries/x.mdx', 'One.<Cite k="fr" />', 5, citationMap(sources))
 *   // '<p>One.<sup class="cite" data-pagefind-ignore><a href="#source-fr" aria-label="Source 1: Federal Register">[1]</a></sup></p>'
 */
export function renderEntryBody(
	file: string,
	body: string,
	bodyLine: number,
	citations: ReadonlyMap<string, NumberedSource>,
): string {
	let tree: HNode;
	try {
		tree = mdxToHast(body, { features: { ...RENDER_FEATURES }, position: true }) as unknown as HNode;
	} catch (e) {
		const message = String((e as { message?: unknown })?.message ?? e).split('\n')[0]!;
		const line = /^(\d+):\d+: /.exec(message)?.[1];
		throw refusal(file, line ? Number(line) + bodyLine - 1 : bodyLine, `the body is not valid MDX (${message})`);
	}
	const at = (node: HNode): number => (node.position?.start?.line ?? 1) + bodyLine - 1;
	const walk = (node: HNode): HNode => {
		switch (node.type) {
			case 'root':
			case 'text':
				break;
			case 'element': {
				const tag = node.tagName ?? '';
				const allowed = ELEMENTS[tag];
				if (!allowed) throw refusal(file, at(node), `the element <${tag}> is not allowed in entries`);
				for (const [name, value] of Object.entries(node.properties ?? {})) {
					if (!allowed.includes(name))
						throw refusal(file, at(node), `the attribute ${name} on <${tag}> is not allowed in entries`);
					if (name === 'href' && !SAFE_URL.test(String(value).trim()))
						throw refusal(file, at(node), `the link ${JSON.stringify(value)} is not allowed in entries`);
					if (name === 'style' && !ALIGN_STYLE.test(String(value)))
						throw refusal(file, at(node), `the style ${JSON.stringify(value)} is not allowed in entries`);
				}
				break;
			}
			case 'mdxJsxTextElement':
			case 'mdxJsxFlowElement': {
				const attrs = node.attributes ?? [];
				const k = attrs[0]?.value;
				const ok =
					node.name === 'Cite' &&
					attrs.length === 1 &&
					attrs[0]!.type === 'mdxJsxAttribute' &&
					attrs[0]!.name === 'k' &&
					typeof k === 'string' &&
					!node.children?.length;
				if (!ok) throw refusal(file, at(node), `<${node.name ?? 'fragment'}> is not allowed as written in entries`);
				const source = citations.get(k as string);
				if (!source) throw refusal(file, at(node), `<Cite k="${String(k)}" /> cites no source of this entry`);
				return citeElement(source, k as string);
			}
			default:
				// raw HTML, {…} expressions, import/export, comments, and any node type a later parser adds
				throw refusal(file, at(node), `this ("${node.type}") is not allowed in entries`);
		}
		if (node.children) node.children = node.children.map(walk);
		return node;
	};
	// Named character references (&amp;, &lt;) where HTML has them, as the rest of the page writes them.
	return toHtml(walk(tree) as Parameters<typeof toHtml>[0], { characterReferences: { useNamedReferences: true } });
}

function refusal(file: string, line: number, what: string): BodyRefused {
	return new BodyRefused(
		`The build stopped at an entry body:\n${file}:${line}\n  field: body\n  ${what}: use Markdown and <Cite k="…" />. Run npm run check for every problem and its fix.`,
	);
}
