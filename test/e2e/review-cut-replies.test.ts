import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCoachAndLeader, signInAs, type ServedApp } from '../helpers/browser-app';
import { linkedPair, practise } from '../helpers/coaching';

// Issue #11: a persona reply the leader stopped, or one cut off, is marked as such wherever a
// transcript is read; here, on the coach's review page. Set up through the API; the two marks are
// set in the database as a stop and a dropped connection leave them (both paths have their own
// tests in test/server/rehearsal.test.ts).

describe('stopped and interrupted replies on the review page', { timeout: 120_000 }, () => {
  let served: ServedApp;
  let coach: Page;
  let close: () => Promise<void>;
  beforeEach(async () => {
    ({ served, coach, close } = await openCoachAndLeader());
  });
  afterEach(() => close?.());

  it('marks each cut reply, and only those', async () => {
    const { coach: coachUser, leader } = await linkedPair(served.app);
    const id = await practise(served.app, leader, ['What have you tried so far?', 'What would you do next?', 'Which would you try first?']);
    // Straight in the test database, on either engine.
    await served.database.query('update turns set stopped = true, interrupted = true where session_id = $1 and idx = 2', [id]);
    await served.database.query('update turns set interrupted = true where session_id = $1 and idx = 4', [id]);

    await signInAs(coach.context(), served, coachUser);
    await coach.goto(`${served.url}#/coaching/sessions/${id}`);
    await coach.getByRole('article', { name: 'Reply 3' }).waitFor();
    const persona = coach.locator('.review-turn-persona .bubble');
    const marks = await persona.evaluateAll((bubbles) => bubbles.map((b) => b.querySelector('.interrupted')?.textContent?.trim() ?? null));
    // The opening, then the answers to replies 1, 2 and 3.
    expect(marks).toEqual([null, '(stopped)', '(reply interrupted)', null]);
  });
});
