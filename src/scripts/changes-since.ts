/**
 * The date field of /changes/: reveals the form and, on submit, goes to the since page of the
 * first month with changes from the chosen day's month on. Pages work without it (month links).
 */
import { changesSinceUrl } from '../lib/site/urls.ts';

/** The since page for a day, given the months that have one (oldest first), or undefined. */
export function sinceTarget(day: string, months: readonly string[]): string | undefined {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
	const month = day.slice(0, 7);
	const first = months.find((m) => m >= month);
	return first ? changesSinceUrl(first) : undefined;
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-changes-since]')) {
	const months = (form.dataset.months ?? '').split(' ').filter(Boolean);
	const input = form.querySelector<HTMLInputElement>('input[type="date"]');
	const status = form.querySelector<HTMLElement>('.changes-since-status');
	form.hidden = false;
	form.addEventListener('submit', (ev) => {
		ev.preventDefault();
		const target = input ? sinceTarget(input.value, months) : undefined;
		if (target) window.location.assign(target);
		else if (status)
			status.textContent = input?.value ? 'No changes to the record since that date.' : 'Choose a date first.';
	});
}
