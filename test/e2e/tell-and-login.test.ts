import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../helpers/axe';
import { screenshotPath, servedPageForEachTest } from '../helpers/browser-app';
import { focusedAx } from './focus-probe';
import { sendReply, signUpThroughUi, startFirstScenario, uniqueEmail, waitForIdle } from './ui-actions';

describe('tell replies and log-in errors in the browser', { timeout: 60_000 }, () => {
  const opened = servedPageForEachTest({ width: 360, height: 780 });

  it('shows the API message for a wrong password, a short password and a taken email', async () => {
    const { served, page } = opened;
    await page.goto(served.url);
    const email = await signUpThroughUi(page);
    await page.getByRole('button', { name: 'Log out' }).click();

    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Log in' }).last().click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const wrongPassword = await alert.textContent();
    expect(wrongPassword?.length).toBeGreaterThan(5);
    await page.screenshot({ path: screenshotPath('e2e-login-error.png'), fullPage: true });
    await expectNoAxeViolations(page, 'log-in: wrong password (phone)');

    await page.getByRole('button', { name: 'Sign up' }).click();
    expect(await page.getByRole('alert').count()).toBe(0); // Switching forms clears the old error.
    await page.getByLabel('Name').fill('Short');
    await page.getByLabel('Email').fill(uniqueEmail());
    await page.getByLabel('Password').fill('short');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/password|8/i);

    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('a long enough password');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/email|already|exists/i);

    // The right password gets in.
    await page.getByRole('button', { name: 'Log in' }).first().click();
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('a long enough password');
    await page.getByRole('button', { name: 'Log in' }).last().click();
    await page.getByRole('heading', { name: 'Choose a conversation' }).waitFor();
  });

  it('marks a reply that hands over a solution as tell, on a phone-sized screen', async () => {
    const { served, page } = opened;
    await page.goto(served.url);
    await signUpThroughUi(page);
    await page.getByRole('heading', { name: 'Choose a conversation' }).waitFor();
    await page.screenshot({ path: screenshotPath('e2e-mobile-scenarios.png'), fullPage: true });
    await startFirstScenario(page);

    // Per-turn notes off: none streams under the reply; it is kept for the debrief instead.
    const notes = page.getByRole('switch', { name: 'Coaching notes' });
    await notes.uncheck();
    await expect.poll(() => notes.getAttribute('aria-busy')).toBeNull(); // Saved.

    await sendReply(page, 'You should call the client today and tell them we will fix it. Send me the plan by Friday.');
    await waitForIdle(page);
    expect(await page.locator('.coaching-note').count()).toBe(0);
    const chip = page.locator('.turn-leader .chip').first();
    await expect.poll(() => chip.textContent()).toContain('Tell');
    expect(await chip.getAttribute('class')).toContain('chip-tell');
    // Its name as Chromium's accessibility tree has it: family, deciding move, delegation, action.
    await chip.focus();
    expect((await focusedAx(page)).name).toMatch(/^Tell: (advice|directive)\. Delegation L\d · \w+\. Show evidence$/);
    await chip.click();
    expect(await page.locator('.score-details').textContent()).toMatch(/Advice|Directive/);
    await page.screenshot({ path: screenshotPath('e2e-mobile-chat.png') });
    await expectNoAxeViolations(page, 'practice: tell evidence, notes off (phone)');

    await page.getByRole('button', { name: 'End session' }).click();
    await page.getByRole('button', { name: 'End and see scorecard' }).click();
    await page.locator('#scorecard-title').waitFor();
    await page.getByText(/^Transcript/).click();
    await page.locator('.transcript-review .chip-tell').waitFor();
    expect(await page.locator('.transcript-review .coaching-note').count()).toBe(1);
    await page.screenshot({ path: screenshotPath('e2e-mobile-scorecard.png'), fullPage: true });
  });
});
