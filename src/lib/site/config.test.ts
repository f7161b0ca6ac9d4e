import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL, siteConfig } from './config.ts';

describe('site configuration', () => {
	it('defaults to the local preview, no repository and no contact: nothing guessed', () => {
		const c = siteConfig({});
		expect(c.url).toBe(DEFAULT_SITE_URL);
		expect(c.repositoryUrl).toBeUndefined();
		expect(c.contact).toBeUndefined();
		expect(c.publisher).toBe(c.name);
	});

	it('takes the origin from SITE_URL, without a trailing slash', () => {
		expect(siteConfig({ SITE_URL: 'https://tracker.test.example/' }).url).toBe('https://tracker.test.example');
	});

	it('refuses a SITE_URL that is not an http(s) origin, naming the variable', () => {
		expect(() => siteConfig({ SITE_URL: 'tracker.example' })).toThrow(/SITE_URL="tracker.example" is not valid/);
		expect(() => siteConfig({ SITE_URL: 'javascript:alert(1)' })).toThrow(/SITE_URL/);
		expect(() => siteConfig({ SITE_URL: 'https://owner.github.io/repo/' })).toThrow(/root of its domain/);
	});

	it('in GitHub Actions, links the repository, its commits and its issue tracker', () => {
		const c = siteConfig({ GITHUB_REPOSITORY: 'owner/tracker', GITHUB_SERVER_URL: 'https://github.com' });
		expect(c.repositoryUrl).toBe('https://github.com/owner/tracker');
		expect(c.historyUrl).toBe('https://github.com/owner/tracker/commits');
		expect(c.contact).toEqual({
			url: 'https://github.com/owner/tracker/issues',
			label: 'the repository’s issue tracker',
		});
	});

	it('takes an explicit repository, contact and publisher', () => {
		const c = siteConfig({
			REPOSITORY_URL: 'https://git.example/t',
			CONTACT_URL: 'mailto:desk@tracker.example',
			PUBLISHER: 'The Desk',
		});
		expect(c.repositoryUrl).toBe('https://git.example/t');
		expect(c.historyUrl).toBe('https://git.example/t');
		expect(c.contact).toEqual({ url: 'mailto:desk@tracker.example', label: 'desk@tracker.example' });
		expect(c.publisher).toBe('The Desk');
		expect(() => siteConfig({ CONTACT_URL: 'javascript:x' })).toThrow(/CONTACT_URL/);
		// A non-GitHub repository has no known issue tracker: no contact is invented.
		expect(c.contact && siteConfig({ REPOSITORY_URL: 'https://git.example/t' }).contact).toBeUndefined();
	});
});
