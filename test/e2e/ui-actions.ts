import type { Page } from 'playwright-core';

// What a user does, in the words the UI shows them; shared by the browser tests.

let counter = 0;

export const uniqueEmail = () => `e2e-${process.pid}-${Date.now()}-${++counter}@example.com`;

export async function signUpThroughUi(
  page: Page,
  user: { email?: string; password?: string; name?: string; role?: 'Leader' | 'Coach' } = {},
) {
  const email = user.email ?? uniqueEmail();
  await page.getByRole('button', { name: 'Sign up' }).click();
  await page.getByLabel('Name').fill(user.name ?? 'Robin Leader');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(user.password ?? 'a long enough password');
  await page.getByLabel(user.role ?? 'Leader').check();
  await page.getByRole('button', { name: 'Create account' }).click();
  return email;
}

/** The page's uncaught errors from now on, for a test to expect none at its end. */
export function collectPageErrors(...pages: Page[]): string[] {
  const errors: string[] = [];
  for (const page of pages) page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/** Starts the first scenario in the list; resolves on the practice view with the persona's opening line. */
export async function startFirstScenario(page: Page) {
  await page.getByRole('heading', { name: 'Choose a conversation' }).waitFor();
  const start = page.getByRole('button', { name: /^Start: / }).first();
  await start.click();
  await page.locator('.transcript .turn-persona').first().waitFor();
}

/** Opens the app at `url`, signs up a new leader and starts the first scenario; returns their email. */
export async function signUpAndStartPractice(page: Page, url: string) {
  await page.goto(url);
  const email = await signUpThroughUi(page);
  await startFirstScenario(page);
  return email;
}

export async function sendReply(page: Page, text: string) {
  const box = page.getByRole('textbox', { name: /^Your reply to / });
  await box.fill(text);
  await box.press('Enter');
}

/**
 * Starts watching, inside the page, for an element matching `selector`; resolves to a function that
 * says whether one has appeared since. For what passes quickly (a streamed reply): on a loaded
 * machine it can come and go between two looks from the test.
 */
export async function watchForElement(page: Page, selector: string): Promise<() => Promise<boolean>> {
  type Seen = { askwellTestSeen?: Record<string, boolean> };
  await page.evaluate((selector) => {
    const seen = ((window as Seen).askwellTestSeen ??= {});
    seen[selector] = false;
    const look = () => {
      if (document.querySelector(selector) === null) return;
      seen[selector] = true;
      observer.disconnect();
    };
    const observer = new MutationObserver(look);
    observer.observe(document.body, { childList: true, subtree: true });
    look();
  }, selector);
  return () => page.evaluate((selector) => (window as Seen).askwellTestSeen?.[selector] === true, selector);
}

/** Focus has moved to an element matching `selector` (the heading a new page opens on, the reply box). */
export const waitForFocus = (page: Page, selector: string) =>
  page.waitForFunction((selector) => document.activeElement?.matches(selector) === true, selector, { polling: 100 });

/** What a practice page shows while it is not idle: why the reply box waits, any banner, the last turn. */
const busyState = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const box = document.querySelector<HTMLTextAreaElement>('.composer textarea');
    const text = (selector: string) => document.querySelector(selector)?.textContent?.trim().slice(0, 200) ?? 'none';
    return [
      `reply box: ${box ? `read-only ${box.readOnly}, "${box.placeholder}"` : 'absent'}`,
      `connection: ${text('.connection')}`,
      `banner: ${text('.composer-dock .banner')}`,
      `streaming: ${text('.bubble-streaming')}`,
      `turns: ${document.querySelectorAll('.transcript .turn').length}, last: ${text('.transcript .turn:last-child')}`,
      `at ${new Date().toISOString()}`,
    ].join('; ');
  });

/**
 * The reply box is writable again (read-only while busy): the persona reply (and its coaching note)
 * has landed. A timeout says what the page showed instead.
 */
export async function waitForIdle(page: Page): Promise<void> {
  try {
    await page.waitForFunction(() => {
      const box = document.querySelector<HTMLTextAreaElement>('.composer textarea');
      return box !== null && !box.readOnly;
    }, undefined, { polling: 100 });
  } catch (err) {
    const state = await busyState(page).catch((e: unknown) => `unreadable (${String(e)})`);
    throw new Error(`The practice page did not become idle. ${state}`, { cause: err });
  }
}

/** On a practice view: sends each reply and waits for its answer, then ends the session and waits for the scorecard. */
export async function practiseAndEnd(page: Page, replies: string[]) {
  await page.locator('.transcript .turn-persona').first().waitFor();
  for (const reply of replies) {
    await sendReply(page, reply);
    await waitForIdle(page);
  }
  await page.getByRole('button', { name: 'End session' }).click();
  await page.getByRole('button', { name: 'End and see scorecard' }).click();
  await page.getByText('Overall', { exact: false }).first().waitFor();
}
