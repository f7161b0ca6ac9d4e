// Small enhancements; every page works without them. No search code here: the search page
// loads Pagefind itself, and only when a search starts.
// 1. "/" focuses the search box, unless the reader is typing somewhere.
document.addEventListener('keydown', (e) => {
	if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
	const t = e.target;
	if (t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
	const box = document.getElementById('site-search');
	if (box) {
		e.preventDefault();
		box.focus();
	}
});
// 2. Copy buttons: <button hidden data-copy="id-of-element"> copies that element's text. The
//    button stays hidden without JavaScript; the text is on the page to select by hand.
for (const button of document.querySelectorAll('button[data-copy]')) {
	button.hidden = false;
	button.addEventListener('click', async () => {
		const text = document.getElementById(button.dataset.copy)?.textContent ?? '';
		const label = button.textContent;
		try {
			await navigator.clipboard.writeText(text.trim());
			button.textContent = 'Copied';
		} catch {
			button.textContent = 'Select the text to copy';
		}
		setTimeout(() => (button.textContent = label), 2000);
	});
}
