// "/" focuses the search box, unless the reader is typing somewhere. No other script runs.
document.addEventListener('keydown', (e) => {
	if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
	const t = e.target;
	if (t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
	const box = document.getElementById('site-search');
	if (box) { e.preventDefault(); box.focus(); }
});
