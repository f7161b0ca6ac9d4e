import { describe, expect, it } from 'vitest';
import { isIndexable, sitemapXml } from './sitemap.ts';

describe('sitemap', () => {
	it('keeps HTML pages and leaves out 404, embeds and files', () => {
		expect(
			[
				'/',
				'/entries/x/',
				'/entities/y/page/2/',
				'/404/',
				'/embed/entities/y/',
				'/data/entries.csv',
				'/feeds/entries.xml',
			].filter(isIndexable),
		).toEqual(['/', '/entries/x/', '/entities/y/page/2/']);
	});
	it('writes sorted, escaped URLs with lastmod only when known', () => {
		const xml = sitemapXml([{ loc: 'https://x.org/b/?a=1&b=2' }, { loc: 'https://x.org/a/', lastmod: '2024-01-02' }]);
		expect(xml).toContain(
			'<url><loc>https://x.org/a/</loc><lastmod>2024-01-02</lastmod></url>\n<url><loc>https://x.org/b/?a=1&amp;b=2</loc></url>',
		);
		expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
	});
});
