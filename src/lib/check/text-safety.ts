/**
 * Characters no content field may hold, and the ones ids and names may not hold either.
 *
 * Refused everywhere: C0 control characters (except a newline, in fields that allow one, and a
 * tab in an entry body), DELETE, C1 control characters, the non-characters U+FFFE and U+FFFF,
 * lone surrogates, and the bidirectional embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069), which can make text read differently from what it is ("Trojan Source"). They
 * break XML feeds, spreadsheets and terminals, or hide what a text says.
 *
 * Refused in ids and names too: invisible characters (zero-width spaces and joiners, word
 * joiner, bidi marks, soft hyphen, byte-order mark), with which two names that look the same
 * are different, and a name can be made to look like another.
 */

const C0 = [
	'NULL',
	'START OF HEADING',
	'START OF TEXT',
	'END OF TEXT',
	'END OF TRANSMISSION',
	'ENQUIRY',
	'ACKNOWLEDGE',
	'BELL',
	'BACKSPACE',
	'CHARACTER TABULATION',
	'LINE FEED (a new line)',
	'LINE TABULATION',
	'FORM FEED',
	'CARRIAGE RETURN',
	'SHIFT OUT',
	'SHIFT IN',
	'DATA LINK ESCAPE',
	'DEVICE CONTROL ONE',
	'DEVICE CONTROL TWO',
	'DEVICE CONTROL THREE',
	'DEVICE CONTROL FOUR',
	'NEGATIVE ACKNOWLEDGE',
	'SYNCHRONOUS IDLE',
	'END OF TRANSMISSION BLOCK',
	'CANCEL',
	'END OF MEDIUM',
	'SUBSTITUTE',
	'ESCAPE',
	'INFORMATION SEPARATOR FOUR',
	'INFORMATION SEPARATOR THREE',
	'INFORMATION SEPARATOR TWO',
	'INFORMATION SEPARATOR ONE',
];
const NAMES: Record<number, string> = {
	...Object.fromEntries(C0.map((n, i) => [i, n])),
	0x7f: 'DELETE',
	0x85: 'NEXT LINE',
	0xa0: 'NO-BREAK SPACE',
	0xad: 'SOFT HYPHEN',
	0x061c: 'ARABIC LETTER MARK',
	0x180e: 'MONGOLIAN VOWEL SEPARATOR',
	0x200b: 'ZERO WIDTH SPACE',
	0x200c: 'ZERO WIDTH NON-JOINER',
	0x200d: 'ZERO WIDTH JOINER',
	0x200e: 'LEFT-TO-RIGHT MARK',
	0x200f: 'RIGHT-TO-LEFT MARK',
	0x2028: 'LINE SEPARATOR',
	0x2029: 'PARAGRAPH SEPARATOR',
	0x202a: 'LEFT-TO-RIGHT EMBEDDING',
	0x202b: 'RIGHT-TO-LEFT EMBEDDING',
	0x202c: 'POP DIRECTIONAL FORMATTING',
	0x202d: 'LEFT-TO-RIGHT OVERRIDE',
	0x202e: 'RIGHT-TO-LEFT OVERRIDE',
	0x2060: 'WORD JOINER',
	0x2066: 'LEFT-TO-RIGHT ISOLATE',
	0x2067: 'RIGHT-TO-LEFT ISOLATE',
	0x2068: 'FIRST STRONG ISOLATE',
	0x2069: 'POP DIRECTIONAL ISOLATE',
	0xfeff: 'ZERO WIDTH NO-BREAK SPACE (byte-order mark)',
	0xfffe: 'a non-character',
	0xffff: 'a non-character',
};

/** U+XXXX and the character's name, e.g. "U+202E RIGHT-TO-LEFT OVERRIDE". */
export function charName(code: number): string {
	const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
	if (code >= 0xd800 && code <= 0xdfff) return `${hex} (half of a character: a lone surrogate)`;
	const name =
		NAMES[code] ?? (code < 0x20 || (code >= 0x80 && code < 0xa0) ? 'a control character' : 'an invisible character');
	return `${hex} ${name}`;
}

/** Always refused (newline and tab are decided by the caller); with the u flag a surrogate range matches only lone halves. */
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's whole job
const ALWAYS_RE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufffe\uffff\ud800-\udfff]/gu;
/** Refused in ids and names as well. */
const INVISIBLE = /[\u00a0\u00ad\u061c\u180e\u200b-\u200f\u2028\u2029\u2060-\u2064\ufeff]/g;

export interface BadChar {
	/** Index in the string. */
	index: number;
	code: number;
	/** What to say about it, e.g. 'the invisible character U+200B ZERO WIDTH SPACE'. */
	what: string;
}

/**
 * The first character a text may not hold, or undefined.
 * @param kind `id` for ids and names, `line` for one-line text, `text` for text that may hold newlines, `body` for an MDX body (newlines and tabs)
 */
export function badChar(s: string, kind: 'id' | 'line' | 'text' | 'body'): BadChar | undefined {
	let found: BadChar | undefined;
	const consider = (index: number): void => {
		if (found && found.index <= index) return;
		const code = s.codePointAt(index)!;
		const unit = s.charCodeAt(index);
		const c = unit >= 0xd800 && unit <= 0xdfff && code === unit ? unit : code;
		found = {
			index,
			code: c,
			what: `${c < 0x20 || (c >= 0x7f && c < 0xa0) ? 'the control character' : 'the invisible character'} ${charName(c)}`,
		};
	};
	for (let i = 0; i < s.length; i++) {
		const u = s.charCodeAt(i);
		if (u === 0x0a ? kind === 'id' || kind === 'line' : u === 0x09 ? kind !== 'body' : false) {
			consider(i);
			break;
		}
	}
	for (const m of s.matchAll(ALWAYS_RE)) {
		consider(m.index);
		break;
	}
	if (kind === 'id')
		for (const m of s.matchAll(INVISIBLE)) {
			consider(m.index);
			break;
		}
	return found;
}

/** The fix, in words, for a bad character in a field. */
export function badCharFix(kind: 'id' | 'line' | 'text' | 'body'): string {
	return kind === 'id'
		? 'retype the id or name with visible characters only (an editor that shows invisible characters helps: in VS Code, "Render Control Characters")'
		: 'delete it: it cannot be seen, and it breaks feeds and spreadsheets or changes how the text reads (an editor that shows invisible characters helps)';
}
