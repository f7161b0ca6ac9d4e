/**
 * An entry's narrative as plain text, for the data exports, feeds and search data: paragraphs
 * separated by a blank line, list items on their own lines, each `<Cite k="key" />` as its
 * reference number `[n]` (the numbers of the entry page and of the `sources` list).
 *
 * The body is read by the renderer's own parser: Sätteri's `mdxToMdast` with the render's
 * features (`RENDER_FEATURES` in `src/lib/check/mdx-check.ts`: GitHub-flavoured Markdown and smart
 * punctuation), the parse the content check makes, so the text says what the page says: curly
 * quotes and dashes as rendered, tables as tables (one line per row, cells between ` | `, as many as the header row has),
 * strikethrough as its words, footnotes numbered as the page numbers them (`[^1]` where the page
 * puts the superscript, the notes in a last paragraph), task list items with `[ ]` or `[x]`,
 * ordered lists from their first number. Parsed without positions (`position: false`), which the
 * text does not need.
 */
import { mdxToMdast } from 'satteri';
import { RENDER_FEATURES } from '../check/mdx-check.ts';

/** The part of an mdast node the text reads. */
interface MdNode {
	type: string;
	value?: unknown;
	name?: string | null;
	attributes?: { type?: string; name?: string; value?: unknown }[];
	children?: MdNode[];
	ordered?: boolean | null;
	start?: number | null;
	checked?: boolean | null;
	identifier?: string;
}

const tidy = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * Plain text of an MDX body.
 * @param citeNumber the reference number of a source key (unknown keys render as `[?]`)
 * @example bodyToPlainText('A *fact*.<Cite k="fr" />', (k) => (k === 'fr' ? 1 : undefined)) // 'A fact.[1]'
 */
export function bodyToPlainText(body: string, citeNumber: (key: string) => number | undefined): string {
	const tree = mdxToMdast(body, { features: RENDER_FEATURES, position: false }) as unknown as MdNode;
	/** Footnote definitions by identifier, and the numbers given to them in order of first reference. */
	const notes = new Map<string, MdNode>();
	const noteNumbers = new Map<string, number>();
	const inline = (n: MdNode): string => {
		switch (n.type) {
			case 'text':
			case 'inlineCode':
				return typeof n.value === 'string' ? n.value : '';
			case 'break':
				return ' ';
			case 'footnoteReference': {
				const id = n.identifier ?? '';
				if (!noteNumbers.has(id)) noteNumbers.set(id, noteNumbers.size + 1);
				return `[^${noteNumbers.get(id)}]`;
			}
			case 'mdxJsxTextElement':
			case 'mdxJsxFlowElement':
				if (n.name === 'Cite') {
					const k = n.attributes?.find((a) => a.name === 'k')?.value;
					return `[${(typeof k === 'string' && citeNumber(k)) || '?'}]`;
				}
		}
		return (n.children ?? []).map(inline).join('');
	};
	const blocks = (n: MdNode): string[] => {
		switch (n.type) {
			case 'root':
			case 'blockquote':
			case 'listItem':
				return (n.children ?? []).flatMap(blocks);
			case 'list': {
				const first = typeof n.start === 'number' ? n.start : 1;
				return [
					(n.children ?? [])
						.map((item, i) => {
							const box = item.checked === true ? '[x] ' : item.checked === false ? '[ ] ' : '';
							return `${n.ordered ? `${first + i}.` : '-'} ${box}${tidy(blocks(item).join(' '))}`;
						})
						.join('\n'),
				];
			}
			case 'table': {
				// The page has as many columns as the header row: GFM drops a body row's extra cells.
				const rows = n.children ?? [];
				const columns = rows[0]?.children?.length ?? 0;
				return [
					rows
						.map((row) =>
							(row.children ?? [])
								.slice(0, columns)
								.map((c) => tidy(inline(c)))
								.join(' | '),
						)
						.join('\n'),
				];
			}
			case 'thematicBreak':
			case 'definition':
				return [];
			case 'footnoteDefinition':
				if (!notes.has(n.identifier ?? '')) notes.set(n.identifier ?? '', n);
				return [];
			case 'code':
				return [typeof n.value === 'string' ? n.value : ''];
			case 'mdxJsxFlowElement':
				if (n.name !== 'Cite') return (n.children ?? []).flatMap(blocks);
				return [inline(n)];
			default:
				return [tidy(inline(n))];
		}
	};
	const out = blocks(tree);
	// The page lists the notes that are referenced, in the order of their numbers; a note's own
	// references number on from there.
	const noteLines: string[] = [];
	for (const [id, number] of noteNumbers) {
		const note = notes.get(id);
		if (note) noteLines.push(`[^${number}] ${tidy(blocks({ type: 'root', children: note.children ?? [] }).join(' '))}`);
	}
	if (noteLines.length) out.push(noteLines.join('\n'));
	return out.filter((b) => b.trim()).join('\n\n');
}
