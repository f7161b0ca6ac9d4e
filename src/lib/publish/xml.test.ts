import { describe, expect, it } from 'vitest';
import { escapeXml } from './xml.ts';

describe('escapeXml', () => {
	it('escapes &, <, > and ", ampersands first so nothing is escaped twice', () => {
		expect(escapeXml('AT&T <b>"x"</b>')).toBe('AT&amp;T &lt;b&gt;&quot;x&quot;&lt;/b&gt;');
		expect(escapeXml('&lt;')).toBe('&amp;lt;');
		expect(escapeXml("plain 'text'")).toBe("plain 'text'");
	});
});
