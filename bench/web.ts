import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { ROOT, WEB_DIST } from '@server/web-build';
import { launchBrowser, startServedApp } from '@test/helpers/browser-app';
import { quantile } from './quantile';

// `npm run -s bench:web`: one JSON object. The JS each page loads, as Chromium actually fetched it
// on the built app (gzip -9 of each file, summed), and the live meter's rubric on a 120-word draft,
// timed inside Chromium. Targets (issue 11): <= 150 KB gzip per page, meter p99 < 4 ms.

const DRAFT =
  'I hear that the vendor slipped again and that you are worried about the launch date. ' +
  'What have you tried so far, and what did the team say when you raised it with them last week? ' +
  'If it were entirely up to you, what would you do next, and what would you need from me to make it happen? ' +
  'I think we could maybe split the release into two phases, but you know the details better than I do, ' +
  'so tell me what you see as the options and which one you would pick. You decide and let me know by Friday. ' +
  'Before that, who else on the team should hear about this, and how will you know the plan is working?';

const gzipKb = (files: Set<string>) =>
  Math.round([...files].reduce((sum, f) => sum + gzipSync(readFileSync(join(WEB_DIST, f)), { level: 9 }).length, 0) / 102.4) / 10;

/** The JS files (under dist/web) the page fetched while `visit` ran. */
async function jsLoaded(page: Page, visit: () => Promise<void>): Promise<Set<string>> {
  const files = new Set<string>();
  const onResponse = (r: { url(): string }) => {
    const path = new URL(r.url()).pathname;
    if (path.endsWith('.js')) files.add(path.slice(1));
  };
  page.on('response', onResponse);
  await visit();
  await page.waitForLoadState('networkidle');
  page.off('response', onResponse);
  return files;
}

async function main() {
  const served = await startServedApp({ LOG_LEVEL: 'silent' });
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext();
    const setup = await context.newPage();
    await setup.goto(served.url);
    // Plain strings: tsx would wrap named functions in a helper the page does not have.
    const sessionId = (await setup.evaluate(`(async () => {
      const post = (url, body) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.json());
      await post('/api/auth/signup', { email: 'bench-' + Date.now() + '@example.com', password: 'a long enough password', name: 'Bench', role: 'leader' });
      const scenarios = await (await fetch('/api/scenarios')).json();
      return (await post('/api/sessions', { scenarioId: scenarios[0].id })).id;
    })()`)) as string;
    await setup.close();

    const practicePage = await context.newPage();
    const practice = await jsLoaded(practicePage, async () => {
      await practicePage.goto(`${served.url}#/sessions/${sessionId}`);
      await practicePage.locator('.composer textarea').waitFor();
    });
    const progressPage = await context.newPage();
    const progress = await jsLoaded(progressPage, async () => {
      await progressPage.goto(`${served.url}#/progress`);
      await progressPage.getByRole('heading', { name: 'My progress' }).waitFor();
    });

    // The rubric exactly as the browser runs it, bundled on its own so the timing is the meter's work only.
    const bundle = await build({
      entryPoints: [join(ROOT, 'core/rubric/score-reply.ts')],
      bundle: true,
      write: false,
      format: 'iife',
      globalName: 'rubric',
      minify: true,
      target: 'es2022',
    });
    // A blank page: the app's Content-Security-Policy rightly refuses inline scripts.
    const meterPage = await context.newPage();
    await meterPage.setContent('<!doctype html><title>meter</title>');
    await meterPage.addScriptTag({ content: bundle.outputFiles[0].text });
    const times = (await meterPage.evaluate(`(() => {
      const draft = ${JSON.stringify(DRAFT)};
      const { scoreReply } = globalThis.rubric;
      for (let i = 0; i < 50; i++) scoreReply(draft);
      const out = [];
      // A different draft each time, as typing makes one: no cache can help.
      for (let i = 0; i < 500; i++) {
        const text = draft.slice(0, draft.length - (i % 40));
        const t0 = performance.now();
        scoreReply(text);
        out.push(performance.now() - t0);
      }
      return out;
    })()`)) as number[];
    times.sort((a, b) => a - b);
    const p = (q: number) => Math.round(quantile(times, q) * 1000) / 1000;
    console.log(
      JSON.stringify({
        practice_js_gzip_kb: gzipKb(practice),
        progress_js_gzip_kb: gzipKb(progress),
        meter_ms_p50: p(0.5),
        meter_ms_p99: p(0.99),
        draft_words: DRAFT.split(/\s+/).length,
        practice_js_files: practice.size,
        progress_js_files: progress.size,
      }),
    );
  } finally {
    await browser.close();
    await served.close();
  }
}

await main();
