import { describe, expect, it } from 'vitest';
import { servedPageForEachTest } from '../helpers/browser-app';
import { heardFromLiveRegions, listenToLiveRegions } from './live-regions';
import { sendReply, signUpAndStartPractice, waitForIdle } from './ui-actions';

// What a screen-reader user hears while the persona replies: that it started, the finished reply
// once, and the coaching note once; never the reply word by word as it streams.

describe('live announcements for one reply', { timeout: 60_000 }, () => {
  const opened = servedPageForEachTest({ width: 1100, height: 900 });

  it('announces the start, the finished reply once and the note once; no note when notes are off', async () => {
    const { served, page } = opened;
    await signUpAndStartPractice(page, served.url);
    const name = (await page.locator('.turn-persona .speaker').first().textContent())!;
    await listenToLiveRegions(page);

    await sendReply(page, 'What options do you see from where you are?');
    await waitForIdle(page);
    const leader = page.locator('.turn-leader').first();
    await leader.locator('.coaching-note').waitFor();
    const reply = await page.locator('.turn-persona .bubble').last().textContent();
    const note = await leader.locator('.coaching-note p').textContent();
    expect(reply!.split(' ').length).toBeGreaterThan(3); // Streamed in several pieces, heard as one.
    await expect.poll(() => heardFromLiveRegions(page)).toEqual([
      `${name} is replying`,
      `${name} said: ${reply}`,
      `Coaching note: ${note}`,
    ]);

    // With coaching notes off, the reply is all there is to hear.
    const notes = page.getByRole('switch', { name: 'Coaching notes' });
    await notes.uncheck();
    await expect.poll(() => notes.getAttribute('aria-busy')).toBeNull(); // Saved.
    await listenToLiveRegions(page);
    await sendReply(page, 'What would help you most right now?');
    await waitForIdle(page);
    const second = await page.locator('.turn-persona .bubble').last().textContent();
    await expect.poll(() => heardFromLiveRegions(page)).toEqual([`${name} is replying`, `${name} said: ${second}`]);

    // Once said, the words leave the hidden region, so reading the page does not meet a second copy.
    const region = page.locator('main [role="status"][aria-live="polite"]');
    await expect.poll(() => region.textContent(), { timeout: 10_000, interval: 500 }).toBe('');
  });
});
