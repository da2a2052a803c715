import { mkdirSync, rmSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterEach, beforeEach } from 'vitest';
import { ensureWebBuild, ROOT, WEB_DIST } from '@server/web-build';
import { startTestApp } from './test-app';
import type { TestDatabase } from './test-database';

// The built web app served by the real server on 127.0.0.1 (random port, temp SQLite DB),
// and a headless system Chromium to drive it.

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const SCREENSHOT_DIR = join(ROOT, 'test-results');

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Test files run in parallel processes; a rebuild empties dist/web, so one process builds at a
 * time (mkdir is atomic) and the others then find the build fresh.
 */
async function buildWebOnce(): Promise<void> {
  const lock = join(ROOT, 'dist', '.web-build.lock');
  mkdirSync(join(ROOT, 'dist'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      // A lock left by a killed run is older than any real build.
      if (Date.now() - statSync(lock, { throwIfNoEntry: false })!.mtimeMs > 120_000) rmSync(lock, { recursive: true, force: true });
      await sleep(200);
    }
  }
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build into the
  // dist/web that `npm start` serves later; build exactly what production builds.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await ensureWebBuild(() => undefined);
  } finally {
    process.env.NODE_ENV = nodeEnv;
    rmSync(lock, { recursive: true, force: true });
  }
}

export interface ServedApp {
  url: string;
  app: FastifyInstance;
  /** The app's database, on the engine under test, for a test that must set up what the UI cannot. */
  database: TestDatabase;
  close(): Promise<void>;
}

/** `env` uses the same strings as production; the offline persona streams a word every 10 ms by default. */
export async function startServedApp(env: Record<string, string> = {}): Promise<ServedApp> {
  await buildWebOnce();
  const test = await startTestApp({ SIMULATOR_WORD_DELAY_MS: '10', ...env }, { webDir: WEB_DIST });
  await test.app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = test.app.server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, app: test.app, database: test.database, close: test.close };
}

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });

export const screenshotPath = (name: string): string => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return join(SCREENSHOT_DIR, name);
};

type Viewport = { width: number; height: number };

export interface ServedPage {
  served: ServedApp;
  browser: Browser;
  page: Page;
  close: () => Promise<void>;
}

/** The served app, Chromium and one page at `viewport`; `close` tears all three down. */
export async function openServedPage(viewport: Viewport, env: Record<string, string> = {}): Promise<ServedPage> {
  const served = await startServedApp(env);
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport });
  page.setDefaultTimeout(10_000);
  return {
    served,
    browser,
    page,
    close: async () => {
      await browser.close();
      await served.close();
    },
  };
}

/**
 * In a describe block: a fresh served app, Chromium and page for each test (see openServedPage),
 * closed after it. Read `served`, `browser` and `page` from the returned object inside the test.
 */
export function servedPageForEachTest(viewport: Viewport, env: Record<string, string> = {}): ServedPage {
  const current = {} as ServedPage;
  beforeEach(async () => {
    Object.assign(current, await openServedPage(viewport, env));
  });
  afterEach(async () => {
    const { close } = current;
    delete (current as Partial<ServedPage>).close;
    await close?.();
  });
  return current;
}

/**
 * The served app and Chromium with two browser contexts (separate cookies): a coach's page at
 * 1200x900 and a leader's at 1100x900, each waiting up to `timeoutMs`; `close` tears all down.
 */
export async function openCoachAndLeader(timeoutMs = 10_000): Promise<{ served: ServedApp; browser: Browser; coach: Page; leader: Page; close: () => Promise<void> }> {
  const served = await startServedApp();
  const browser = await launchBrowser();
  const coach = await (await browser.newContext({ viewport: { width: 1200, height: 900 } })).newPage();
  const leader = await (await browser.newContext({ viewport: { width: 1100, height: 900 } })).newPage();
  for (const page of [coach, leader]) page.setDefaultTimeout(timeoutMs);
  return {
    served,
    browser,
    coach,
    leader,
    close: async () => {
      await browser.close();
      await served.close();
    },
  };
}

/** Signs a browser context in as someone the test created through the API (their `name=value` session cookie). */
export async function signInAs(context: BrowserContext, served: Pick<ServedApp, 'url'>, who: { cookie: string }): Promise<void> {
  const at = who.cookie.indexOf('=');
  await context.addCookies([{ name: who.cookie.slice(0, at), value: who.cookie.slice(at + 1), url: served.url }]);
}
