import { useEffect, useRef } from 'react';

// After a route change the old page's focused element is gone and focus would fall to <body>:
// screen-reader and keyboard users would start again from the top, not knowing the page changed.
// Focus moves to the new page's main heading instead, as soon as it renders (a route may load first).

const WAIT_FOR_HEADING_MS = 10_000;

/** Focuses `heading`, making it focusable by script only (never a tab stop). */
export function focusHeading(heading: HTMLElement | null): void {
  if (!heading) return;
  if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  heading.focus();
}

/**
 * Focuses the first h1 inside `container` now, or when it appears. Gives up if the user has moved
 * focus in the meantime, or after a while (a page that failed to load has no heading).
 * Returns a function that stops waiting.
 */
function focusHeadingWhenReady(container: HTMLElement, onFocused?: () => void): () => void {
  const focusedBefore = document.activeElement;
  const userMovedFocus = () => document.activeElement !== focusedBefore && document.activeElement !== document.body;
  const tryFocus = (): boolean => {
    if (userMovedFocus()) return true;
    const heading = container.querySelector<HTMLElement>('h1');
    if (!heading) return false;
    focusHeading(heading);
    onFocused?.();
    return true;
  };
  if (tryFocus()) return () => undefined;
  const observer = new MutationObserver(() => {
    if (tryFocus()) stop();
  });
  const timer = setTimeout(stop, WAIT_FOR_HEADING_MS);
  function stop() {
    observer.disconnect();
    clearTimeout(timer);
  }
  observer.observe(container, { childList: true, subtree: true });
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
 * Moves focus to the main heading inside the element with `containerId` whenever `path` changes.
 * Not on the first page of a visit, where focus stays at the top so "Skip to content" comes first,
 * unless requestHeadingFocus() asked for it.
 */
export function useHeadingFocusOnRouteChange(path: string, containerId: string): void {
  const shown = useRef<string | null>(null);
  useEffect(() => {
    const changed = shown.current !== null && shown.current !== path;
    const requested = focusRequested;
    shown.current = path;
    const container = document.getElementById(containerId);
    if (!container || !(changed || requested)) return;
    // The request is spent only once the heading has focus (React's dev mode runs effects twice).
    return focusHeadingWhenReady(container, () => (focusRequested = false));
  }, [path, containerId]);
}
