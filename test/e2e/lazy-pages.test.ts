import { describe, expect, it } from 'vitest';
import { screenshotPath, servedPageForEachTest } from '../helpers/browser-app';
import { collectPageErrors, sendReply, signUpAndStartPractice, signUpThroughUi, startFirstScenario, waitForIdle } from './ui-actions';

// The pages fetched when first visited (import, progress, the scorecard, the coach screens, the sign-in
// screen, the scenario and session lists): when their chunk cannot arrive (offline, or a tab left open
// across a deploy), the page says so and offers a reload, and the rest of the app keeps working,
// instead of React unmounting everything to a blank screen. The rubric is a chunk of its own, loaded
// only by the practice page's live meter and the scorecard.

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

describe('the rubric, loaded only where it is used', { timeout: 60_000 }, () => {
  const opened = servedPageForEachTest({ width: 1100, height: 800 });

  it('is not fetched by the other pages, and practice goes on without the live meter if it cannot arrive', async () => {
    const { served, page } = opened;
    const errors = collectPageErrors(page);
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(request.url()));
    await page.goto(served.url);
    await signUpThroughUi(page);
    await page.getByRole('heading', { name: 'Choose a conversation' }).waitFor();
    await page.getByRole('link', { name: 'Progress' }).click();
    await page.getByRole('heading', { name: 'Progress', level: 1 }).waitFor();
    const rubric = /\/assets\/score-reply-[^/]+\.js$/;
    expect(fetched.filter((url) => rubric.test(url))).toEqual([]);

    // Offline as the practice page opens: no meter, but the reply is sent and answered.
    let refused = 0;
    await page.route(/\/assets\/(?:live-meter|score-reply)-[^/]+\.js$/, (route) => (refused++, route.abort('internetdisconnected')));
    await page.getByRole('link', { name: 'Scenarios' }).click();
    await startFirstScenario(page);
    await sendReply(page, 'What have you tried so far?');
    await page.locator('.transcript .turn-persona').nth(1).waitFor();
    await waitForIdle(page);
    await page.getByRole('textbox', { name: /^Your reply to / }).pressSequentially('And what would help most?');
    // The practice page did ask for the rubric (so the chunk name above is the real one), and went on without it.
    expect(refused).toBeGreaterThan(0);
    await expect(page.locator('.live-meter').count()).resolves.toBe(0);
    await expect(page.getByRole('alert').filter({ hasText: 'could not be loaded' }).count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });
});

describe('a practice session opened directly', { timeout: 60_000 }, () => {
  const opened = servedPageForEachTest({ width: 1100, height: 800 });

  it('fetches none of the other pages: not the sign-in screen, nor the scenario or session lists', async () => {
    const { served, browser, page } = opened;
    const first: string[] = [];
    page.on('request', (request) => first.push(new URL(request.url()).pathname));
    await signUpAndStartPractice(page, served.url);
    // They are chunks of their own, fetched by the pages that show them...
    expect(first.filter((path) => /\/(?:auth-screen|scenarios-route)-[^/]+\.js$/.test(path))).toHaveLength(2);
    // ...and not by the practice page, opened in a fresh context (nothing cached) with the same sign-in.
    const context = await browser.newContext();
    await context.addCookies(await page.context().cookies());
    const again = await context.newPage();
    const fetched: string[] = [];
    again.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await again.goto(page.url());
    await again.locator('.composer textarea').waitFor();
    await again.waitForLoadState('networkidle');
    const scripts = fetched.filter((path) => path.endsWith('.js'));
    expect(scripts.some((path) => /\/score-reply-/.test(path))).toBe(true);
    expect(scripts.filter((path) => /\/(?:auth-screen|scenarios-route|sessions-route)-/.test(path))).toEqual([]);
    await context.close();
  });
});
