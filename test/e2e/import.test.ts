import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { SessionExport } from '@core/transcript/export-schema';
import { expectNoAxeViolations } from '../helpers/axe';
import { screenshotPath, servedPageForEachTest } from '../helpers/browser-app';
import { collectPageErrors, signUpThroughUi } from './ui-actions';

const TEAMS_VTT = join(import.meta.dirname, '../core/transcript/fixtures/teams.vtt');

async function download(page: Page, name: string): Promise<{ fileName: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name, exact: true }).first().click()]);
  const path = await file.path();
  return { fileName: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

describe('scoring a real conversation in the browser', { timeout: 90_000 }, () => {
  const opened = servedPageForEachTest({ width: 1100, height: 900 });

  it('uploads a Teams VTT, picks the leader, sees the scorecard and downloads Markdown and JSON', async () => {
    const { served, page } = opened;
    const pageErrors = collectPageErrors(page);
    await page.goto(served.url);
    await signUpThroughUi(page, { name: 'Priya Shah' });
    await page.getByRole('link', { name: 'Score a real conversation' }).click();
    await page.getByRole('heading', { name: 'Score a real conversation' }).waitFor();
    await expectNoAxeViolations(page, 'import: upload or paste');

    // A broken paste is explained, with the line.
    await page.getByLabel('…or paste it').fill('WEBVTT\n\n00:00:01.000 -> 00:00:02.000\n<v A>Hi\n');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('line 3: expected a timing line');
    expect(await page.getByRole('button', { name: 'Score this conversation' }).isDisabled()).toBe(true);
    await expectNoAxeViolations(page, 'import: transcript cannot be read');

    await page.getByLabel('Transcript file').setInputFiles(TEAMS_VTT);
    const options = page.locator('.speaker-option');
    await expect.poll(() => options.count()).toBe(2);
    expect(await options.first().textContent()).toContain('Priya Shah36 words · 3 turns');
    expect(await options.nth(1).locator('.speaker-sample').textContent()).toBe('Honestly it keeps slipping. QA finds things late and I end up fixing them myself.');
    // No leader chosen, nothing sent.
    expect(await page.getByRole('button', { name: 'Score this conversation' }).isDisabled()).toBe(true);
    await expectNoAxeViolations(page, 'import: choose the leader');
    await page.getByRole('radio', { name: /Priya Shah/ }).check();
    await expectNoAxeViolations(page, 'import: leader chosen');
    await page.screenshot({ path: screenshotPath('e2e-import-pick-leader.png'), fullPage: true });
    await page.getByRole('button', { name: 'Score this conversation' }).click();

    await page.locator('#scorecard-title').waitFor();
    expect(await page.locator('#scorecard-title').textContent()).toBe('teams.vtt');
    await expect.poll(() => page.locator('.figure').count()).toBe(7);
    const ideas = page.locator('.figure', { has: page.getByRole('heading', { name: 'Ideas elicited' }) });
    expect(await ideas.locator('.figure-value').textContent()).toBe('not applicable');
    expect(await ideas.locator('.band-na').textContent()).toBe('not applicable');
    expect(await page.locator('.figure .band').count()).toBe(7);
    expect(await page.locator('.overall-number').textContent()).toMatch(/^\d\.\d/);
    await expectNoAxeViolations(page, 'import: scorecard with not-applicable figures');

    // The same transcript and evidence view as practice, with the participants' names and times.
    await page.getByText(/^Transcript \(\d+ repl(y|ies), 5 turns\)/).click();
    const leader = page.locator('.turn-leader').nth(1);
    expect(await leader.locator('.speaker').textContent()).toBe('Priya Shah · reply 2 · 0:17');
    expect(await page.locator('.turn-persona .speaker').first().textContent()).toBe("Daniel O'Neill · 0:10");
    await leader.locator('.chip').click();
    expect(await leader.locator('.score-details').textContent()).toContain('Open question');
    await page.screenshot({ path: screenshotPath('e2e-import-scorecard.png'), fullPage: true });
    await expectNoAxeViolations(page, 'import: scorecard, transcript and evidence open');

    const md = await download(page, 'Markdown');
    expect(md.fileName).toMatch(/^askwell-teams-vtt-\d{4}-\d{2}-\d{2}\.md$/);
    expect(md.text).toContain('**[0:17] Priya Shah (leader):** What options do you see for catching them earlier?');
    expect(md.text).toContain('| Ideas elicited | not applicable | not applicable |');
    const json = await download(page, 'JSON');
    const file = JSON.parse(json.text) as SessionExport;
    expect(file).toMatchObject({ schemaVersion: 3, kind: 'askwell.session', session: { kind: 'imported', leaderName: 'Priya Shah' } });
    expect(file.turns).toHaveLength(5);

    // Listed among the sessions as imported, with its scorecard.
    await page.getByRole('link', { name: 'My sessions', exact: true }).click();
    await page.locator('.session-row').first().waitFor();
    expect(await page.locator('.session-row .pill').first().textContent()).toBe('Imported');
    expect(pageErrors).toEqual([]);

  });
});
