import { describe, expect, it } from 'vitest';
import { moveInWords } from '@core/rubric/labels';
import { scoreReply } from '@core/rubric/score-reply';
import { screenshotPath, servedPageForEachTest } from '../helpers/browser-app';
import { collectPageErrors, signUpAndStartPractice } from './ui-actions';

// The live meter in the practice page (issue 11): it reads the draft sentence by sentence as the
// leader types, in words, and follows edits in the middle of the draft. Typed key by key in Chromium.

describe('the live meter while typing', { timeout: 60_000 }, () => {
  const opened = servedPageForEachTest({ width: 1100, height: 900 });

  it('reads the draft as it is typed and edited, the move in words', async () => {
    const { served, page } = opened;
    const errors = collectPageErrors(page);
    await signUpAndStartPractice(page, served.url);
    const box = page.getByRole('textbox', { name: /^Your reply to / });
    const meter = page.locator('.live-meter');

    await box.pressSequentially('What have you tried so far? ');
    await expect.poll(() => meter.textContent()).toContain('Ask');
    // A second sentence that carries the leader's own fix makes the reply a tell (dominance rule).
    await box.pressSequentially('Why not just call the vendor today?');
    await expect.poll(() => meter.textContent()).toContain(moveInWords('leading_question'));
    expect(await meter.textContent()).toContain('Tell');
    await page.screenshot({ path: screenshotPath('live-meter-typing.png') });

    // An edit in the middle: the leading question goes, the open question stays.
    const draft = await box.inputValue();
    await box.fill(draft.replace(' Why not just call the vendor today?', ''));
    await expect.poll(() => meter.textContent()).not.toContain('Tell');
    expect(scoreReply(await box.inputValue()).family).toBe('ask');
    await box.fill('');
    await expect.poll(() => meter.count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
