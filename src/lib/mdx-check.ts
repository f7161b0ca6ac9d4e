/**
 * Checks an entry's MDX body, read with remark and remark-mdx outside the render.
 *
 * MDX can run code at build time and put scripts on the page, and a pull request is an attack
 * surface; so a body may hold only Markdown and the project's own components (`<Cite k="…" />`),
 * with no imports, exports, expressions, raw HTML, event handlers, styles or script URLs.
 * It also collects the citation keys the body uses, to check them against the entry's sources.
 */
import { remark } from 'remark';
import remarkMdx from 'remark-mdx';
import { visit } from 'unist-util-visit';
import type { Node } from 'unist';
import { didYouMean, type Problem } from './problems.ts';

/** Components an entry body may use, and the attributes each takes (string values only). */
export const ALLOWED_COMPONENTS: Record<string, readonly string[]> = { Cite: ['k'] };

const SAFE_URL = /^(https?:\/\/|\/(?!\/)|#)/i;

interface Positioned extends Node {
	position?: Node['position'];
}
interface JsxAttr {
	type: string;
	name?: string;
	value?: unknown;
}
interface JsxNode extends Positioned {
	name: string | null;
	attributes: JsxAttr[];
}

export interface BodyCheck {
	/** Citation keys used, in order of first use. */
	citedKeys: string[];
	problems: Problem[];
}

const processor = remark().use(remarkMdx);

/**
 * Check one body.
 * @param file path for messages
 * @param body the MDX body (after the frontmatter)
 * @param bodyLine the file line of the body's first line
 * @param sourceKeys the keys of the entry's sources
 */
export function checkBody(file: string, body: string, bodyLine: number, sourceKeys: readonly string[]): BodyCheck {
	const problems: Problem[] = [];
	const cited: string[] = [];
	const at = (node: Positioned): number | undefined => (node.position ? node.position.start.line + bodyLine - 1 : undefined);
	const bad = (node: Positioned | undefined, message: string, field = 'body'): void => {
		problems.push({ file, field, line: node ? at(node) : bodyLine, message, severity: 'error' });
	};

	let tree: Node;
	try {
		tree = processor.parse(body);
	} catch (e) {
		const err = e as { message?: string; line?: number; place?: { line?: number; start?: { line?: number } } };
		const line = err.line ?? err.place?.line ?? err.place?.start?.line;
		problems.push({
			file,
			field: 'body',
			line: line ? line + bodyLine - 1 : bodyLine,
			message: `the body is not valid MDX: ${String(err.message ?? e).split('\n')[0]}. Write { and < only as \\{ and \\<, and close every tag.`,
			severity: 'error',
		});
		return { citedKeys: [], problems };
	}

	let text = '';
	visit(tree, (node: Node) => {
		const n = node as Positioned & { value?: string; url?: string; depth?: number };
		switch (node.type) {
			case 'text':
				text += n.value ?? '';
				break;
			case 'mdxjsEsm':
				bad(n, '"import" and "export" are not allowed in entries: they run code at build time. Remove the line; use only Markdown and <Cite k="…" />.');
				break;
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				bad(n, 'a {…} expression is not allowed in entries: it runs code at build time. To write a brace, escape it as \\{.');
				break;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement':
				checkJsx(node as JsxNode, bad, cited, sourceKeys);
				break;
			case 'html':
				bad(n, 'raw HTML is not allowed in entries: use Markdown.');
				break;
			case 'image':
				bad(n, 'images are not allowed in entries: link to the document instead.');
				break;
			case 'link':
			case 'definition':
				if (!SAFE_URL.test((n.url ?? '').trim()))
					bad(n, `link "${n.url}" is not allowed: links must start with https://, http://, / or #. javascript: and data: URLs are never allowed.`);
				break;
			case 'heading':
				if ((n.depth ?? 2) < 2) bad(n, 'a level-1 heading (#) is not allowed: the page title is the entry title. Use ## or lower.');
				break;
		}
	});
	if (!text.trim()) bad(undefined, 'the body is empty: write the narrative in your own words, with <Cite k="…" /> after each sourced sentence.');
	return { citedKeys: [...new Set(cited)], problems };
}

function checkJsx(node: JsxNode, bad: (n: Positioned, m: string) => void, cited: string[], sourceKeys: readonly string[]): void {
	const name = node.name ?? '';
	const allowed = ALLOWED_COMPONENTS[name];
	if (!allowed) {
		const html = /^[a-z]/.test(name);
		bad(
			node,
			html
				? `the HTML tag <${name}> is not allowed in entries${name === 'script' || name === 'iframe' ? ' (it can run code or load other sites)' : ''}: use Markdown, and <Cite k="…" /> for citations.`
				: `the component <${name || 'fragment'}> is not allowed in entries: the only component is <Cite k="…" />.`,
		);
		return;
	}
	for (const attr of node.attributes) {
		const attrName = attr.name ?? '';
		if (attr.type !== 'mdxJsxAttribute') {
			bad(node, `<${name}> takes no {…} spread: write ${allowed.map((a) => `${a}="…"`).join(' ')}.`);
		} else if (/^on/i.test(attrName)) {
			bad(node, `the event handler attribute ${attrName}= is not allowed: it runs script in the reader's browser.`);
		} else if (attrName === 'style') {
			bad(node, 'the style attribute is not allowed: the site\'s stylesheet does the styling.');
		} else if (!allowed.includes(attrName)) {
			bad(node, `<${name}> has no attribute "${attrName}": write ${allowed.map((a) => `${a}="…"`).join(' ')}.`);
		} else if (typeof attr.value !== 'string') {
			bad(node, `<${name} ${attrName}=…> takes a plain string in quotes, not an expression.`);
		}
	}
	if (name === 'Cite') {
		const k = node.attributes.find((a) => a.name === 'k')?.value;
		if (typeof k !== 'string') {
			bad(node, '<Cite> needs a source key: <Cite k="key" />.');
		} else if (!sourceKeys.includes(k)) {
			bad(node, `<Cite k="${k}" /> cites no source of this entry${didYouMean(k, sourceKeys)}: use one of the keys under sources (${sourceKeys.join(', ') || 'none yet'}).`);
		} else {
			cited.push(k);
		}
	}
}
