/**
 * A ref that moves focus to its element when the element appears: a confirm step's first button.
 * In place of `autoFocus`, which React runs as a focus() call but Preact (the page's runtime,
 * web/build/react-on-preact.ts) sets as the HTML attribute, and browsers honour that only once a page.
 * Stable, so it runs on mount only.
 */
export const focusWhenShown = (element: HTMLElement | null): void => element?.focus();
