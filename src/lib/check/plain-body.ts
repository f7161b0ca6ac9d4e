/**
 * A fast path for the content check's body check. Most entry bodies are plain Markdown prose
 * with `<Cite k="…" />` markers and nothing else; parsing each with remark-mdx costs about a
 * millisecond, which at 10,000 entries is the largest part of the check (and so of the build,
 * which runs the check first). This recognizes such a body with a few regular expressions and
 * returns its citation keys; for anything else it returns `undefined` and the full remark check
 * runs.
 *
 * It is deliberately conservative: it gives up on every character that could start what the
 * full check inspects (`<` `>` JSX, HTML and autolinks; `{` `}` expressions; `[` `]` links,
 * images and definitions; backticks and `~` code, where a `<Cite>` would be text; `\` escapes;
 * `|`, which starts GFM table cells),
 * on lines that start like ESM (`import`, `export`) or a level-1 heading (`#`, a `===`
 * underline), and on bodies without words (the full check reports an empty body). A new rule
 * in `mdx-check.ts` on another kind of node must make this give up on that node's syntax too.
 */

/** The canonical marker, as editors write it and the docs show it. */
const CITE = /<Cite k="([a-z][a-z0-9-]*)" ?\/>/g;
/** Characters that may start anything but prose, once the markers are taken out (`|`: GFM tables, where a <Cite> may not sit). */
const NOT_PROSE = /[<>{}[\]`~\\|]/;
/** Lines MDX reads as ESM, and level-1 headings (ATX or setext). */
const SPECIAL_LINE = /^(?:import|export)\b|^ {0,3}#(?!#)|^ {0,3}=+[ \t]*$/m;
/** At least one word, so the body has text. */
const WORD = /\p{L}{2,}/u;

/**
 * The citation keys of a plain body, in order of first use; `undefined` when the body needs the
 * full check.
 * @example plainBodyCitations('One.<Cite k="fr" /> Two.<Cite k="wapo" />') // ['fr', 'wapo']
 * @example plainBodyCitations('See <a href="x">this</a>.') // undefined
 */
export function plainBodyCitations(body: string): string[] | undefined {
	const keys: string[] = [];
	const rest = body.replace(CITE, (_, key: string) => {
		keys.push(key);
		return ' ';
	});
	if (NOT_PROSE.test(rest) || SPECIAL_LINE.test(rest) || !WORD.test(rest)) return undefined;
	return [...new Set(keys)];
}
