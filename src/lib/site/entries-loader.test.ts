/**
 * The entries loader keeps a stored entry while its digest is unchanged; the digest covers the
 * file and `renderInputs`, every project module the loader imports and the lockfile.
 */
import { createHash } from 'node:crypto';
import {
	cpSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LoaderContext } from 'astro/loaders';
import { loadAll, renderInputs, renderSalt } from './entries-loader.ts';
import { parseFile } from '../node/content-files.ts';
import { citationMap } from '../publish/citations.ts';
import { bodyToPlainText } from '../publish/plain-text.ts';
import type { EntryData } from '../model/schema.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

describe('the entries loader', () => {
	it('salts its digest with the modules that read, check and render an entry, and the lockfile', () => {
		const inputs = renderInputs(ROOT);
		for (const file of [
			'src/lib/site/entry-body.ts',
			'src/lib/check/mdx-check.ts',
			'src/lib/node/content-files.ts',
			'src/lib/check/yaml-read.ts',
			'src/lib/model/schema.ts',
			'src/lib/publish/citations.ts',
			'src/lib/publish/plain-text.ts',
			'src/lib/site/urls.ts',
			'package-lock.json',
		])
			expect(inputs).toContain(file);
	});

	it('changes its salt when one input changes, and only then', () => {
		const dir = mkdtempSync(join(tmpdir(), 'cct-salt-'));
		try {
			cpSync(join(ROOT, 'src'), join(dir, 'src'), { recursive: true });
			cpSync(join(ROOT, 'package-lock.json'), join(dir, 'package-lock.json'));
			const a = renderSalt(dir);
			expect(renderSalt(dir)).toBe(a);
			expect(renderSalt(ROOT)).toBe(a);
			writeFileSync(join(dir, 'src/lib/site/urls.ts'), '// changed\n', { flag: 'a' });
			expect(renderSalt(dir)).not.toBe(a);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

/** What the store holds of an entry (Astro's DataEntry, the part read here). */
interface DataEntry {
	id: string;
	digest?: string;
	body?: string;
	rendered?: { html: string; metadata?: { plainText?: unknown } };
}

/** A copy of the project's sources and entries, and a loader context whose store is a Map. */
function project() {
	const dir = mkdtempSync(join(tmpdir(), 'cct-loader-'));
	cpSync(join(ROOT, 'src'), join(dir, 'src'), { recursive: true });
	cpSync(join(ROOT, 'package-lock.json'), join(dir, 'package-lock.json'));
	cpSync(join(ROOT, 'content/entries'), join(dir, 'content/entries'), { recursive: true });
	const map = new Map<string, DataEntry>();
	let sets = 0;
	const context = {
		store: {
			get: (id: string) => map.get(id),
			set: (e: DataEntry) => (sets++, map.set(e.id, e), true),
			keys: () => [...map.keys()],
			delete: (id: string) => void map.delete(id),
		},
		parseData: async ({ data }: { data: unknown }) => data,
		generateDigest: (s: string) => createHash('sha1').update(s).digest('hex'),
		logger: { debug() {}, warn() {}, error() {} },
	} as unknown as LoaderContext;
	return { dir, map, context, sets: () => sets };
}

describe('loadAll', () => {
	it('stores every entry with its HTML, keeps unchanged ones, and drops a removed one', async () => {
		const p = project();
		try {
			const files = readdirSync(join(p.dir, 'content/entries')).filter((f) => f.endsWith('.mdx'));
			await loadAll(p.context, p.dir);
			expect(p.map.size).toBe(files.length);
			const one = p.map.get('2019-05-16-huawei-added-to-entity-list')!;
			expect(one.rendered!.html).toMatch(/^<p>The Bureau of Industry and Security/);
			expect(one.rendered!.html).toContain('<sup class="cite" data-pagefind-ignore>');
			// The plain text the exports use, made here once from the same parse, in place of the MDX.
			const source = readFileSync(join(p.dir, 'content/entries/2019-05-16-huawei-added-to-entity-list.mdx'), 'utf8');
			const parsed = parseFile(
				p.dir,
				join(p.dir, 'content/entries/2019-05-16-huawei-added-to-entity-list.mdx'),
				'entries',
				[],
			);
			const cites = citationMap((parsed!.data as EntryData).sources);
			expect(one.rendered!.metadata?.plainText).toBe(bodyToPlainText(parsed!.body, (k) => cites.get(k)?.n));
			expect(one.rendered!.metadata?.plainText).toMatch(/^The Bureau of Industry and Security .*\[1\]/);
			expect(source).toContain('<Cite k=');
			expect(one.body, 'the MDX is not stored').toBeUndefined();
			const before = p.sets();
			rmSync(join(p.dir, 'content/entries', files[0]!));
			await loadAll(p.context, p.dir);
			expect(p.sets(), 'nothing unchanged is stored again').toBe(before);
			expect(p.map.size).toBe(files.length - 1);
		} finally {
			rmSync(p.dir, { recursive: true, force: true });
		}
	});

	it('refuses a symbolic link, for a file or for the folder', async () => {
		const p = project();
		try {
			symlinkSync('/etc/hostname', join(p.dir, 'content/entries/2020-01-01-link.mdx'));
			await expect(loadAll(p.context, p.dir)).rejects.toThrow(/2020-01-01-link\.mdx: not a regular file/);
			rmSync(join(p.dir, 'content/entries/2020-01-01-link.mdx'));
			renameSync(join(p.dir, 'content/entries'), join(p.dir, 'real'));
			symlinkSync(join(p.dir, 'real'), join(p.dir, 'content/entries'));
			await expect(loadAll(p.context, p.dir)).rejects.toThrow(/content\/entries: not a real folder/);
		} finally {
			rmSync(p.dir, { recursive: true, force: true });
		}
	});
});
