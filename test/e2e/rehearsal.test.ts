import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '@test/helpers/axe';
import { screenshotPath, servedPageForEachTest } from '@test/helpers/browser-app';
import { collectPageErrors, sendReply, signUpAndStartPractice, signUpThroughUi, startFirstScenario, waitForIdle, watchForElement } from './ui-actions';

// Issue #11 in Chromium on the built app: edit and resend, regenerate, stop, a branch from reply 2
// compared side by side, two tabs on one session seeing each turn live, the sessions list.

const replies = (page: Page) => page.locator('.transcript .turn-leader .bubble').allTextContents();
const shot = (page: Page, name: string) => page.screenshot({ path: screenshotPath(`rehearsal-${name}.png`), fullPage: true });

describe('rehearsal in the browser', { timeout: 120_000 }, () => {
  const opened = servedPageForEachTest({ width: 1280, height: 800 }, { SIMULATOR_WORD_DELAY_MS: '30' });

  it('edits and resends, regenerates, stops, branches from reply 2 and compares', async () => {
    const { served, page } = opened;
    const pageErrors = collectPageErrors(page);
    await signUpAndStartPractice(page, served.url);

    await sendReply(page, 'You should just call them today.');
    await waitForIdle(page);
    await sendReply(page, 'What have you tried so far?');
    await waitForIdle(page);
    await expect.poll(() => page.locator('.reply-number').allTextContents()).toEqual(['· reply 1', '· reply 2']);
    await shot(page, 'practice-desktop');
    await expectNoAxeViolations(page, 'practice with reply actions');

    // Edit and resend the latest reply: it is replaced, the old one kept in history on the server.
    await page.getByRole('button', { name: 'Edit and resend reply 2' }).click();
    const box = page.getByRole('textbox', { name: /^Edit reply 2 and resend it/ });
    await expect.poll(() => box.inputValue()).toBe('What have you tried so far?');
    await box.fill('What options do you see from where you are?');
    await box.press('Enter');
    await waitForIdle(page);
    await expect.poll(() => replies(page)).toEqual(['You should just call them today.', 'What options do you see from where you are?']);

    // Regenerate the persona's latest reply.
    const before = await page.locator('.transcript .turn-persona').last().textContent();
    await page.getByRole('button', { name: 'Regenerate their reply' }).click();
    await waitForIdle(page);
    await expect.poll(() => page.locator('.transcript > li').count()).toBe(5);

    // Stop while the persona streams: the partial stays, marked stopped.
    await sendReply(page, 'Tell me more about what worries you most here?');
    await page.locator('.bubble-streaming').waitFor();
    await page.getByRole('button', { name: /^Stop .* reply$/ }).click();
    await page.locator('.transcript .interrupted', { hasText: 'stopped' }).waitFor();
    await waitForIdle(page);

    const sessionUrl = page.url();
    const sessionId = decodeURIComponent(sessionUrl.split('/sessions/')[1]);
    const stored = await page.evaluate(async (id) => (await fetch(`/api/sessions/${id}`)).json(), sessionId);
    expect(stored.history.map((t: { reason: string }) => t.reason)).toEqual(['edited', 'edited', 'regenerated']);
    expect(stored.turns.at(-1)).toMatchObject({ stopped: true });
    expect(before).not.toBeNull();

    // Try again from reply 2: a branch with the transcript up to that reply; the persona answers it.
    await page.getByRole('button', { name: 'Try again from here (reply 2)' }).click();
    await page.waitForURL((url) => !url.toString().endsWith(sessionId) && url.toString().includes('/sessions/'));
    await page.getByText(/A branch from reply 2 of/).waitFor();
    await waitForIdle(page);
    await expect.poll(() => page.locator('.transcript > li').count(), { timeout: 15_000 }).toBe(5);
    await sendReply(page, 'What would you do if it were up to you?');
    await waitForIdle(page);
    await page.getByRole('button', { name: 'End session' }).click();
    await page.getByRole('button', { name: 'End and see scorecard' }).click();
    await page.getByRole('heading', { name: 'Debrief' }).waitFor();
    await shot(page, 'scorecard-desktop');

    // The original lists the branch; compare them side by side with each figure's change.
    await page.goto(sessionUrl);
    await page.getByRole('heading', { name: '1 branch' }).waitFor();
    await page.getByRole('link', { name: 'Compare with branch 1' }).click();
    await page.getByRole('heading', { name: /^Compare tries/ }).waitFor();
    await shot(page, 'compare-desktop');
    await expectNoAxeViolations(page, 'compare tries');
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, 'compare-phone');

    await page.goto(`${served.url}#/sessions`);
    await page.getByRole('heading', { name: 'My sessions' }).waitFor();
    await page.locator('.session-figures').first().waitFor();
    await shot(page, 'sessions-phone');
    await page.setViewportSize({ width: 1280, height: 800 });
    await shot(page, 'sessions-desktop');
    await expectNoAxeViolations(page, 'sessions list with figures');
    expect(pageErrors).toEqual([]);
  });

  it('two tabs on one session both see each turn live; a busy reply hands the text back', async () => {
    const { served, page, browser } = opened;
    await signUpAndStartPractice(page, served.url);
    // A second tab of the same signed-in browser: the same cookie.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addCookies(await page.context().cookies());
    const second = await context.newPage();
    await second.goto(page.url());
    await second.locator('.transcript .turn-persona').first().waitFor();

    const secondSawWords = await watchForElement(second, '.bubble-streaming .caret');
    await sendReply(page, 'What options do you see from where you are?');
    // Tab 2 sees tab 1's reply and the persona's answer streaming word by word, without a reload.
    await second.locator('.transcript .turn-leader', { hasText: 'What options do you see' }).waitFor();
    await waitForIdle(second);
    expect(await secondSawWords()).toBe(true);
    await expect.poll(() => second.locator('.transcript > li').count()).toBe(3);
    await waitForIdle(page);

    // Tab 2 replies; tab 1 sees it live too.
    await sendReply(second, 'And what would help most right now?');
    await page.locator('.transcript .turn-leader', { hasText: 'what would help most' }).waitFor();
    await waitForIdle(page);
    await waitForIdle(second);
    await expect.poll(() => page.locator('.transcript > li').count()).toBe(5);
    await shot(second, 'two-tabs-second');
  });

  // The reply box on a phone (small until tapped, no focus on open): test/e2e/reply-focus.test.ts.
});

describe('progress in the browser', { timeout: 180_000 }, () => {
  const opened = servedPageForEachTest({ width: 1280, height: 800 });

  it('shows each figure across three ended sessions, with charts, tables and best and latest per scenario', async () => {
    const { served, page } = opened;
    await page.goto(served.url);
    await signUpThroughUi(page);
    for (const second of ['You should call them today.', 'What would you do if it were up to you?', 'What options do you see?']) {
      await page.goto(`${served.url}#/`);
      await startFirstScenario(page);
      await sendReply(page, 'What happened, from where you sit?');
      await waitForIdle(page);
      await sendReply(page, second);
      await waitForIdle(page);
      await page.getByRole('button', { name: 'End session' }).click();
      await page.getByRole('button', { name: 'End and see scorecard' }).click();
      await page.getByRole('heading', { name: 'Debrief' }).waitFor();
    }
    await page.getByRole('heading', { name: 'Ask or tell, reply by reply' }).waitFor();
    await shot(page, 'scorecard-charts-desktop');
    await expectNoAxeViolations(page, 'scorecard with charts');

    await page.goto(`${served.url}#/progress`);
    await page.getByRole('heading', { name: 'My progress' }).waitFor();
    await expect.poll(() => page.locator('.chart').count()).toBe(5);
    await expect.poll(() => page.getByRole('table', { name: 'Best and latest attempt per scenario' }).locator('tbody tr td').first().textContent()).toBe('3');
    await page.getByRole('button', { name: 'Show as table' }).first().click();
    await expect.poll(() => page.locator('.chart-table tbody tr').count()).toBe(3);
    await shot(page, 'progress-desktop');
    await expectNoAxeViolations(page, 'progress');
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, 'progress-phone');
  });
});
