import type { Page } from 'playwright-core';

/**
 * How far the page scrolls sideways at its viewport's width (0 or less: it fits), with up to five
 * elements that stick out past the right edge. The viewport width asked for, not innerWidth, which a
 * phone's browser may widen to fit content that sticks out.
 */
export const sidewaysScroll = (page: Page): Promise<{ overflow: number; culprits: string[] }> =>
  page.evaluate((width) => {
    const overflow = document.scrollingElement!.scrollWidth - Math.min(window.innerWidth, width);
    const culprits =
      overflow <= 0
        ? []
        : [...document.querySelectorAll('body *')]
            .filter((el) => el.getBoundingClientRect().right > width + 0.5)
            .slice(0, 5)
            .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
    return { overflow, culprits };
  }, page.viewportSize()!.width);
