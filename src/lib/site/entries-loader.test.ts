/**
 * The entries loader keeps a stored entry while its digest is unchanged; the digest covers the
 * file and `renderInputs`, every project module the loader imports and the lockfile.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderInputs, renderSalt } from './entries-loader.ts';

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
