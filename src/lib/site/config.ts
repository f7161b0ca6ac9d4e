/**
 * The site's configuration, in one place: its address, its name, who publishes it, where its
 * code and history live, and how to reach whoever runs it. Every page, feed, citation, data
 * file and embed reads it from here; a deployment sets it through environment variables (see
 * the README, "Deploying"):
 *
 * | variable        | what                                                  | default |
 * | --------------- | ----------------------------------------------------- | ------- |
 * | `SITE_URL`      | the public origin, e.g. `https://tracker.example.org` | `http://localhost:4321` (the local preview) |
 * | `REPOSITORY_URL`| the public repository                                 | `https://github.com/$GITHUB_REPOSITORY` in GitHub Actions, else none |
 * | `CONTACT_URL`   | how to reach the maintainers (a `mailto:` or a page)  | the repository's issue tracker |
 * | `CONTACT_LABEL` | how to name that contact                              | "the repository's issue tracker" |
 * | `PUBLISHER`     | who publishes the tracker, for citations and feeds    | the site's name |
 *
 * No address is guessed: with no repository configured, nothing links to one.
 */

export interface SiteConfig {
	/** The site's name, as in its header, titles, feeds and citations. */
	name: string;
	/** One line under the name. */
	tagline: string;
	/** The public origin (scheme, host, port), no trailing slash: `https://tracker.example.org`. */
	url: string;
	/** Who publishes the tracker (citations, feeds, data sets). */
	publisher: string;
	/** The public repository, when configured. */
	repositoryUrl?: string;
	/** The repository's commit history (the record's history), when a repository is configured. */
	historyUrl?: string;
	/** How to reach the maintainers, when there is a way. */
	contact?: { url: string; label: string };
}

type Env = Record<string, string | undefined>;

export const SITE_NAME = 'China Cloud Policy Tracker';
export const DEFAULT_SITE_URL = 'http://localhost:4321';

const httpUrl = (v: string | undefined): string | undefined => {
	if (!v) return undefined;
	try {
		const u = new URL(v);
		return u.protocol === 'http:' || u.protocol === 'https:' ? u.href.replace(/\/+$/, '') : undefined;
	} catch {
		return undefined;
	}
};

/**
 * The configuration from environment variables, falling back to honest defaults. A value that
 * is set but malformed stops the build with the variable's name and the fix.
 * @example siteConfig({ SITE_URL: 'https://t.example/' }).url // 'https://t.example'
 */
export function siteConfig(env: Env): SiteConfig {
	const bad = (name: string, fix: string): never => {
		throw new Error(`${name}=${JSON.stringify(env[name])} is not valid: ${fix}`);
	};
	let url = DEFAULT_SITE_URL;
	if (env.SITE_URL) {
		const u =
			httpUrl(env.SITE_URL) ??
			bad('SITE_URL', 'set it to the site\u2019s public origin, e.g. https://tracker.example.org');
		const parsed = new URL(u);
		if (parsed.pathname !== '/' || parsed.search || parsed.hash)
			bad(
				'SITE_URL',
				'the site is served from the root of its domain; give the origin only (no path), e.g. https://tracker.example.org',
			);
		url = parsed.origin;
	}
	const repositoryUrl = env.REPOSITORY_URL
		? (httpUrl(env.REPOSITORY_URL) ??
			bad('REPOSITORY_URL', 'set it to the repository\u2019s https address, e.g. https://github.com/<owner>/<repo>'))
		: env.GITHUB_REPOSITORY && /^[\w.-]+\/[\w.-]+$/.test(env.GITHUB_REPOSITORY)
			? `${httpUrl(env.GITHUB_SERVER_URL) ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}`
			: undefined;
	const isGitHub = !!repositoryUrl && /^https:\/\/github\.com\//.test(repositoryUrl);
	let contact: SiteConfig['contact'];
	if (env.CONTACT_URL) {
		const c = /^mailto:[^\s@]+@[^\s@]+$/.test(env.CONTACT_URL)
			? env.CONTACT_URL
			: (httpUrl(env.CONTACT_URL) ?? bad('CONTACT_URL', 'set it to a mailto: address or an https page'));
		contact = { url: c, label: env.CONTACT_LABEL || (c.startsWith('mailto:') ? c.slice(7) : c) };
	} else if (repositoryUrl && isGitHub) {
		contact = { url: `${repositoryUrl}/issues`, label: env.CONTACT_LABEL || 'the repository\u2019s issue tracker' };
	}
	const out: SiteConfig = {
		name: SITE_NAME,
		tagline: 'US policy actions on Chinese cloud companies',
		url,
		publisher: env.PUBLISHER || SITE_NAME,
	};
	if (repositoryUrl) {
		out.repositoryUrl = repositoryUrl;
		out.historyUrl = isGitHub ? `${repositoryUrl}/commits` : repositoryUrl;
	}
	if (contact) out.contact = contact;
	return out;
}

const processEnv: Env = /* @__PURE__ */ (() => (typeof process === 'undefined' ? {} : (process.env as Env)))();

/** The configuration of this build. */
export const SITE: SiteConfig = /* @__PURE__ */ siteConfig(processEnv);

/** The site's origin (`SITE.url`): astro.config.mjs `site`, feeds, meta and citations. */
export const SITE_ORIGIN: string = SITE.url;
