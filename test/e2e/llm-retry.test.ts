import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../helpers/axe';
import { openServedPage, screenshotPath, type ServedApp } from '../helpers/browser-app';
import { scriptAskwellCalls, startFakeOpenAiServer, type FakeOpenAiServer } from '../helpers/fake-openai-server';
import { sendReply, signUpThroughUi, startFirstScenario, waitForFocus, waitForIdle } from './ui-actions';

// Model mode against the loopback fake endpoint: a persona stream that breaks shows the server's
// message with a Retry button, and Retry completes the turn.

const PERSONA = ['Well, ', 'I have ', 'tried two ', 'things already.'];

describe('a model failure in the browser', { timeout: 60_000 }, () => {
  let fake: FakeOpenAiServer;
  let served: ServedApp;
  let close: () => Promise<void>;
  let page: Page;

  beforeEach(async () => {
    fake = await startFakeOpenAiServer();
    const calls = scriptAskwellCalls(fake, {
      judge: { kind: 'json', value: { changes: [] } },
      persona_state: { kind: 'json', value: { revealedFactIds: [], ideaSurfaced: false, nextStepOwner: 'nobody' } },
      persona: { kind: 'text', tokens: PERSONA, delayMs: 20 },
      feedback: { kind: 'text', tokens: ['You asked ', 'an open question.'] },
      debrief: { kind: 'text', tokens: ['A short debrief.'] },
    });
    calls.persona.push({ kind: 'cut-mid-stream', tokens: ['I ', 'think '] });
    ({ served, page, close } = await openServedPage(
      { width: 1000, height: 800 },
      { LLM_BASE_URL: fake.baseURL, LLM_MODEL: 'fake-chat', LLM_TIMEOUT_MS: '2000', LLM_MAX_RETRIES: '0' },
    ));
  });

  afterEach(async () => {
    await close?.();
    await fake?.close();
  });

  it('shows the error with Retry, keeps the cut reply marked, and completes the turn on Retry', async () => {
    await page.goto(served.url);
    await signUpThroughUi(page);
    await startFirstScenario(page);

    await sendReply(page, 'What have you tried so far?');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/saved/i);
    await page.locator('.interrupted').waitFor();
    expect(await page.locator('.turn-persona').last().textContent()).toContain('I think');
    await page.screenshot({ path: screenshotPath('e2e-llm-error.png') });
    await expectNoAxeViolations(page, 'practice: model error with Retry');

    // The Retry button goes away when pressed: focus moves to the page's heading, not to <body>.
    await alert.getByRole('button', { name: 'Retry' }).focus();
    await page.keyboard.press('Enter');
    await waitForFocus(page, '#practice-title');
    await waitForIdle(page);
    await expect.poll(() => page.locator('.transcript > li').count()).toBe(3);
    expect(await page.locator('.turn-persona').last().textContent()).toContain(PERSONA.join(''));
    expect(await page.locator('.interrupted').count()).toBe(0);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.locator('.coaching-note').textContent()).toContain('You asked an open question.');
  });
});
