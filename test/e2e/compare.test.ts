import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../helpers/axe';
import { screenshotPath, servedPageForEachTest } from '../helpers/browser-app';
import { sidewaysScroll } from './page-fit';
import { collectPageErrors, sendReply, signUpAndStartPractice, waitForIdle } from './ui-actions';

// Issue #11: two ended tries (a session and a branch from its reply 2) side by side: each scorecard
// figure's change and the two conversations turn by turn, as the page shows them, with the persona
// reply the leader stopped, and one cut off, marked as such; at desktop and phone sizes.

const endSession = async (page: Page) => {
  await page.getByRole('button', { name: 'End session' }).click();
  await page.getByRole('button', { name: 'End and see scorecard' }).click();
  await page.getByRole('heading', { name: 'Debrief' }).waitFor();
};

/** Each body row of a table as the text of its cells, header cell first. */
const rows = (page: Page, table: string) =>
  page.locator(`${table} tbody tr`).evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c.textContent ?? '').trim())));

/** How many nodes of each role Chromium's accessibility tree has inside the element `selector`. */
async function axRoles(page: Page, selector: string): Promise<Record<string, number>> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    const { nodes } = await cdp.send('Accessibility.queryAXTree', { nodeId });
    const table = nodes[0];
    const { nodes: all } = await cdp.send('Accessibility.getFullAXTree');
    const byId = new Map(all.map((n) => [n.nodeId, n]));
    const counts: Record<string, number> = {};
    const walk = (id: string) => {
      const n = byId.get(id);
      if (!n) return;
      const role = String(n.role?.value ?? '');
      counts[role] = (counts[role] ?? 0) + 1;
      for (const child of n.childIds ?? []) walk(child);
    };
    walk(table.nodeId);
    return counts;
  } finally {
    await cdp.detach();
  }
}

interface ApiFigure {
  key: string;
  label: string;
  display: string;
  band: number | null;
}

describe('comparing two tries', { timeout: 120_000 }, () => {
  const opened = servedPageForEachTest({ width: 1280, height: 800 }, { SIMULATOR_WORD_DELAY_MS: '40' });

  it('shows each figure’s change and both conversations turn by turn, stopped and interrupted replies marked', async () => {
    const { served, page } = opened;
    const errors = collectPageErrors(page);
    await signUpAndStartPractice(page, served.url);
    const name = (await page.locator('.turn-persona .speaker').first().textContent())!;

    // The original: a tell, an ask, then an ask whose answer the leader stops.
    await sendReply(page, 'You should just call them today.');
    await waitForIdle(page);
    await sendReply(page, 'What have you tried so far?');
    await waitForIdle(page);
    await sendReply(page, 'Tell me more about what worries you most here?');
    await page.locator('.bubble-streaming').waitFor();
    await page.getByRole('button', { name: /^Stop .* reply$/ }).click();
    await page.locator('.transcript .interrupted', { hasText: '(stopped)' }).waitFor();
    await waitForIdle(page);
    const originalUrl = page.url();
    const originalId = decodeURIComponent(originalUrl.split('/sessions/')[1]);
    const stoppedText = (await page.locator('.transcript .turn-persona .bubble').last().textContent())!.replace(' (stopped)', '');

    // The branch from reply 2: two open questions, then ended.
    await page.getByRole('button', { name: 'Try again from here (reply 2)' }).click();
    await page.getByText(/A branch from reply 2 of/).waitFor();
    await waitForIdle(page);
    await expect.poll(() => page.locator('.transcript > li').count(), { timeout: 15_000 }).toBe(5);
    await sendReply(page, 'What would you do if it were up to you?');
    await waitForIdle(page);
    await sendReply(page, 'Which of those would you like to try first?');
    await waitForIdle(page);
    const branchId = decodeURIComponent(page.url().split('/sessions/')[1]);
    await endSession(page);

    // The branch's last answer was cut off (a dropped connection before the session ended).
    await served.database.query('update turns set interrupted = true where session_id = $1 and idx = 8', [branchId]);

    // End the original too, and open the comparison from its branch list.
    await page.goto(originalUrl);
    await waitForIdle(page);
    await endSession(page);
    await page.goto(originalUrl);
    await page.getByRole('link', { name: 'Compare with branch 1' }).click();
    await page.getByRole('heading', { name: /^Compare tries/ }).waitFor();

    // Each figure as both scorecards have it, and its change in bands.
    const [original, branch] = await page.evaluate(
      (ids) => Promise.all(ids.map(async (id) => (await fetch(`/api/sessions/${id}`)).json())),
      [originalId, branchId],
    );
    const figures = (s: { scorecard: { figures: ApiFigure[] } }) => s.scorecard.figures;
    const band = (delta: number) => (delta === 0 ? 'same band' : `${delta > 0 ? '+' : ''}${delta} band${Math.abs(delta) === 1 ? '' : 's'}`);
    const expected = figures(branch).map((after) => {
      const before = figures(original).find((f) => f.key === after.key)!;
      return [after.label, before.display, after.display, before.band === null || after.band === null ? '–' : band(after.band - before.band)];
    });
    const overallDelta = Math.round((branch.scorecard.overall - original.scorecard.overall) * 10) / 10;
    expect(await rows(page, '.compare-figures')).toEqual([
      ['Overall', `${original.scorecard.overall} / 5`, `${branch.scorecard.overall} / 5`, overallDelta === 0 ? 'same' : `${overallDelta > 0 ? '+' : ''}${overallDelta}`],
      ...expected,
    ]);
    // Ask ratio counts replies: 2 of 3 asked in the original, 3 of 4 in the branch.
    expect((await rows(page, '.compare-figures')).find((r) => r[0] === 'Ask ratio')).toEqual(['Ask ratio', '67%', '75%', expect.any(String)]);
    expect(await page.locator('.compare-figures th[scope="col"]').allTextContents()).toEqual(['Figure', 'Original', 'Branch from reply 2', 'Change']);

    // Turn by turn: the four turns the branch copied are shared; then each try's own turns.
    const table = await rows(page, '.compare-turns');
    expect(table).toHaveLength(9);
    expect(table.slice(0, 4).map((r) => r[0])).toEqual([name, 'You · reply 1', name, 'You · reply 2']);
    for (const row of table.slice(0, 4)) {
      expect(row).toHaveLength(2);
      expect(row[1]).toMatch(/same in both$/);
    }
    expect(table[1][1]).toBe('You should just call them today. same in both');
    expect(table[5]).toEqual(['You · reply 3', 'Tell me more about what worries you most here?', 'What would you do if it were up to you?']);
    expect(table[6][0]).toBe(name);
    expect(table[6][1]).toBe(`${stoppedText} (stopped)`);
    expect(table[6][2]).not.toMatch(/\((stopped|reply interrupted)\)$/);
    expect(table[7]).toEqual(['You · reply 4', '(no turn here)', 'Which of those would you like to try first?']);
    expect(table[8][1]).toBe('(no turn here)');
    expect(table[8][2]).toMatch(/ \(reply interrupted\)$/);

    expect(await axRoles(page, '.compare-turns')).toMatchObject({ table: 1, row: 10, rowheader: 9, columnheader: 3 });
    await page.screenshot({ path: screenshotPath('compare-tries-desktop.png'), fullPage: true });
    expect((await sidewaysScroll(page)).overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page, 'compare tries: figures and turn by turn');

    await page.setViewportSize({ width: 390, height: 844 });
    // Stacked into blocks on a phone, still a table in Chromium's accessibility tree (what a screen reader gets).
    expect(await axRoles(page, '.compare-turns')).toMatchObject({ table: 1, row: 10, rowheader: 9, columnheader: 3 });
    await page.screenshot({ path: screenshotPath('compare-tries-phone.png'), fullPage: true });
    expect((await sidewaysScroll(page)).overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page, 'compare tries on a phone');
    expect(errors).toEqual([]);
  });
});
