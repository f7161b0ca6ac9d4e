/**
 * An entry's narrative as plain text, for the data exports: paragraphs separated by a blank
 * line, list items on their own lines, each `<Cite k="key" />` as its reference number `[n]`
 * (the numbers of the entry page and of the `sources` list). Read with remark, outside the render.
 */
import { remark } from 'remark';
import remarkMdx from 'remark-mdx';

interface MdNode {
	type: string;
	value?: string;
	name?: string | null;
	attributes?: { name?: string; value?: unknown }[];
	children?: MdNode[];
	ordered?: boolean;
}

const processor = remark().use(remarkMdx);

/**
 * Plain text of an MDX body.
 * @param citeNumber the reference number of a source key (unknown keys render as `[?]`)
 * @example bodyToPlainText('A *fact*.<Cite k="fr" />', (k) => (k === 'fr' ? 1 : undefined)) // 'A fact.[1]'
 */
export function bodyToPlainText(body: string, citeNumber: (key: string) => number | undefined): string {
	const tree = processor.parse(body) as MdNode;
	const inline = (n: MdNode): string => {
		if (n.type === 'text' || n.type === 'inlineCode') return n.value ?? '';
		if (n.type === 'break') return ' ';
		if (n.type === 'mdxJsxTextElement' || n.type === 'mdxJsxFlowElement') {
			if (n.name === 'Cite') {
				const k = n.attributes?.find((a) => a.name === 'k')?.value;
				return `[${(typeof k === 'string' && citeNumber(k)) || '?'}]`;
			}
		}
		return (n.children ?? []).map(inline).join('');
	};
	const tidy = (s: string): string => s.replace(/\s+/g, ' ').trim();
	const blocks = (n: MdNode): string[] => {
		switch (n.type) {
			case 'root':
			case 'blockquote':
				return (n.children ?? []).flatMap(blocks);
			case 'list':
				return [
					(n.children ?? [])
						.map((item, i) => `${n.ordered ? `${i + 1}.` : '-'} ${tidy(blocks(item).join(' '))}`)
						.join('\n'),
				];
			case 'listItem':
				return (n.children ?? []).flatMap(blocks);
			case 'thematicBreak':
				return [];
			case 'code':
				return [n.value ?? ''];
			case 'mdxJsxFlowElement':
				if (n.name !== 'Cite') return (n.children ?? []).flatMap(blocks);
				return [inline(n)];
			default:
				return [tidy(inline(n))];
		}
	};
	return blocks(tree)
		.filter((b) => b.trim())
		.join('\n\n');
}
