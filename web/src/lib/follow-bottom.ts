// Keeps the page scrolled to the newest message while the reader is at the bottom,
// and leaves them alone once they scroll up to reread.

const THRESHOLD_PX = 120;
let pinned = true;
let tracking = false;

const atBottom = () => window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - THRESHOLD_PX;

export function followBottom(force = false): void {
  if (!tracking) {
    tracking = true;
    window.addEventListener('scroll', () => (pinned = atBottom()), { passive: true });
  }
  if (force || pinned) {
    pinned = true;
    window.scrollTo({ top: document.documentElement.scrollHeight });
  }
}
