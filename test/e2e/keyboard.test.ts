import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../helpers/axe';
import { screenshotPath, servedPageForEachTest } from '../helpers/browser-app';
import { describeAx, everyTabStop, focusedAx, focusState, tabUntil, type FocusState } from './focus-probe';
import { sendReply, signUpThroughUi, startFirstScenario, uniqueEmail, waitForFocus, waitForIdle } from './ui-actions';

// A leader who uses only the keyboard: sign up, a three-reply session, the evidence behind a score,
// ending the session and reading the scorecard. Every step asserts where focus is, and every Tab
// stop on the way has a visible ring (at least 3:1 against its surroundings) not hidden by the reply box.

const REPLIES = [
  'What options do you see from where you are?',
  'What have you tried so far?',
  'Which of those would you like to take on first?',
];

/** The focused element's role and name as the accessibility tree has them, e.g. `button "Ask: …"`. */
const focused = async (page: Page) => describeAx(await focusedAx(page));

function expectVisibleRings(stops: FocusState[]) {
  for (const stop of stops) {
    const where = `${stop.tag}#${stop.id} "${stop.name.slice(0, 40)}"`;
    expect(stop.ring.style, where).not.toBe('none');
    expect(stop.ring.widthPx, where).toBeGreaterThanOrEqual(2);
    expect(stop.ring.contrast, where).toBeGreaterThanOrEqual(3);
    expect(stop.obscured, where).toBe(false);
  }
}

describe('keyboard only', { timeout: 90_000 }, () => {
  const opened = servedPageForEachTest({ width: 1100, height: 800 });

  it('signs up, practises three replies, opens evidence, ends and reads the scorecard', async () => {
    const { served, page } = opened;
    await page.goto(served.url);
    await page.getByRole('heading', { name: 'Log in' }).waitFor();
    expect(await page.title()).toBe('Log in — Askwell');

    // Sign up.
    expectVisibleRings(await tabUntil(page, (f) => f.name === 'Sign up'));
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('button "Sign up"');
    expect((await focusedAx(page)).states.pressed).toBe('true');
    expect(await page.title()).toBe('Create an account — Askwell');
    const fields: [string, string][] = [
      ['Name', 'Kim Keyboard'],
      ['Email', uniqueEmail()],
      ['Password', 'a long enough password'],
    ];
    for (const [label, value] of fields) {
      expectVisibleRings(await tabUntil(page, (f) => f.tag === 'input', { max: 1 }));
      expect(await focused(page)).toBe(`textbox "${label}"`);
      await page.keyboard.type(value);
      if (label === 'Name') await page.screenshot({ path: screenshotPath('keyboard-text-field-focus.png') });
    }
    expectVisibleRings(await tabUntil(page, (f) => f.tag === 'input', { max: 1 }));
    expect(await focused(page)).toBe('radio "Leader"');
    expect((await focusedAx(page)).states.checked).toBe('true');
    expectVisibleRings(await tabUntil(page, (f) => f.name === 'Create account', { max: 1 }));
    await page.keyboard.press('Enter');

    // Signed in: focus is on the first page's heading, not lost on <body>.
    await waitForFocus(page, 'h1');
    expect(await focused(page)).toBe('heading "Choose a conversation"');
    expect(await page.title()).toBe('Scenarios — Askwell');

    // Start the first scenario: the practice page opens with focus in the reply box, ring showing.
    expectVisibleRings(await tabUntil(page, (f) => f.name.startsWith('Start'), { max: 1 }));
    const startName = (await focusState(page)).name;
    expect(await focused(page)).toMatch(/^button "Start: .+"$/);
    await page.keyboard.press('Enter');
    await waitForFocus(page, 'textarea');
    expect(await focused(page)).toMatch(/^textbox "Your reply to /);
    expectVisibleRings([await focusState(page)]);
    const title = await page.locator('#practice-title').textContent();
    expect(await page.title()).toBe(`Practice: ${title} — Askwell`);
    expect(startName).toBe(`Start: ${title}`);

    // Three replies, typed and sent from the reply box, which keeps focus through each reply.
    for (const [i, reply] of REPLIES.entries()) {
      await page.keyboard.type(reply);
      await page.keyboard.press('Enter');
      await page.locator('.transcript > li').nth(2 * i + 2).waitFor();
      await waitForIdle(page);
      await page.locator('.turn-leader').nth(i).locator('.coaching-note').waitFor();
      await waitForFocus(page, 'textarea');
      expect(await focused(page)).toMatch(/^textbox "Your reply to /);
    }
    await expectNoAxeViolations(page, 'practice: after three replies');

    // The evidence of the third reply: Shift+Tab back from the reply box, past the reply's actions
    // (regenerate their reply, try again from here, edit and resend), to its score chip.
    expectVisibleRings(await tabUntil(page, (f) => f.tag === 'button' && !/Regenerate|Try again|Edit and resend/.test(f.name), { back: true, max: 4 }));
    const chip = await focusedAx(page);
    expect(describeAx(chip)).toMatch(/^button "(Ask|Tell|Other): [a-z ]+\. (Delegation L\d · [^.]+\. )?Show evidence"$/);
    expect(chip.states.expanded).toBe(false);
    const controls = await page.locator(':focus').getAttribute('aria-controls');
    expect(await page.locator(`#${controls}`).count()).toBe(1); // There before it is expanded.
    await page.keyboard.press('Enter');
    expect((await focusedAx(page)).states.expanded).toBe(true);
    await page.locator(`#${controls} .move`).first().waitFor();
    expect((await focusState(page)).obscured).toBe(false);
    await page.screenshot({ path: screenshotPath('keyboard-evidence.png') });

    // End the session: the confirm button takes focus, then the scorecard's heading does.
    expectVisibleRings(await tabUntil(page, (f) => f.name === 'End session', { back: true }));
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('button "End and see scorecard"');
    await page.keyboard.press('Enter');
    await waitForFocus(page, '#scorecard-title');
    expect(await focused(page)).toBe(`heading "${title}"`);
    expect(await page.title()).toBe(`Scorecard: ${title} — Askwell`);

    // Read the scorecard by Tab: every figure's turns, the transcript, then the next actions.
    const stops = await tabUntil(page, (f) => f.name === 'Practise this scenario again');
    expectVisibleRings(stops);
    expect(stops.filter((s) => s.tag === 'summary').map((s) => s.name)).toContain('Transcript (3 replies, 7 turns)');
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toMatch(/"Transcript \(3 replies, 7 turns\)"$/);
    await page.keyboard.press('Enter');
    expect(await page.locator('.transcript-review').getAttribute('open')).toBe('');
    const headings = await page.locator('main h2').allTextContents();
    expect(headings.length).toBeGreaterThanOrEqual(6); // Five or more figures and the debrief.
    expect(headings).toContain('Debrief');
    await page.screenshot({ path: screenshotPath('keyboard-scorecard.png'), fullPage: true });
  });

  it('every Tab stop on every screen has a ring of at least 3:1 that the reply box does not hide', async () => {
    const { served, page } = opened;
    const sweep = async (screen: string, atLeast: number) => {
      const stops = await everyTabStop(page);
      expect(stops.length, screen).toBeGreaterThanOrEqual(atLeast);
      expectVisibleRings(stops);
    };
    await page.goto(served.url);
    await page.getByRole('heading', { name: 'Log in' }).waitFor();
    await sweep('log-in', 5);
    await signUpThroughUi(page);
    await page.getByRole('heading', { name: 'Choose a conversation' }).waitFor();
    await sweep('scenarios', 6);
    await startFirstScenario(page);
    await sendReply(page, 'What options do you see from where you are?');
    await waitForIdle(page);
    await page.locator('.coaching-note').waitFor();
    await page.getByText('Brief and learning focus').click();
    await page.locator('.turn-leader .chip').click();
    await sweep('practice', 9);
    await page.getByRole('button', { name: 'End session' }).click();
    await page.getByRole('button', { name: 'End and see scorecard' }).click();
    await page.locator('.debrief').waitFor();
    await page.getByText(/^Transcript/).click();
    await sweep('scorecard', 10);
    await page.getByRole('link', { name: 'My sessions', exact: true }).click();
    await page.locator('.session-row').waitFor();
    await sweep('sessions', 6);
  });

  it('"Skip to content" moves focus into the page without leaving it; logging out keeps focus on the page', async () => {
    const { served, page } = opened;
    await page.goto(served.url);
    await signUpThroughUi(page, { name: 'Skip Tester' });
    await page.getByRole('heading', { name: 'Choose a conversation' }).waitFor();
    await page.goto(`${served.url}#/sessions`);
    await page.reload();
    await page.getByRole('heading', { name: 'My sessions' }).waitFor();

    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('link "Skip to content"');
    expectVisibleRings([await focusState(page)]);
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).hash).toBe('#/sessions');
    expect(await page.getByRole('heading', { name: 'My sessions' }).count()).toBe(1);
    expect((await focusState(page)).id).toBe('main');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('link "Pick a scenario"');

    // Logging out removes the button that had focus: the log-in form's heading takes it.
    await tabUntil(page, (f) => f.name === 'Log out', { back: true });
    await page.keyboard.press('Enter');
    await waitForFocus(page, 'h1');
    expect(await focused(page)).toBe('heading "Log in"');
    expect(await page.title()).toBe('Log in — Askwell');
  });
});
