import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../helpers/axe';
import { launchBrowser, screenshotPath, signInAs, startServedApp, type ServedApp } from '../helpers/browser-app';
import { call, linkedPair, practise, type Caller } from '../helpers/coaching';
import { describeAx, focusedAx, focusState, tabUntil, type FocusState } from './focus-probe';

// A coach reviews a transcript with the keyboard only: comment, override (and cancel one with
// Escape), mark reviewed. After each action the test asserts where focus is (role and name from
// Chromium's accessibility tree), that its ring shows, and what the page's live region says.

const ringShows = (f: FocusState) => f.ring.style !== 'none' && f.ring.widthPx >= 2 && f.ring.contrast >= 3;

/** The text of the page's polite status region (the coaching announcer), once it has `wanted`. */
const announced = (page: Page, wanted: string) =>
  page.waitForFunction((w) => [...document.querySelectorAll('[role=status][aria-atomic=true]')].some((r) => r.textContent?.includes(w)), wanted, { polling: 100 });

describe('reviewing with the keyboard', { timeout: 120_000 }, () => {
  let served: ServedApp;
  let browser: Browser;
  let leader: Caller;
  let sessionId: string;
  let page: Page;

  beforeAll(async () => {
    served = await startServedApp();
    browser = await launchBrowser();
    const pair = await linkedPair(served.app);
    leader = pair.leader;
    sessionId = await practise(served.app, leader, ['You should just send the numbers to finance today.', 'What would you try first?']);
    const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
    await signInAs(context, served, pair.coach);
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it('comments, overrides, cancels with Escape and marks reviewed, with focus where the user is', async () => {
    await page.goto(`${served.url}#/coaching/sessions/${sessionId}`);
    await page.getByRole('article', { name: 'Reply 1' }).waitFor();
    expect(await page.title()).toBe('Review: The guide is late (Lee Leader) — Askwell');

    // Comment on the first reply: focus comes back to the emptied box, and the page says it is posted.
    await tabUntil(page, (f) => f.id === 'c-1-new');
    await page.keyboard.type('You told them what to do; ask what they see first.');
    await page.keyboard.press('Tab');
    expect(describeAx(await focusedAx(page))).toBe('button "Comment"');
    await page.keyboard.press('Enter');
    await page.getByText('ask what they see first.').waitFor();
    await announced(page, 'Comment posted on reply 1.');
    expect(describeAx(await focusedAx(page))).toBe('textbox "Comment on reply 1"');
    expect(await page.locator('#c-1-new').inputValue()).toBe('');
    expect(ringShows(await focusState(page))).toBe(true);

    // Override the first move: the form opens with focus on its first field; saving hands focus back.
    await tabUntil(page, (f) => f.id === 'override-1-0', { back: true });
    expect(describeAx(await focusedAx(page))).toBe('button "Override move 1 of reply 1"');
    await page.keyboard.press('Enter');
    expect(describeAx(await focusedAx(page))).toBe('combobox "Label"');
    await page.keyboard.press('Tab');
    expect(describeAx(await focusedAx(page))).toBe('textbox "Reason (required)"');
    await page.keyboard.type('An instruction, not advice.');
    await page.keyboard.press('Tab');
    expect(describeAx(await focusedAx(page))).toBe('button "Save override"');
    await page.keyboard.press('Enter');
    await page.getByText('Overridden by').first().waitFor();
    await announced(page, 'Override saved:');
    expect(describeAx(await focusedAx(page))).toBe('button "Override move 1 of reply 1"');
    expect(ringShows(await focusState(page))).toBe(true);

    // Open the delegation override and leave it with Escape: nothing saved, focus back on its button.
    await tabUntil(page, (f) => f.id === 'override-1-delegation');
    await page.keyboard.press('Enter');
    expect(describeAx(await focusedAx(page))).toBe('combobox "Delegation level"');
    await page.keyboard.press('Escape');
    expect(describeAx(await focusedAx(page))).toBe('button "Override delegation of reply 1"');
    expect(await page.locator('.override-form').count()).toBe(0);

    // A leader's answer arriving over the socket is announced once, and focus stays put.
    const comment = (await (await call(served.app, leader, 'GET', `/api/sessions/${sessionId}`)).json()).comments[0] as { id: string };
    const answered = await call(served.app, leader, 'POST', `/api/sessions/${sessionId}/comments`, { turnIndex: 1, text: 'Fair, I jumped in.', parentId: comment.id });
    expect(answered.statusCode).toBe(201);
    await page.getByText('Fair, I jumped in.', { exact: true }).waitFor();
    await announced(page, 'Lee Leader answered on reply 1: Fair, I jumped in.');
    expect(describeAx(await focusedAx(page))).toBe('button "Override delegation of reply 1"');

    // Mark reviewed: focus moves to the section's heading, which now says so.
    await tabUntil(page, (f) => f.id === 'review-summary');
    await page.keyboard.type('Ask first, then offer.');
    await page.keyboard.press('Tab');
    expect(describeAx(await focusedAx(page))).toBe('button "Mark reviewed"');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Reviewed', exact: true }).waitFor();
    await announced(page, 'Marked reviewed');
    expect(describeAx(await focusedAx(page))).toBe('heading "Reviewed"');
    await page.screenshot({ path: screenshotPath('coaching-keyboard-reviewed.png'), fullPage: true });
    await expectNoAxeViolations(page, 'coach: review page after a keyboard review');
  });

  it('zooms the review page and the dashboard to 200% at 1280 px without horizontal scrolling', async () => {
    // 1280 x 800 at 200% lays out as a 640 x 400 CSS viewport.
    await page.setViewportSize({ width: 640, height: 400 });
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await page.goto(`${served.url}#/coaching/sessions/${sessionId}`);
    await page.getByRole('article', { name: 'Reply 1' }).waitFor();
    expect(await overflow()).toBe(0);
    await page.screenshot({ path: screenshotPath('a11y-zoom-200-coach-review.png'), fullPage: true });
    await page.goto(`${served.url}#/coaching`);
    await page.getByRole('row', { name: /Lee Leader/ }).waitFor();
    // The leaders table scrolls inside its own focusable region, not the page.
    expect(await overflow()).toBe(0);
    await page.screenshot({ path: screenshotPath('a11y-zoom-200-coach-dashboard.png'), fullPage: true });
    await expectNoAxeViolations(page, 'coach: dashboard at 200% zoom');
  });
});
