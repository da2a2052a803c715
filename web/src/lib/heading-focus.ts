import { useEffect, useRef } from 'react';

// After a route change the old page's focused element is gone and focus would fall to <body>:
// screen-reader and keyboard users would start again from the top, not knowing the page changed.
// Focus moves to the new page's main heading instead, as soon as it renders (a route may load first),
// or to the control the page names as its starting point (the practice page's reply box).

const WAIT_FOR_PAGE_MS = 10_000;

/**
 * Marks the element a page starts at instead of its h1. It must render with the h1; it may be
 * disabled for a moment (the reply box while its socket connects), and takes focus once enabled.
 * The page says what it is by itself (its live region), since its heading is not read on arrival.
 */
export const INITIAL_FOCUS_ATTRIBUTE = 'data-initial-focus';

/** Focuses `heading`, making it focusable by script only (never a tab stop). */
export function focusHeading(heading: HTMLElement | null): void {
  if (!heading) return;
  if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  heading.focus();
}

/**
 * Once the page inside `container` has rendered (its h1 is there), focuses its initial focus target
 * if it names one, else its h1 (or nothing, when `heading` is false). Gives up if the user has moved
 * focus in the meantime, or after a while (a page that failed to load has no heading; a target that
 * stays disabled gives way to the heading). Returns a function that stops waiting.
 */
function focusPageWhenReady(container: HTMLElement, heading: boolean, onFocused?: () => void): () => void {
  const focusedBefore = document.activeElement;
  const userMovedFocus = () => document.activeElement !== focusedBefore && document.activeElement !== document.body;
  const focused = (el: HTMLElement) => {
    el.focus({ preventScroll: true });
    onFocused?.();
  };
  const tryFocus = (): boolean => {
    if (userMovedFocus()) return true;
    const h1 = container.querySelector<HTMLElement>('h1');
    if (!h1) return false;
    const target = container.querySelector<HTMLElement>(`[${INITIAL_FOCUS_ATTRIBUTE}]`);
    if (target?.matches(':disabled')) return false;
    if (target) focused(target);
    else if (heading) {
      focusHeading(h1);
      onFocused?.();
    }
    return true;
  };
  if (tryFocus()) return () => undefined;
  const observer = new MutationObserver(() => {
    if (tryFocus()) stop();
  });
  const timer = setTimeout(() => {
    stop();
    const h1 = container.querySelector<HTMLElement>('h1');
    if (heading && h1 && !userMovedFocus()) focusHeading(h1);
  }, WAIT_FOR_PAGE_MS);
  function stop() {
    observer.disconnect();
    clearTimeout(timer);
  }
  observer.observe(container, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled'] });
  return stop;
}

/** Set when the screen that had focus goes away without a route change (signing in or out): the next screen takes focus. */
let focusRequested = false;
export const requestHeadingFocus = (): void => {
  focusRequested = true;
};

/** True once after requestHeadingFocus(): the screen that asks should focus its heading. */
export function takeHeadingFocusRequest(): boolean {
  const requested = focusRequested;
  focusRequested = false;
  return requested;
}

/**
 * Moves focus into the page inside the element with `containerId` whenever `path` changes: to the
 * control the page starts at (INITIAL_FOCUS_ATTRIBUTE), else its main heading. On the first page of
 * a visit focus stays at the top, so "Skip to content" comes first, unless requestHeadingFocus()
 * asked for the heading or the page names a control to start at (then there is nothing to skip).
 */
export function useHeadingFocusOnRouteChange(path: string, containerId: string): void {
  const shown = useRef<string | null>(null);
  useEffect(() => {
    const changed = shown.current !== null && shown.current !== path;
    const requested = focusRequested;
    shown.current = path;
    const container = document.getElementById(containerId);
    if (!container) return;
    // The request is spent only once focus is placed (React's dev mode runs effects twice).
    return focusPageWhenReady(container, changed || requested, () => (focusRequested = false));
  }, [path, containerId]);
}
