#!/usr/bin/env node
// Serves dist/ on localhost, as a static host would: directory index, 404 page, the site's
// Content-Security-Policy header, correct types for Pagefind's files. No dependencies.
// Usage: npm run preview [-- --port 4321 --dir dist] (Node 24: it imports the policy from src/lib/csp.ts)
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cspHeader } from '../src/lib/csp.ts';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.atom': 'application/atom+xml; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.wasm': 'application/wasm',
	'.pf_meta': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pf_filter': 'application/octet-stream',
};

/** Start a server for `dir`; resolves with the server once listening. */
export function serve({ dir = 'dist', port = 4321, host = '127.0.0.1', quiet = false } = {}) {
	const root = resolve(dir);
	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		let path;
		try {
			path = normalize(join(root, decodeURIComponent(url.pathname)));
		} catch {
			res.writeHead(400).end('Bad request');
			return;
		}
		if (!path.startsWith(root)) {
			res.writeHead(403).end('Forbidden');
			return;
		}
		if (existsSync(path) && statSync(path).isDirectory()) {
			if (!url.pathname.endsWith('/')) {
				res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
				return;
			}
			path = join(path, 'index.html');
		}
		let status = 200;
		if (!existsSync(path)) {
			status = 404;
			path = join(root, '404.html');
			if (!existsSync(path)) {
				res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
				return;
			}
		}
		res.writeHead(status, {
			'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
			// The same policy as every page's <meta>, plus frame-ancestors (header only).
			'Content-Security-Policy': cspHeader(url.pathname),
			'X-Content-Type-Options': 'nosniff',
			'Cache-Control': 'no-cache',
		});
		createReadStream(path).pipe(res);
	});
	return new Promise((ok, fail) => {
		server.once('error', fail);
		server.listen(port, host, () => {
			if (!quiet) console.log(`Serving ${dir}/ at http://${host === '127.0.0.1' ? 'localhost' : host}:${server.address().port}/ (Ctrl+C to stop)`);
			ok(server);
		});
	});
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const arg = (name, dflt) => {
		const i = process.argv.indexOf(`--${name}`);
		return i > -1 ? process.argv[i + 1] : dflt;
	};
	const dir = arg('dir', 'dist');
	if (!existsSync(join(dir, 'index.html'))) {
		console.error(`No built site in ${dir}/: run npm run build first (npm start does both).`);
		process.exit(1);
	}
	await serve({ dir, port: Number(arg('port', process.env.PORT ?? 4321)) });
}
