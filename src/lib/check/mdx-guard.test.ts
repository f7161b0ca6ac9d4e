/**
 * The allow-list runs inside the build: astro.config.mjs hands @astrojs/mdx the processor of
 * mdx-guard.ts, and the MDX transform the build runs refuses a hostile body (one the content
 * check would have stopped first) with the file, the line and the fix, before it is compiled.
 */
import { describe, expect, it } from 'vitest';
import { markdownConfigDefaults } from '@astrojs/internal-helpers/markdown';
import config from '../../../astro.config.mjs';

interface VitePlugin {
	name: string;
	configResolved?: (c: unknown) => void;
	transform?: { handler: (code: string, id: string) => Promise<{ code: string }> };
}

/** The MDX transform exactly as the build sets it up, from the project's own config. */
async function mdxTransform(): Promise<(code: string, id: string) => Promise<{ code: string }>> {
	const mdx = config
		.integrations!.flat()
		.find((i) => i && typeof i === 'object' && 'name' in i && i.name === '@astrojs/mdx') as {
		hooks: Record<string, (p: unknown) => Promise<void>>;
	};
	const plugins: VitePlugin[] = [];
	const astroConfig = {
		root: new URL('../../../', import.meta.url),
		srcDir: new URL('../../', import.meta.url),
		markdown: { ...markdownConfigDefaults },
		site: undefined,
		base: '/',
		trailingSlash: 'always',
	};
	await mdx.hooks['astro:config:setup']!({
		config: astroConfig,
		updateConfig: (c: { vite: { plugins: VitePlugin[] } }) => plugins.push(...c.vite.plugins),
		addPageExtension() {},
		addContentEntryType() {},
		addRenderer() {},
	});
	await mdx.hooks['astro:config:done']!({ config: astroConfig, logger: { warn() {}, info() {} } });
	const plugin = plugins.find((p) => p.transform && p.name === '@mdx-js/rolldown')!;
	plugin.configResolved?.({ build: { sourcemap: false }, plugins: [] });
	return (code, id) => plugin.transform!.handler.call({}, code, id);
}

const file = new URL('../../../content/entries/2020-08-17-zz-guard.mdx', import.meta.url).pathname;
const entry = (body: string) => `---\ntitle: A test\n---\n\n${body}\n`;

describe('the body guard inside the build', () => {
	it('compiles an allowed body', async () => {
		const transform = await mdxTransform();
		const out = await transform(
			entry('Text in a table:\n\n| a | b |\n|---|---|\n| `x | y` |\n\nCited.<Cite k="s" />'),
			file,
		);
		expect(out.code).toContain('Cite');
	});

	it.each([
		[
			'an attribute expression in a table cell',
			'| a | b |\n|---|---|\n| `x | <b title={process.exit(1)}>y</b>` |',
			/the HTML tag <b> is not allowed/,
			7,
		],
		['an expression', 'Text {process.exit(1)}.', /a \{…\} expression is not allowed/, 5],
		[
			'a meta refresh after an autolink',
			'See https://example.org/`<meta http-equiv="refresh" content="0" />`.',
			/the HTML tag <meta> is not allowed/,
			5,
		],
		['an export', 'export const x = process.env.HOME\n\nText.', /"import" and "export" are not allowed/, 5],
		['<Cite> with words inside', 'Text <Cite k="s">gone</Cite>.', /<Cite> takes no words inside it/, 5],
	])('stops %s, naming the file and line', async (_name, body, says, line) => {
		const transform = await mdxTransform();
		const error = await transform(entry(body), file).then(
			() => undefined,
			(e: Error) => e,
		);
		expect(error, 'the transform must throw').toBeInstanceOf(Error);
		expect(error!.message).toMatch(says);
		expect(error!.message).toContain(`content/entries/2020-08-17-zz-guard.mdx:${line}`);
		expect(error!.message).toMatch(/The build stopped before running anything in an entry body/);
	});
});
