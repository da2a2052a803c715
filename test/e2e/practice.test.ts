import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { screenshotPath, servedPageForEachTest } from '../helpers/browser-app';
import { heardFromLiveRegions, listenToLiveRegions } from './live-regions';
import { collectPageErrors, sendReply, signUpAndStartPractice, waitForIdle } from './ui-actions';

interface DomBatch {
  transcript: boolean;
  streamingBubble: boolean;
  streamingTokens: boolean;
  /** Words in the streaming bubble after this batch. */
  streamingWords: number;
}

/** In the page: records, per DOM mutation batch, whether it touched the transcript and what the stream showed. */
function recordDomBatches() {
  const batches: DomBatch[] = [];
  (window as unknown as { domBatches: DomBatch[] }).domBatches = batches;
  const inside = (node: Node, selector: string) =>
    !!(node instanceof Element ? node : node.parentElement)?.closest(selector);
  new MutationObserver((records) => {
    const bubble = document.querySelector('.bubble-streaming');
    batches.push({
      transcript: records.some((r) => inside(r.target, '.transcript')),
      streamingBubble: !!bubble,
      streamingTokens: !!bubble && !bubble.querySelector('.typing'),
      streamingWords: (bubble?.textContent ?? '').trim().split(/\s+/).filter(Boolean).length,
    });
  }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
}

/** A whole streamed reply can take seconds on a busy machine (the other browser tests wait as long). */
const STREAMED = { timeout: 15_000 };

describe('practice in the browser', { timeout: 60_000 }, () => {
  const opened = servedPageForEachTest({ width: 1100, height: 900 });

  it('signs up, asks an open question, sees the reply stream and the score, and ends on a scorecard', async () => {
    const { served, page } = opened;
    const pageErrors = collectPageErrors(page);
    await signUpAndStartPractice(page, served.url);

    await page.evaluate(recordDomBatches);
    await sendReply(page, 'What options do you see from where you are?');

    // The reply streams into its own bubble before it joins the transcript. Read from the recorded DOM
    // batches, not by polling the page: a poll on animation frames can miss a short stream on a busy machine.
    const mostWordsStreamed = () => page.evaluate(() => Math.max(0, ...(window as unknown as { domBatches: DomBatch[] }).domBatches.map((b) => b.streamingWords)));
    await expect.poll(mostWordsStreamed, STREAMED).toBeGreaterThanOrEqual(2);
    await expect.poll(() => page.locator('.transcript > li').count(), STREAMED).toBe(3);
    await waitForIdle(page);

    // While tokens arrive, only the streaming bubble changes: the transcript's DOM is not touched.
    const batches = await page.evaluate(() => (window as unknown as { domBatches: DomBatch[] }).domBatches);
    const first = batches.findIndex((b) => b.streamingTokens);
    const done = batches.findIndex((b, i) => i > first && !b.streamingBubble);
    expect(first).toBeGreaterThanOrEqual(0);
    expect(done - first).toBeGreaterThanOrEqual(3);
    expect(batches.slice(first, done).filter((b) => b.transcript)).toEqual([]);

    const leader = page.locator('.turn-leader').first();
    const chip = leader.locator('.chip');
    await expect.poll(() => chip.textContent()).toContain('Ask');
    expect(await chip.getAttribute('class')).toContain('chip-ask');

    // The chip opens the evidence: the exact words, marked, with the move and its reason.
    await chip.click();
    const details = leader.locator('.score-details');
    await details.waitFor();
    expect(await details.textContent()).toContain('Open question');
    const marked = await leader.locator('.bubble-leader mark').allTextContents();
    expect(marked.join('')).toContain('What options do you see');

    // Coaching notes are on by default and land under the leader turn.
    await leader.locator('.coaching-note').waitFor();
    expect((await leader.locator('.coaching-note p').textContent())?.trim().length).toBeGreaterThan(10);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.screenshot({ path: screenshotPath('e2e-chat.png') });

    await page.getByRole('button', { name: 'End session' }).click();
    await page.getByRole('button', { name: 'End and see scorecard' }).click();
    await page.getByRole('heading', { level: 1, name: /./ }).and(page.locator('#scorecard-title')).waitFor();
    await expect.poll(() => page.locator('.figure').count()).toBeGreaterThanOrEqual(5);
    // One reply is not enough to score (issue 11): no overall, every figure says so.
    expect(await page.locator('.overall-number').textContent()).toBe('Not enough to score');
    expect(await page.locator('.band-rule').first().textContent()).toMatch(/\d/);
    expect(await page.locator('.debrief').textContent()).toMatch(/\w{4}/);
    await page.screenshot({ path: screenshotPath('e2e-scorecard.png'), fullPage: true });

    // The ended session is listed with a way back to its scorecard.
    await page.getByRole('link', { name: 'My sessions', exact: true }).click();
    await page.locator('.session-row').first().waitFor();
    expect(await page.locator('.session-row .pill').first().textContent()).toBe('Ended');
    expect(await page.getByRole('link', { name: /^Scorecard/ }).count()).toBe(1);
    await page.screenshot({ path: screenshotPath('e2e-sessions.png') });

    expect(pageErrors).toEqual([]);
  });

  it('reconnects after the socket drops and reloads the transcript it missed', async () => {
    const { served, page } = opened;
    await signUpAndStartPractice(page, served.url);
    const sessionId = decodeURIComponent(new URL(page.url()).hash.split('/')[2]);

    // Another tab answers while this page still shows only the opening line...
    const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    const other = new WebSocket(`${served.url.replace('http', 'ws')}api/sessions/${sessionId}/stream`, { headers: { cookie } });
    const done = new Promise<void>((resolve, reject) => {
      other.on('message', (data) => JSON.parse(String(data)).type === 'feedback.done' && resolve());
      other.on('error', reject);
    });
    await new Promise((resolve) => other.once('open', resolve));
    other.send(JSON.stringify({ type: 'reply', text: 'What have you tried so far?' }));
    await done;
    other.close();
    // Every socket on a session sees every turn live (issue 11): this page has it without a reload.
    await expect.poll(() => page.locator('.transcript > li').count(), STREAMED).toBe(3);

    // ...then this page's socket drops: it reconnects and reloads the stored transcript, and a
    // screen-reader user hears both, once.
    await listenToLiveRegions(page);
    for (const client of served.app.websocketServer.clients) client.terminate();
    await expect.poll(() => page.locator('.transcript > li').count(), STREAMED).toBe(3);
    await expect.poll(() => heardFromLiveRegions(page)).toEqual(['Connection lost. Reconnecting…', 'Connected again.']);
    expect(await page.locator('.turn-leader .bubble').textContent()).toBe('What have you tried so far?');

    await waitForIdle(page);
    await sendReply(page, 'What would help most right now?');
    await expect.poll(() => page.locator('.transcript > li').count(), STREAMED).toBe(5);
  });
});
