/**
 * The one escaper for text put into XML or HTML (feeds, the sitemap): the five characters that
 * could end a text node or an attribute value, `&` first.
 */

/**
 * Escape text for an XML or HTML text node or double-quoted attribute.
 * @example escapeXml('AT&T <b>"x"</b>') // 'AT&amp;T &lt;b&gt;&quot;x&quot;&lt;/b&gt;'
 */
export function escapeXml(s: string): string {
	return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
