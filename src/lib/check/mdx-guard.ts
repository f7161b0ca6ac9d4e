/**
 * The body allow-list enforced inside the build, on the trees the renderer itself builds.
 *
 * `npm run check` (and the build's first step) parses bodies with the renderer's parser and the
 * renderer's features, so the two agree. This is the second lock: a Sätteri mdast plugin that
 * runs the same rules (`checkTree` from mdx-check.ts) on the renderer's own mdast, and a hast
 * plugin that refuses raw HTML, expressions and ESM in the renderer's own hast, both before the
 * MDX is compiled to JavaScript, so before anything in it can be evaluated. A breach stops the
 * build with the file, the line and the fix.
 *
 * astro.config.mjs registers it: `mdx({ processor: renderProcessor() })`.
 */
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { satteri } from '@astrojs/markdown-satteri';
import { defineHastPlugin, defineMdastPlugin } from 'satteri';
import { checkTree, RENDER_FEATURES, type BodyNode } from './mdx-check.ts';

/** The error a breach throws: its message is what the editor reads. */
export class BodyRefused extends Error {
	override name = 'BodyRefused';
}

const where = (fileURL: URL | undefined, line: number | undefined): string => {
	const path = fileURL ? relative(process.cwd(), fileURLToPath(fileURL)) : '(an MDX file)';
	return line ? `${path}:${line}` : path;
};

/** Only entry bodies are held to the allow-list; any other MDX (none today) is the project's own code. */
const isEntry = (fileURL: URL | undefined): boolean =>
	!fileURL || /\/content\/entries\/[^/]+\.mdx$/.test(fileURL.pathname);

/** The mdast half: the allow-list on the tree Sätteri parsed (citation keys are the check's business). */
export const bodyGuardMdast = defineMdastPlugin({
	name: 'cct-body-guard',
	options: { position: true },
	before(root, ctx) {
		if (!isEntry(ctx.fileURL)) return;
		const { problems } = checkTree(root as unknown as BodyNode, undefined);
		if (problems.length)
			throw new BodyRefused(
				`The build stopped before running anything in an entry body:\n${problems.map((p) => `${where(ctx.fileURL, p.line)}\n  field: body\n  ${p.message}`).join('\n')}\nRun npm run check for every problem.`,
			);
	},
});

const refuse = (what: string) => (_node: unknown, ctx: { fileURL: URL | undefined }) => {
	if (!isEntry(ctx.fileURL)) return;
	throw new BodyRefused(
		`The build stopped before running anything in an entry body:\n${where(ctx.fileURL, undefined)}\n  field: body\n  ${what} is not allowed in entries: use Markdown and <Cite k="…" />. Run npm run check for the line.`,
	);
};

/** The hast half: nothing raw and nothing executable survives the conversion either. */
export const bodyGuardHast = defineHastPlugin({
	name: 'cct-body-guard-hast',
	raw: refuse('raw HTML'),
	mdxFlowExpression: refuse('a {…} expression'),
	mdxTextExpression: refuse('a {…} expression'),
	mdxjsEsm: refuse('"import" or "export"'),
});

/** The Markdown processor for `.mdx`: Sätteri with the render's features and both guards. */
export function renderProcessor(): ReturnType<typeof satteri> {
	return satteri({ features: { ...RENDER_FEATURES }, mdastPlugins: [bodyGuardMdast], hastPlugins: [bodyGuardHast] });
}
