/**
 * The site's Content-Security-Policy: one definition for the `<meta>` on every page (static
 * hosts cannot be assumed to send headers) and for the header `scripts/serve.mjs` sends.
 *
 * It allows exactly what the site uses: its own scripts, styles, images (and data: images),
 * fetches and forms; WebAssembly compilation for Pagefind's search ('wasm-unsafe-eval', which
 * does not allow eval of JavaScript); no inline script or style, no plugins, no other origins.
 * `frame-ancestors` only works as a header (browsers ignore it in a meta, and say so in the
 * console), so it is added to the header only: pages may be framed by the site itself; embeds
 * under /embed/ get no frame-ancestors at all, so any page may frame them.
 */
import { EMBED_PREFIX } from './urls.ts';

/** Directive → sources, in the order written. */
export const CSP_DIRECTIVES: readonly (readonly [string, string])[] = [
	['default-src', "'self'"],
	['script-src', "'self' 'wasm-unsafe-eval'"],
	['style-src', "'self'"],
	['img-src', "'self' data:"],
	['connect-src', "'self'"],
	['object-src', "'none'"],
	['base-uri', "'self'"],
	['form-action', "'self'"],
];

const join = (directives: readonly (readonly [string, string])[]): string =>
	directives.map(([d, v]) => `${d} ${v}`).join('; ');

/**
 * The policy for the `<meta http-equiv="Content-Security-Policy">` of every page.
 * @example cspMeta() // "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; …"
 */
export function cspMeta(): string {
	return join(CSP_DIRECTIVES);
}

/** Whether a path may be framed by other sites: the embeds. */
export function isFrameable(pathname: string): boolean {
	return pathname.startsWith(EMBED_PREFIX);
}

/**
 * The policy sent as a header for a request path: the meta's, plus who may frame the page
 * (nothing added for embeds, which any page may frame).
 * @example cspHeader('/entries/x/') // "…; frame-ancestors 'self'"
 */
export function cspHeader(pathname: string): string {
	return join(isFrameable(pathname) ? CSP_DIRECTIVES : [...CSP_DIRECTIVES, ['frame-ancestors', "'self'"]]);
}
