/**
 * AP-style dates from a `<time datetime>` value, without date-fns, for the browser: a search
 * result carries only its page's `datetime` (`2021`, `2021-12` or `2021-12-01`, its precision
 * being its length), and shows the same text the page does (`formatApDate` in `dates.ts`).
 */

/** AP abbreviations: five months are spelled out, "Sept." has four letters. */
export const AP_MONTHS = [
	'Jan.',
	'Feb.',
	'March',
	'April',
	'May',
	'June',
	'July',
	'Aug.',
	'Sept.',
	'Oct.',
	'Nov.',
	'Dec.',
];
/** Month names in full, for dates known to the month (`December 2021`). */
export const MONTH_NAMES = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];

/**
 * The AP date a `datetime` value stands for, at its precision; undefined for anything else.
 * @example apDateOfDatetime('2021-09-14') // 'Sept. 14, 2021'
 * @example apDateOfDatetime('2021-12') // 'December 2021'
 * @example apDateOfDatetime('2021') // '2021'
 */
export function apDateOfDatetime(value: string): string | undefined {
	const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
	if (!m) return undefined;
	const [, y, mo, d] = m;
	if (!mo) return String(Number(y));
	const month = Number(mo) - 1;
	if (month < 0 || month > 11) return undefined;
	if (!d) return `${MONTH_NAMES[month]} ${Number(y)}`;
	return `${AP_MONTHS[month]} ${Number(d)}, ${Number(y)}`;
}
