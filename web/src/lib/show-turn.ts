/**
 * Scrolls to a transcript turn (`#turn-<index>`), opening any closed <details> around it, and
 * highlights it for a moment; focus moves there so keyboard and screen-reader users land on it too.
 */
export function showTurn(index: number): void {
  const el = document.getElementById(`turn-${index}`);
  if (!el) return;
  for (let p = el.parentElement; p; p = p.parentElement) if (p instanceof HTMLDetailsElement) p.open = true;
  el.tabIndex = -1;
  el.classList.remove('turn-highlight');
  // Restart the highlight animation when the same reply is shown twice.
  void el.offsetWidth;
  el.classList.add('turn-highlight');
  const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  el.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
  el.focus({ preventScroll: true });
}
