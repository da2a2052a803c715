import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../helpers/axe';
import { openServedPage, screenshotPath, servedPageForEachTest } from '../helpers/browser-app';
import { collectPageErrors, sendReply, signUpAndStartPractice, waitForFocus, waitForIdle } from './ui-actions';

// Issue #11: focus lands in the reply box when a session opens (new, resumed, reloaded, a branch),
// with the page said through its live region since the heading is not read; on a touch phone it
// stays on the heading instead (no on-screen keyboard over the opening line) and the box stays small.

const replyBoxFocused = (page: Page) => waitForFocus(page, '.composer textarea');
const announced = (page: Page) => page.locator('main [role="status"][aria-live="polite"]').last().textContent();

describe('focus when a session opens', { timeout: 90_000 }, () => {
  const opened = servedPageForEachTest({ width: 1280, height: 800 });

  it('is in the reply box for a new, a resumed, a reloaded and a branched session; the page is announced', async () => {
    const { served, page } = opened;
    const errors = collectPageErrors(page);
    await signUpAndStartPractice(page, served.url);
    await replyBoxFocused(page);
    const title = (await page.locator('#practice-title').textContent())!;
    const name = (await page.locator('.turn-persona .speaker').first().textContent())!;
    const opening = (await page.locator('.turn-persona .bubble').first().textContent())!;
    expect(await announced(page)).toMatch(new RegExp(`^Practice: ${title}, with ${name}, .+\\. ${name} said: `));
    expect(await announced(page)).toContain(opening);
    await page.screenshot({ path: screenshotPath('focus-practice-open-desktop.png') });
    await expectNoAxeViolations(page, 'practice: opened, focus in the reply box');

    // Typing goes straight into the box.
    await page.keyboard.type('What options do you see from where you are?');
    await page.keyboard.press('Enter');
    await waitForIdle(page);
    await sendReply(page, 'Which of those would you try first?');
    await waitForIdle(page);

    // Resumed from the sessions list.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My sessions' }).click();
    await page.getByRole('link', { name: /^Resume/ }).click();
    await page.locator('#practice-title').waitFor();
    await replyBoxFocused(page);
    expect(await announced(page)).toMatch(new RegExp(`^Practice: ${title}, with ${name}.*\\. ${name} said: `));
    await expectNoAxeViolations(page, 'practice: resumed, focus in the reply box');

    // Reloaded: the first page of a visit, where pages without a starting control leave focus at the top.
    await page.reload();
    await page.locator('#practice-title').waitFor();
    await replyBoxFocused(page);

    // A branch opens the same way.
    await page.getByRole('button', { name: 'Try again from here (reply 1)' }).click();
    await page.getByText(/A branch from reply 1 of/).waitFor();
    await replyBoxFocused(page);

    // An ended session has no reply box: the page's heading takes focus as on every other page.
    await page.getByRole('button', { name: 'End session' }).click();
    await page.getByRole('button', { name: 'End and see scorecard' }).click();
    await page.getByRole('heading', { name: 'Debrief' }).waitFor();
    await page.goBack();
    await page.getByRole('link', { name: 'View scorecard' }).waitFor();
    await waitForFocus(page, '#practice-title');
    expect(errors).toEqual([]);
  });

  it('in a narrow window with a mouse, the heading takes focus and the small box stays small', async () => {
    const { served, page } = opened;
    await page.setViewportSize({ width: 600, height: 800 });
    await signUpAndStartPractice(page, served.url);
    await waitForFocus(page, '#practice-title');
    expect((await page.locator('.composer-dock').boundingBox())!.height).toBeLessThanOrEqual(800 * 0.2 + 1);
    expect(await page.locator('.composer textarea').getAttribute('placeholder')).toBe('Type your reply. Enter sends, Shift+Enter adds a line.');
  });

  it('on a touch phone: focus on the heading, no keyboard popped up; the box takes at most a fifth of the screen until tapped', async () => {
    const phone = await openServedPage({ width: 390, height: 844 });
    try {
      const context = await phone.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      await signUpAndStartPractice(page, phone.served.url);
      expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
      await waitForFocus(page, '#practice-title');
      const dock = page.locator('.composer-dock');
      const height = async () => (await dock.boundingBox())!.height;
      expect(await height()).toBeLessThanOrEqual(844 * 0.2 + 1);
      // The opening line is in view above the box.
      const opening = (await page.locator('.turn-persona .bubble').first().boundingBox())!;
      expect(opening.y + opening.height).toBeLessThanOrEqual(844 - (await height()));
      expect(await page.locator('.composer textarea').getAttribute('placeholder')).toBe('Type your reply');
      await page.screenshot({ path: screenshotPath('focus-practice-open-phone.png') });
      await expectNoAxeViolations(page, 'practice: opened on a touch phone');

      await page.locator('.composer textarea').tap();
      await replyBoxFocused(page);
      await page.screenshot({ path: screenshotPath('focus-practice-tapped-phone.png') });
    } finally {
      await phone.close();
    }
  });
});
