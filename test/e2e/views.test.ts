import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, linkedPair, practise, type Caller } from '../helpers/coaching';
import { publishedScenario } from '../helpers/homework';
import { launchBrowser, screenshotPath, signInAs, startServedApp, type ServedApp } from '../helpers/browser-app';
import { openStream } from '../helpers/ws-client';
import { sidewaysScroll } from './page-fit';
import { collectPageErrors, waitForIdle } from './ui-actions';

// Every main view of the app, as a leader and as a coach, at desktop (1280x800) and on a phone
// (390x844, touch, as a phone renders it): a full-page screenshot of each under test-results/
// (views-<view>-<size>.png, to look at), and no view scrolls sideways.

const SIZES = [
  { size: 'desktop', options: { viewport: { width: 1280, height: 800 } } },
  { size: 'phone', options: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } },
] as const;

interface View {
  name: string;
  path: string;
  /** Resolves when the view shows what a user would see. */
  ready(page: Page): Promise<unknown>;
}

const heading = (name: string | RegExp) => (page: Page) => page.getByRole('heading', { name, level: 1 }).waitFor();

/** Seeded through the API: what the views show. */
interface World {
  leader: Caller;
  coach: Caller;
  ended: string;
  branch: string;
  open: string;
}

async function seed(app: ServedApp['app']): Promise<World> {
  const { coach, leader } = await linkedPair(app);
  const ended = await practise(app, leader, ['You should just call them today.', 'What have you tried so far?', 'Which of those would you like to try first?']);
  await practise(app, leader, ['What happened, from where you sit?', 'What would you do if it were up to you?']);
  // A branch from reply 2 of the first session, with a reply of its own, ended.
  const created = await call(app, leader, 'POST', `/api/sessions/${ended}/branches`, { fromTurnIndex: 3 });
  expect(created.statusCode).toBe(201);
  const branch: string = created.json().id;
  const ws = await openStream(app, branch, leader.cookie);
  await ws.until('persona.done'); // The persona answers reply 2 again.
  ws.send({ type: 'reply', text: 'What options do you see from where you are?' });
  await ws.until('feedback.done');
  ws.close();
  expect((await call(app, leader, 'POST', `/api/sessions/${branch}/end`)).statusCode).toBe(200);
  const open = await practise(app, leader, ['What worries you most about the guide?', 'What would a good first week look like for them?'], { end: false });
  // Homework: a coach-written scenario, assigned to the leader.
  await publishedScenario(app, coach, 'report-slips');
  const assigned = await call(app, coach, 'POST', '/api/assignments', {
    scenarioId: 'report-slips',
    leaderIds: [leader.userId],
    dueAt: '2099-01-15T17:00:00Z',
    timeZone: 'Europe/Berlin',
    note: 'Ask first, then hand it over.',
  });
  expect(assigned.statusCode).toBe(201);
  return { leader, coach, ended, branch, open };
}

const leaderViews = (w: World): View[] => [
  { name: 'scenarios', path: '#/', ready: (p) => p.getByRole('button', { name: /^Start: / }).first().waitFor() },
  {
    name: 'practice-mid-session',
    path: `#/sessions/${w.open}`,
    ready: async (p) => {
      await p.locator('.transcript .turn-leader .coaching-note').nth(1).waitFor();
      await waitForIdle(p);
    },
  },
  { name: 'scorecard', path: `#/sessions/${w.ended}/scorecard`, ready: (p) => p.getByRole('heading', { name: 'Ask or tell, reply by reply' }).waitFor() },
  { name: 'sessions', path: '#/sessions', ready: (p) => p.locator('.session-figures').first().waitFor() },
  { name: 'progress', path: '#/progress', ready: (p) => p.locator('.chart').first().waitFor() },
  { name: 'compare', path: `#/compare/${w.ended}/${w.branch}`, ready: (p) => p.locator('.compare-turns tbody tr').first().waitFor() },
  { name: 'import', path: '#/import', ready: heading('Score a real conversation') },
  { name: 'sharing', path: '#/sharing', ready: heading(/share/i) },
];

const coachViews = (w: World): View[] => [
  { name: 'coach-dashboard', path: '#/coaching', ready: (p) => p.locator('svg.sparkline').first().waitFor() },
  { name: 'coach-leader', path: `#/coaching/leaders/${w.leader.userId}`, ready: (p) => p.locator('.session-row').first().waitFor() },
  { name: 'coach-review', path: `#/coaching/sessions/${w.ended}`, ready: (p) => p.getByRole('article', { name: 'Reply 2' }).waitFor() },
  { name: 'homework', path: '#/coaching/homework', ready: (p) => p.getByText('Quarterly report slips').first().waitFor() },
  { name: 'scenario-editor', path: '#/coaching/scenarios/report-slips', ready: heading(/Quarterly report slips/) },
  { name: 'calibration', path: '#/coaching/calibration', ready: heading('Calibration') },
];

describe('every main view at desktop and phone sizes', { timeout: 240_000 }, () => {
  let served: ServedApp;
  let browser: Browser;
  let world: World;

  beforeAll(async () => {
    served = await startServedApp({ SIMULATOR_WORD_DELAY_MS: '0' });
    browser = await launchBrowser();
    world = await seed(served.app);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  const signedIn = async (options: (typeof SIZES)[number]['options'], who: Caller | null): Promise<{ context: BrowserContext; page: Page }> => {
    const context = await browser.newContext(options);
    if (who) await signInAs(context, served, who);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    return { context, page };
  };

  for (const { size, options } of SIZES) {
    it(`${size}: screenshots of every view, none scrolling sideways`, async () => {
      const overflowing: string[] = [];
      const visit = async (page: Page, view: View) => {
        await page.goto(`${served.url}${view.path}`);
        await view.ready(page);
        await page.evaluate(() => document.fonts.ready);
        await page.screenshot({ path: screenshotPath(`views-${view.name}-${size}.png`), fullPage: true });
        const { overflow, culprits } = await sidewaysScroll(page);
        if (overflow > 0) overflowing.push(`${view.name}: ${overflow}px (${culprits.join(', ')})`);
      };

      const visitor = await signedIn(options, null);
      await visit(visitor.page, { name: 'log-in', path: '', ready: heading('Log in') });
      await visitor.context.close();

      for (const [who, views] of [
        [world.leader, leaderViews(world)],
        [world.coach, coachViews(world)],
      ] as const) {
        const { context, page } = await signedIn(options, who);
        const errors = collectPageErrors(page);
        for (const view of views) await visit(page, view);
        expect(errors).toEqual([]);
        await context.close();
      }
      expect(overflowing).toEqual([]);
    });
  }
});
