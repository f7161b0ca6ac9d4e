/**
 * Strict XML well-formedness for the feeds: fast-xml-parser's validator (tags, attributes,
 * characters), plus the rule it does not enforce: the only named entities XML knows are its
 * five (`&nbsp;` and the like are errors in XML). Throws with the parser's message.
 */
import { XMLValidator } from 'fast-xml-parser';

export function assertStrictXml(xml: string, name = 'document'): void {
	if (!xml.startsWith('<?xml')) throw new Error(`${name}: no XML declaration at the start`);
	const r = XMLValidator.validate(xml);
	if (r !== true) throw new Error(`${name}: ${r.err.code} at line ${r.err.line}, column ${r.err.col}: ${r.err.msg}`);
	const bad = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)[^\s]{0,12}/.exec(xml);
	if (bad) throw new Error(`${name}: an entity XML does not define: ${bad[0]}`);
}
