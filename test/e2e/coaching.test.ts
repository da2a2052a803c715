import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../helpers/axe';
import { openCoachAndLeader, screenshotPath, type ServedApp } from '../helpers/browser-app';
import { collectPageErrors, practiseAndEnd, signUpThroughUi, startFirstScenario } from './ui-actions';

describe('coaching in the browser', { timeout: 120_000 }, () => {
  let served: ServedApp;
  let coach: Page;
  let leader: Page;
  let close: () => Promise<void>;

  // Two people, two browser contexts: separate cookies.
  beforeEach(async () => {
    ({ served, coach, leader, close } = await openCoachAndLeader());
  });
  afterEach(() => close?.());

  it('invite, practise, review with a comment, an override and a summary; the leader sees them, then stops sharing', async () => {
    const errors = collectPageErrors(coach, leader);

    // The coach invites.
    await coach.goto(served.url);
    await signUpThroughUi(coach, { role: 'Coach', name: 'Cora Coach' });
    await coach.getByRole('navigation', { name: 'Mode' }).getByRole('link', { name: 'Coaching' }).click();
    await coach.getByRole('heading', { name: 'Coaching', level: 1 }).waitFor();
    await coach.getByText('No leader shares their practice with you yet.').waitFor();
    await expectNoAxeViolations(coach, 'coach: dashboard (no leaders)');
    await coach.getByRole('button', { name: 'Create an invite' }).click();
    const url = await coach.getByLabel('Invite link').inputValue();
    await expectNoAxeViolations(coach, 'coach: invite created');
    expect(url).toMatch(/#\/invites\/[\w-]{24}$/);

    // The leader opens the link, signs up there, accepts, and practises.
    await leader.goto(url);
    await signUpThroughUi(leader, { name: 'Lee Leader' });
    await leader.getByRole('heading', { name: 'Share your practice with Cora Coach?' }).waitFor();
    await leader.screenshot({ path: screenshotPath('coaching-accept-invite.png') });
    await expectNoAxeViolations(leader, 'leader: accept invite');
    await leader.getByRole('button', { name: 'Share with Cora Coach' }).click();
    await leader.getByText('You now share your practice with Cora Coach.').waitFor();
    await expectNoAxeViolations(leader, 'leader: invite accepted');
    await leader.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Scenarios' }).click();
    await startFirstScenario(leader);
    await practiseAndEnd(leader, ['You should just send the numbers to finance today.', 'What do you think is getting in the way?', 'What would you try first?']);
    // The leader moves on to their list while the coach reviews.
    await leader.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My sessions' }).click();
    await leader.locator('.session-row').first().waitFor();
    expect(await leader.getByText(/new from your coach/).count()).toBe(0);

    // The coach sees the leader on the dashboard and opens the transcript.
    await coach.reload();
    const row = coach.getByRole('row', { name: /Lee Leader/ });
    await row.waitFor();
    await expect.poll(() => row.locator('svg.sparkline').count()).toBe(2);
    await coach.getByRole('link', { name: /^Review\b.*Lee Leader/ }).waitFor();
    await coach.screenshot({ path: screenshotPath('coaching-dashboard.png'), fullPage: true });
    await expectNoAxeViolations(coach, 'coach: dashboard with a leader and sparklines');
    await coach.getByRole('link', { name: 'Lee Leader', exact: true }).click();
    await coach.getByRole('heading', { name: 'Lee Leader', level: 1 }).waitFor();
    await coach.locator('.session-row').first().waitFor();
    await coach.screenshot({ path: screenshotPath('coaching-leader-page.png'), fullPage: true });
    await expectNoAxeViolations(coach, 'coach: leader page');
    await coach.goBack();
    // The sheet of the leaders' session figures downloads from the dashboard.
    const [sheet] = await Promise.all([coach.waitForEvent('download'), coach.getByRole('link', { name: 'Download session figures (CSV)' }).click()]);
    expect(sheet.suggestedFilename()).toBe('askwell-leader-sessions.csv');
    const sheetText = readFileSync(await sheet.path(), 'utf8');
    expect(sheetText.split('\r\n')[0]).toMatch(/^"leader","leader_email","session_id",.*"adjusted_overall"$/);
    expect(sheetText).toContain('"Lee Leader"');
    await coach.getByRole('link', { name: /^Review\b.*Lee Leader/ }).click();
    await coach.getByRole('article', { name: 'Reply 2' }).waitFor();
    await expectNoAxeViolations(coach, 'coach: review page');

    // Comment on the second reply (transcript turn 3).
    const second = coach.getByRole('article', { name: 'Reply 2' });
    await second.getByLabel('Comment on reply 2').fill('Good open question: you left the diagnosis to them.');
    await second.getByRole('button', { name: 'Comment', exact: true }).click();
    await second.getByText('Good open question: you left the diagnosis to them.').waitFor();
    await expectNoAxeViolations(coach, 'coach: review page with a comment thread');

    // Override the first reply's first move, with a reason.
    const first = coach.getByRole('article', { name: 'Reply 1' });
    await first.getByRole('button', { name: 'Override move 1 of reply 1' }).click();
    await first.getByLabel('Label').waitFor();
    await expectNoAxeViolations(coach, 'coach: override form open');
    await first.getByLabel('Label').selectOption('directive');
    await first.getByLabel('Reason (required)').fill('"Send it today" is an instruction, not advice.');
    await first.getByRole('button', { name: 'Save override' }).click();
    await first.getByText('Overridden by Cora Coach').waitFor();
    await coach.getByText(/with overrides by Cora Coach/).waitFor();
    // And the last reply's delegation level: asking what they would try first hands the decision over (7); the coach
    // reads it as a handover they will hear back about (6).
    const last = coach.getByRole('article', { name: 'Reply 3' });
    await last.getByRole('button', { name: 'Override delegation of reply 3' }).click();
    await last.getByLabel('Delegation level').selectOption('6');
    await last.getByLabel('Reason (required)').fill('They will tell me what they tried: inquire, not delegate.');
    await last.getByRole('button', { name: 'Save override' }).click();
    await last.getByText('Overridden by Cora Coach').waitFor();
    await coach.getByText(/Delegation: level 6 \(inquire\) \(was level 7 \(delegate\)\)/).waitFor();

    // Mark reviewed with a summary.
    await coach.getByLabel('Summary for the leader').fill('Strong second half. Next time, ask before you suggest.');
    await coach.getByRole('button', { name: 'Mark reviewed' }).click();
    await coach.getByRole('heading', { name: 'Reviewed' }).waitFor();
    await coach.screenshot({ path: screenshotPath('coaching-review.png'), fullPage: true });
    await expectNoAxeViolations(coach, 'coach: review page reviewed, with overrides');

    // The leader sees an unread marker, then the comment, the override and the summary.
    await leader.reload();
    await leader.getByText('4 new from your coach').waitFor();
    await expectNoAxeViolations(leader, 'leader: sessions with coach notes unread');
    await leader.getByRole('link', { name: /^Scorecard/ }).click();
    const notes = leader.getByRole('region', { name: 'From your coach' });
    await notes.getByText('Strong second half. Next time, ask before you suggest.').waitFor();
    await notes.getByText('Good open question: you left the diagnosis to them.').waitFor();
    await expect.poll(() => notes.getByText('Overridden by Cora Coach').count()).toBe(2);
    await notes.getByText(/Delegation: level 6/).first().waitFor();
    await notes.getByText(/instruction, not advice/).waitFor();
    await notes.getByLabel('Answer Cora Coach on reply 2').fill('Thanks, I waited longer there.');
    await notes.getByRole('button', { name: 'Answer' }).click();
    await notes.getByText('Thanks, I waited longer there.').waitFor();
    await notes.scrollIntoViewIfNeeded();
    await leader.screenshot({ path: screenshotPath('coaching-leader-view.png'), fullPage: true });
    await expectNoAxeViolations(leader, 'leader: coaching notes on the scorecard');
    // The answer reaches the coach's open review page through its socket.
    await coach.getByText('Thanks, I waited longer there.', { exact: true }).waitFor();

    // Calibration: three replies reviewed, one move label and one delegation level changed.
    await coach.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Calibration' }).click();
    await coach.getByRole('region', { name: 'Move labels' }).getByText(/You kept 2 of 3 labels/).waitFor();
    await coach.getByRole('region', { name: 'Delegation level' }).getByText(/You kept 2 of 3 labels/).waitFor();
    await coach.screenshot({ path: screenshotPath('coaching-calibration.png'), fullPage: true });
    await expectNoAxeViolations(coach, 'coach: calibration');
    await coach.goBack();
    await coach.getByRole('article', { name: 'Reply 1' }).waitFor();
    await leader.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My sessions' }).click();
    await leader.locator('.session-row').first().waitFor();
    expect(await leader.getByText(/new from your coach/).count()).toBe(0);

    // The leader stops sharing; the coach's open review page loses the session at once.
    await leader.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sharing' }).click();
    await leader.getByRole('button', { name: 'Stop sharing with Cora Coach' }).waitFor();
    await expectNoAxeViolations(leader, 'leader: sharing');
    await leader.getByRole('button', { name: 'Stop sharing with Cora Coach' }).click();
    await leader.getByRole('button', { name: 'Yes, stop sharing with Cora Coach' }).waitFor();
    await expectNoAxeViolations(leader, 'leader: sharing, confirm stop');
    await leader.getByRole('button', { name: 'Yes, stop sharing with Cora Coach' }).click();
    await leader.getByText('You do not share your practice with anyone.').waitFor();
    await expectNoAxeViolations(leader, 'leader: sharing with no one');
    await coach.getByText('This leader stopped sharing their practice with you').waitFor();
    await expectNoAxeViolations(coach, 'coach: review page after the leader stopped sharing');
    await coach.reload();
    await coach.getByText('No session with that id.').waitFor();
    await expectNoAxeViolations(coach, 'coach: review page, unknown session');
    await coach.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
    await coach.getByText('No leader shares their practice with you yet.').waitFor();
    expect(errors).toEqual([]);
  });
});
