#!/usr/bin/env node
// Serves dist/ on localhost, as a static host would: directory index, 404 page, the site's
// Content-Security-Policy header, correct types for Pagefind's files. No dependencies.
// Only GET and HEAD (405 otherwise); a path is served only when every one of its segments,
// decoded, is a plain name inside the folder (no "..", no "/" or "\" hidden as %2f or %5c, no
// NUL); regular files only, never a link out of the folder; redirects only to a path of this site.
// Usage: npm run preview [-- --port 4321 --dir dist] (Node 24: it imports the policy from src/lib/site/csp.ts)
import { createServer } from 'node:http';
import { createReadStream, existsSync, lstatSync, realpathSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cspHeader } from '../src/lib/site/csp.ts';

/** @type {Readonly<Record<string, string>>} */
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

/** Headers every answer carries. */
const COMMON = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
};

/**
 * The segments of a request path, decoded, or undefined when one is not a plain name: empty
 * (a doubled slash), ".", "..", or holding "/", "\\" or NUL once decoded.
 * @example pathSegments('/entries/x/') // ['entries', 'x']
 * @example pathSegments('/..%2fdist-other/x') // undefined
 * @param {string} pathname
 * @returns {string[] | undefined}
 */
export function pathSegments(pathname) {
	if (!pathname.startsWith('/')) return undefined;
	const raw = pathname.slice(1).split('/');
	if (raw[raw.length - 1] === '') raw.pop();
	const out = [];
	for (const r of raw) {
		let s;
		try {
			s = decodeURIComponent(r);
		} catch {
			return undefined;
		}
		if (!s || s === '.' || s === '..' || /[/\\\0]/.test(s)) return undefined;
		out.push(s);
	}
	return out;
}

/**
 * Start a server for `dir`; resolves with the server once listening.
 * @param {{ dir?: string; port?: number; host?: string; quiet?: boolean }} [options] `port` 0 takes a free port
 * @returns {Promise<import('node:http').Server>}
 */
export function serve({ dir = 'dist', port = 4321, host = '127.0.0.1', quiet = false } = {}) {
	const root = realpathSync(resolve(dir));
	const inside = (/** @type {string} */ p) => p === root || p.startsWith(root + sep);
	const server = createServer((req, res) => {
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			res.writeHead(405, { ...COMMON, Allow: 'GET, HEAD', 'Content-Type': 'text/plain' }).end('Method not allowed');
			return;
		}
		let url;
		try {
			url = new URL(req.url ?? '/', 'http://localhost');
		} catch {
			res.writeHead(400, COMMON).end('Bad request');
			return;
		}
		const segments = pathSegments(url.pathname);
		if (!segments || !(req.url ?? '/').startsWith('/') || (req.url ?? '').startsWith('//')) {
			res.writeHead(400, { ...COMMON, 'Content-Type': 'text/plain' }).end('Bad request');
			return;
		}
		let path = join(root, ...segments);
		// Every segment is a plain name, so the path is inside; a link inside dist/ must not lead out.
		let real;
		try {
			real = realpathSync(path);
		} catch {
			real = undefined;
		}
		if (real !== undefined && !inside(real)) {
			res.writeHead(403, COMMON).end('Forbidden');
			return;
		}
		if (real !== undefined && statSync(real).isDirectory()) {
			if (!url.pathname.endsWith('/')) {
				// Built from the checked segments: always one leading slash, never "//host".
				res
					.writeHead(301, { ...COMMON, Location: `/${segments.map(encodeURIComponent).join('/')}/${url.search}` })
					.end();
				return;
			}
			path = join(real, 'index.html');
		}
		let status = 200;
		if (!existsSync(path) || !lstatSync(path).isFile()) {
			status = 404;
			path = join(root, '404.html');
			if (!existsSync(path)) {
				res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
				return;
			}
		}
		res.writeHead(status, {
			...COMMON,
			'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
			// The same policy as every page's <meta>, plus frame-ancestors (header only).
			'Content-Security-Policy': cspHeader(url.pathname),
			'Cache-Control': 'no-cache',
		});
		if (req.method === 'HEAD') res.end();
		else createReadStream(path).pipe(res);
	});
	return new Promise((ok, fail) => {
		server.once('error', fail);
		server.listen(port, host, () => {
			if (!quiet)
				console.log(
					`Serving ${dir}/ at http://${host === '127.0.0.1' ? 'localhost' : host}:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}/ (Ctrl+C to stop)`,
				);
			ok(server);
		});
	});
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	/**
	 * The value after `--name`, else `dflt`.
	 * @template {string | undefined} D
	 * @param {string} name
	 * @param {D} dflt
	 * @returns {string | D}
	 */
	const arg = (name, dflt) => {
		const i = process.argv.indexOf(`--${name}`);
		if (i < 0) return dflt;
		const value = process.argv[i + 1];
		if (value === undefined || value.startsWith('--')) {
			console.error(`--${name} needs a value after it, e.g. --${name} ${dflt ?? 'dist'}.`);
			process.exit(1);
		}
		return value;
	};
	const dir = arg('dir', 'dist');
	if (!existsSync(join(dir, 'index.html'))) {
		console.error(`No built site in ${dir}/: run npm run build first (npm start does both).`);
		process.exit(1);
	}
	if (!existsSync(join(dir, 'pagefind', 'pagefind.js')) || !existsSync(join(dir, 'search', 'entry-ids.json'))) {
		console.error(
			`${dir}/ has no search index (${dir}/pagefind/ and ${dir}/search/entry-ids.json): it was not built by npm run build, or the build stopped. Run npm run build (npm start does both).`,
		);
		process.exit(1);
	}
	const port = Number(arg('port', process.env.PORT ?? '4321'));
	if (!Number.isInteger(port) || port < 0 || port > 65535) {
		console.error(
			`--port ${arg('port', process.env.PORT)} is not a port number: use a number from 1 to 65535, e.g. --port 4322.`,
		);
		process.exit(1);
	}
	try {
		const server = await serve({ dir, port });
		// Stop with whoever started us: on a signal (Ctrl+C, SIGTERM from npm), and when the
		// parent (npm, or its shell) is gone, as after `kill <npm's pid>`: nothing may be left
		// holding the port.
		const stop = () => {
			server.closeAllConnections();
			server.close(() => process.exit(0));
			setTimeout(() => process.exit(0), 500).unref();
		};
		for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.once(sig, stop);
		const parent = process.ppid;
		setInterval(() => process.ppid !== parent && stop(), 500).unref();
	} catch (e) {
		const code = /** @type {{ code?: string }} */ (e).code;
		console.error(
			code === 'EADDRINUSE'
				? `Port ${port} is already in use (another npm start or preview?): stop it, or choose another port: npm run preview -- --port ${port + 1}`
				: code === 'EACCES'
					? `Port ${port} is not allowed for this user: choose a port above 1024, e.g. npm run preview -- --port 4322`
					: `Cannot serve on port ${port}: ${/** @type {Error} */ (e).message}`,
		);
		process.exit(1);
	}
}
