import { describe, expect, it } from 'vitest';
import { screenshotPath, servedPageForEachTest } from '../helpers/browser-app';
import { collectPageErrors, signUpThroughUi } from './ui-actions';

// The pages fetched when first visited (import, progress, the coach screens): when their chunk cannot
// arrive (offline, or a tab left open across a deploy), the page says so and offers a reload, and the
// rest of the app keeps working, instead of React unmounting everything to a blank screen.

describe('a page whose code cannot be fetched', { timeout: 60_000 }, () => {
  const opened = servedPageForEachTest({ width: 1100, height: 800 });

  it('says so with a way out, leaves the rest of the app working, and loads after a reload', async () => {
    const { served, page } = opened;
    const errors = collectPageErrors(page);
    await page.goto(served.url);
    await signUpThroughUi(page);
    await page.getByRole('heading', { name: 'Choose a conversation' }).waitFor();

    const chunk = /\/assets\/import-route-[^/]+\.js$/;
    await page.route(chunk, (route) => route.abort('internetdisconnected'));
    await page.getByRole('link', { name: 'Score a real conversation' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'This page could not be loaded' });
    await alert.waitFor();
    await expect(alert.getByRole('button', { name: 'Reload' }).isVisible()).resolves.toBe(true);
    await page.screenshot({ path: screenshotPath('lazy-page-failed.png') });

    // The top bar still works: the failure stays with the page that failed.
    await page.getByRole('link', { name: 'Scenarios' }).click();
    await page.getByRole('heading', { name: 'Choose a conversation' }).waitFor();

    await page.unroute(chunk);
    await page.getByRole('link', { name: 'Score a real conversation' }).click();
    await alert.waitFor();
    await alert.getByRole('button', { name: 'Reload' }).click();
    await page.getByRole('heading', { name: 'Score a real conversation', level: 1 }).waitFor();
    expect(errors).toEqual([]);
  });
});
