/**
 * Text with `backtick` spans, split into plain and code segments, so a description written
 * for the JSON Schema (where backticks mark field names and values) renders with <code> on
 * the page. An unmatched backtick stays as text; nothing is parsed as HTML.
 * @example codeSegments('one of `day`, `month`') // [{ text: 'one of ' }, { text: 'day', code: true }, { text: ', ' }, { text: 'month', code: true }]
 */
export function codeSegments(text: string): { text: string; code?: true }[] {
	const out: { text: string; code?: true }[] = [];
	const re = /`([^`\n]+)`/g;
	let last = 0;
	for (let m = re.exec(text); m; m = re.exec(text)) {
		if (m.index > last) out.push({ text: text.slice(last, m.index) });
		out.push({ text: m[1]!, code: true });
		last = m.index + m[0].length;
	}
	if (last < text.length) out.push({ text: text.slice(last) });
	return out;
}
