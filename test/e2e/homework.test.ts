import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../helpers/axe';
import { openCoachAndLeader, screenshotPath, type ServedApp } from '../helpers/browser-app';
import { builtInScenario } from '../helpers/scenarios';
import { collectPageErrors, practiseAndEnd, signUpThroughUi, waitForIdle } from './ui-actions';

// A coach writes a scenario in the form, tries it, publishes and assigns it with a target; the
// leader misses the target on a first attempt and meets it on a second; the coach sees both.
// The second try is a branch from the first attempt's first reply.

describe('homework in the browser', { timeout: 180_000 }, () => {
  let served: ServedApp;
  let coach: Page;
  let leader: Page;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ served, coach, leader, close } = await openCoachAndLeader(15_000));
  }, 120_000);
  afterAll(() => close?.());

  it('write, try, publish, assign with a target; below target, then target met; the coach sees both attempts', async () => {
    const errors = collectPageErrors(coach, leader);

    await coach.goto(served.url);
    await signUpThroughUi(coach, { role: 'Coach', name: 'Cora Coach' });
    await coach.getByRole('navigation', { name: 'Mode' }).getByRole('link', { name: 'Coaching' }).click();
    await coach.getByRole('button', { name: 'Create an invite' }).click();
    const url = await coach.getByLabel('Invite link').inputValue();
    await leader.goto(url);
    await signUpThroughUi(leader, { name: 'Lee Leader' });
    await leader.getByRole('button', { name: 'Share with Cora Coach' }).click();
    await leader.getByText('You now share your practice with Cora Coach.').waitFor();

    // The coach writes a scenario; saving it empty shows the scenarios:check messages next to the fields.
    await coach.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Homework' }).click();
    await coach.getByRole('heading', { name: 'Homework', level: 1 }).waitFor();
    await coach.getByRole('link', { name: 'Write a scenario' }).click();
    await coach.getByRole('heading', { name: 'New scenario', level: 1 }).waitFor();
    await coach.getByRole('button', { name: 'Save draft' }).click();
    await coach.locator('.form-error[data-path="/title"]').waitFor();
    expect(await coach.locator('.form-error[data-path="/brief"]').textContent()).toBe('must not have fewer than 1 characters');
    await coach.screenshot({ path: screenshotPath('homework-scenario-errors.png'), fullPage: true });
    await expectNoAxeViolations(coach, 'scenario form with errors');

    const s = builtInScenario('late-onboarding-guide');
    const fill = (label: string, value: string) => coach.getByLabel(label, { exact: true }).fill(value);
    await fill('Id (lowercase letters, digits and dashes)', 'report-slips');
    await fill('Title', 'Quarterly report slips');
    await fill('Brief: what the leader reads before starting', s.brief);
    await fill('Learning focus', s.learningFocus);
    await coach.getByLabel('Difficulty').selectOption(s.difficulty);
    await fill('Name', s.persona.name);
    await fill('Role', s.persona.role);
    await fill('Personality', s.persona.personality);
    await fill('Mood', s.persona.mood);
    await coach.getByLabel('Speaking style').selectOption(s.persona.speakingStyle);
    await fill('Opening line', s.openingLine);
    await fill('What the persona wants', s.wants);
    for (const [i, f] of s.hiddenFacts.entries()) {
      if (i >= 2) await coach.getByRole('button', { name: 'Add a hidden fact' }).click();
      await fill(`Fact ${i + 1} id`, f.id);
      await fill(`Fact ${i + 1}`, f.fact);
      await fill(`Fact ${i + 1} topics (comma-separated)`, f.topics.join(', '));
    }
    await fill('Summary', s.ownIdea.summary);
    await fill('How they say it', s.ownIdea.text);
    await fill('Keywords (comma-separated)', s.ownIdea.keywords.join(', '));
    await fill('The persona commits (an action and a time)', s.ownership.personaCommits);
    await fill('The leader takes over', s.ownership.leaderTakesOver);
    await coach.getByRole('button', { name: 'Save draft' }).click();
    await coach.getByRole('heading', { name: 'Edit scenario: Quarterly report slips', level: 1 }).waitFor();
    await expectNoAxeViolations(coach, 'scenario editor');

    // Try it: the draft plays in a practice session of the coach's own.
    await coach.getByRole('button', { name: 'Try it' }).click();
    await coach.locator('.transcript .turn-persona').first().waitFor();
    expect(await coach.locator('.transcript .turn-persona').first().textContent()).toContain(s.openingLine.slice(0, 30));
    await coach.goBack();
    await coach.getByRole('heading', { name: 'Edit scenario: Quarterly report slips', level: 1 }).waitFor();
    await coach.getByRole('button', { name: 'Publish' }).click();
    await coach.getByText('Published: your leaders can see it now.').waitFor();

    // Assign it with a target.
    await coach.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Homework' }).click();
    await coach.getByLabel('Scenario', { exact: true }).selectOption({ label: 'Quarterly report slips (yours)' });
    await coach.getByLabel('Lee Leader').check();
    await coach.getByLabel(/^Due/).fill('2099-12-01T17:00');
    await coach.getByLabel('Target figure (optional)').selectOption('askRatio');
    await coach.getByLabel('At least (%)').fill('60');
    await coach.getByLabel('Maximum attempts (optional)').fill('3');
    await coach.getByLabel('Note (optional)').fill('Ask before you tell.');
    await coach.getByRole('button', { name: 'Assign' }).click();
    await coach.screenshot({ path: screenshotPath('homework-assign.png'), fullPage: true });
    await coach.getByRole('status').filter({ hasText: 'Assigned.' }).waitFor();
    await coach.getByTestId('assignment').waitFor();
    await expectNoAxeViolations(coach, 'homework (coach)');

    // The leader sees it on the home page and misses the target on a first attempt.
    await leader.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Scenarios' }).click();
    const item = leader.getByTestId('homework-item');
    await item.waitFor();
    expect(await item.textContent()).toContain('target ask ratio >= 60%');
    await leader.screenshot({ path: screenshotPath('homework-leader-home.png'), fullPage: true });
    await expectNoAxeViolations(leader, 'home with homework');
    await leader.getByRole('button', { name: 'Start an attempt: Quarterly report slips' }).click();
    await practiseAndEnd(leader, ['You should just send the report today.', 'Send it to me and I will fix it.']);
    await leader.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Scenarios' }).click();
    await item.getByText('below target').waitFor();

    // The second try branches from the first reply of the first attempt ("Practise again" on My sessions).
    await leader.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My sessions' }).click();
    await leader.getByText('Practise again', { exact: false }).first().click();
    await leader.getByRole('link', { name: 'Branch from a reply' }).first().click();
    await leader.getByRole('button', { name: 'Try again from here (reply 1)' }).click();
    await leader.getByText(/A branch from reply 1 of/).waitFor();
    await waitForIdle(leader);
    // The target stands next to the live figures while practising.
    const target = leader.getByTestId('homework-target');
    await target.waitFor();
    expect(await target.textContent()).toMatch(/attempt 2 of 3: target ask ratio >= 60% · best so far 0%/);
    await leader.screenshot({ path: screenshotPath('homework-attempt-target.png') });
    await practiseAndEnd(leader, ['What is getting in the way of the report?', 'What options do you see?']);
    await leader.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Scenarios' }).click();
    await item.getByText('target met').waitFor();

    // The coach sees "target met" with both attempts, each linked to its review page.
    await coach.reload();
    const row = coach.getByRole('row', { name: /Lee Leader/ });
    await row.getByText('target met').waitFor();
    const attempts = row.getByRole('link', { name: /^Attempt \d/ });
    expect(await attempts.count()).toBe(2);
    expect(await attempts.nth(0).textContent()).toMatch(/Attempt 1: 0%/);
    expect(await attempts.nth(1).textContent()).toMatch(/Attempt 2: 67% ✓/);
    await coach.screenshot({ path: screenshotPath('homework-coach-completion.png'), fullPage: true });
    await attempts.nth(1).click();
    await coach.getByRole('article', { name: 'Reply 1' }).waitFor();
    expect(errors).toEqual([]);
  });
});
