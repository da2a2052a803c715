import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../helpers/axe';
import { openCoachAndLeader, screenshotPath, signInAs, type ServedApp } from '../helpers/browser-app';
import { call, linkedPair, practise } from '../helpers/coaching';
import { openStream } from '../helpers/ws-client';
import type { Page } from 'playwright-core';

// Issue #11: a coach's comment on a reply the leader then edits and resends stays on the review
// page, on "an earlier version of reply 2" with the words it was about. Set up through the API (real
// HTTP handlers, real WebSocket), read in Chromium.

const TELLING = 'You should just call the vendor today and sort it out.';
const EDITED = 'What would you do if it were up to you?';

describe('annotations on an earlier version, in the browser', { timeout: 120_000 }, () => {
  let served: ServedApp;
  let coach: Page;
  let close: () => Promise<void>;
  beforeEach(async () => {
    ({ served, coach, close } = await openCoachAndLeader());
  });
  afterEach(() => close?.());


  it('shows the coach’s thread and override on the earlier version, and the new reply free of them', async () => {
    const { coach: coachUser, leader } = await linkedPair(served.app);
    const id = await practise(served.app, leader, ['What have you tried so far?', TELLING], { end: false });
    const comment = (await call(served.app, coachUser, 'POST', `/api/sessions/${id}/comments`, { turnIndex: 3, text: 'This tells them what to do.' })).json();
    await call(served.app, coachUser, 'POST', `/api/sessions/${id}/overrides`, { turnIndex: 3, target: 'delegation', to: 1, reason: 'Takes the decision back' });
    const ws = await openStream(served.app, id, leader.cookie);
    ws.send({ type: 'edit', text: EDITED });
    await ws.until('feedback.done');
    ws.close();

    await signInAs(coach.context(), served, coachUser);
    await coach.goto(`${served.url}#/coaching/sessions/${id}`);
    const reply = coach.getByRole('article', { name: 'Reply 2' });
    await reply.locator('.review-text').getByText(EDITED).waitFor();
    const earlier = reply.getByRole('region', { name: 'On an earlier version of reply 2' });
    await earlier.getByText(TELLING).waitFor();
    await earlier.getByText('This tells them what to do.').waitFor();
    await earlier.getByText(/changed delegation from level 2 .* to level 1 .* Takes the decision back/).waitFor();
    // The override is not shown as one on the new words.
    expect(await reply.locator('.review-moves .override-note').count()).toBe(0);

    // The thread goes on there: the coach answers it.
    await earlier.getByLabel(`Answer Cora Coach on reply 2`).fill('You changed it: much better.');
    await earlier.getByRole('button', { name: 'Answer', exact: true }).click();
    await earlier.getByText('You changed it: much better.').waitFor();
    const stored = (await call(served.app, coachUser, 'GET', `/api/sessions/${id}`)).json();
    expect(stored.comments.find((c: { parentId: string | null }) => c.parentId === comment.id)).toMatchObject({ earlierVersion: { text: TELLING } });

    await coach.screenshot({ path: screenshotPath('coaching-earlier-version.png'), fullPage: true });
    await expectNoAxeViolations(coach, 'coach: review with an earlier version');
  });
});
