/**
 * The preview server (scripts/serve.mjs) against path tricks and odd requests: containment by
 * path segments (a sibling folder whose name starts with "dist" is out of reach), no redirect
 * to another host, GET and HEAD only, the privacy headers, a one-line message when the port is
 * busy, and no serving of a dist/ without its search index.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pathSegments, serve } from '../scripts/serve.mjs';
import { run } from './helpers/run.ts';
import { ROOT } from './helpers/site.ts';

const box = mkdtempSync(join(tmpdir(), 'cct-serve-'));
const dist = join(box, 'dist');
for (const [path, text] of Object.entries({
	'index.html': 'home',
	'entries/x/index.html': 'entry',
	'404.html': 'not found',
	'pagefind/pagefind.js': '',
	'search/entry-ids.json': '{}',
})) {
	mkdirSync(join(dist, path, '..'), { recursive: true });
	writeFileSync(join(dist, path), text);
}
mkdirSync(join(box, 'dist-other'));
writeFileSync(join(box, 'dist-other', 'x'), 'SECRET');
symlinkSync(join(box, 'dist-other'), join(dist, 'out'));

/** A raw request: the path exactly as written, no client normalization. */
function raw(
	port: number,
	path: string,
	method = 'GET',
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
	return new Promise((ok, fail) => {
		const req = request({ host: '127.0.0.1', port, path, method }, (res) => {
			let body = '';
			res.on('data', (d) => (body += d));
			res.on('end', () => ok({ status: res.statusCode!, headers: res.headers, body }));
		});
		req.on('error', fail);
		req.end();
	});
}

describe('the preview server', () => {
	let server: Server;
	let port: number;
	beforeAll(async () => {
		server = await serve({ dir: dist, port: 0, quiet: true });
		port = (server.address() as AddressInfo).port;
	});
	afterAll(async () => {
		await new Promise<void>((ok) => server.close(() => ok()));
		rmSync(box, { recursive: true, force: true });
	});

	it('reads paths by segments', () => {
		expect(pathSegments('/entries/x/')).toEqual(['entries', 'x']);
		for (const p of [
			'/..%2fdist-other/x',
			'/%2e%2e%2fdist-other/x',
			'/a/../../x',
			'/..%5cdist-other/x',
			'/a%00b',
			'//evil.example/',
			'/%E0%A4%A',
		])
			expect(pathSegments(p), p).toBeUndefined();
	});

	it.each([
		'/..%2fdist-other/x',
		'/..%2Fdist-other/x',
		'/%2e%2e%2fdist-other/x',
		'/..%5cdist-other/x',
		'/../dist-other/x',
		'/out/x',
		'/%2e%2e/dist-other/x',
	])('never serves a file outside dist/: %s', async (path) => {
		const r = await raw(port, path);
		expect(r.body).not.toContain('SECRET');
		expect([400, 403, 404]).toContain(r.status);
	});

	it.each(['//evil.example', '//evil.example/', '/\\evil.example', '/%2fevil.example', '/%5cevil.example'])(
		'never redirects to another host: %s',
		async (path) => {
			const r = await raw(port, path);
			const location = String(r.headers.location ?? '');
			expect(location.startsWith('//') || location.startsWith('/\\') || /^[a-z]+:/i.test(location), location).toBe(
				false,
			);
		},
	);

	it('redirects a folder without its slash to a path of this site', async () => {
		const r = await raw(port, '/entries/x?q=1');
		expect(r.status).toBe(301);
		expect(r.headers.location).toBe('/entries/x/?q=1');
	});

	it('answers only GET and HEAD', async () => {
		expect((await raw(port, '/', 'HEAD')).status).toBe(200);
		for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH']) {
			const r = await raw(port, '/', method);
			expect(r.status, method).toBe(405);
			expect(r.headers.allow).toBe('GET, HEAD');
		}
	});

	it('sends Referrer-Policy and Permissions-Policy', async () => {
		for (const path of ['/', '/no-such-page/']) {
			const r = await raw(port, path);
			expect(r.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
			expect(String(r.headers['permissions-policy'])).toMatch(/camera=\(\)/);
		}
	});

	it('says in one line, without a stack trace, that the port is busy', async () => {
		const r = await run(process.execPath, ['scripts/serve.mjs', '--dir', dist, '--port', String(port)], {
			cwd: ROOT,
			timeoutMs: 60_000,
		});
		expect(r.code).not.toBe(0);
		expect(r.stderr.trim().split('\n')).toHaveLength(1);
		expect(r.stderr).toMatch(new RegExp(`Port ${port} is already in use.*--port ${port + 1}`));
	});

	it('refuses a dist/ without its search index', async () => {
		const bare = join(box, 'bare');
		mkdirSync(bare);
		writeFileSync(join(bare, 'index.html'), 'home');
		const r = await run(process.execPath, ['scripts/serve.mjs', '--dir', bare, '--port', '0'], {
			cwd: ROOT,
			timeoutMs: 60_000,
		});
		expect(r.code).not.toBe(0);
		expect(r.stderr).toMatch(/has no search index/);
	});
});
