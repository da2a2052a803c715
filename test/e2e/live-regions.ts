import type { Page } from 'playwright-core';

// A model of what a screen reader says from live regions: for an atomic region (role status or
// alert, or aria-atomic="true") the whole region each time it changes; otherwise only the text
// that was added. A region inserted already holding text is read only if it is an alert.

/** Runs in the page: starts recording into window.heardFromLiveRegions. */
function listen(): void {
  const heard: string[] = [];
  (window as unknown as { heardFromLiveRegions: string[] }).heardFromLiveRegions = heard;
  const regionOf = (node: Node): Element | null => {
    for (let el = node instanceof Element ? node : node.parentElement; el; el = el.parentElement) {
      const live = el.getAttribute('aria-live');
      if (live === 'off') return null;
      if (live === 'polite' || live === 'assertive' || ['status', 'alert', 'log'].includes(el.getAttribute('role') ?? '')) return el;
    }
    return null;
  };
  const atomic = (region: Element) =>
    region.getAttribute('aria-atomic') === 'true' ||
    (region.getAttribute('aria-atomic') === null && ['status', 'alert'].includes(region.getAttribute('role') ?? ''));
  const text = (node: Node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();

  new MutationObserver((records) => {
    const wholeRegions = new Set<Element>();
    for (const r of records) {
      // An alert that appears is read at once, whatever it holds.
      for (const added of r.addedNodes)
        if (added instanceof Element)
          for (const alert of [added, ...added.querySelectorAll('[role="alert"]')])
            if (alert.getAttribute('role') === 'alert' && text(alert)) wholeRegions.add(alert);
      const region = regionOf(r.target);
      if (!region || !region.isConnected) continue;
      if (atomic(region)) wholeRegions.add(region);
      else if (r.type === 'characterData') heard.push(text(r.target));
      else for (const added of r.addedNodes) if (text(added)) heard.push(text(added));
    }
    for (const region of wholeRegions) if (text(region)) heard.push(text(region));
  }).observe(document.body, { subtree: true, childList: true, characterData: true });
}

export const listenToLiveRegions = (page: Page): Promise<void> => page.evaluate(listen);

export const heardFromLiveRegions = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { heardFromLiveRegions: string[] }).heardFromLiveRegions.slice());
