import { writeFileSync } from 'node:fs';
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { screenshotPath } from './browser-app';

// axe-core run inside the page under test. Every screen of the app calls `expectNoAxeViolations`
// once it shows what a user would see; any violation, at any impact, fails the test.

/**
 * Rules axe leaves off by default but that the target needs: `target-size` is WCAG 2.2 AA (2.5.8);
 * the experimental and deprecated others catch real problems here. Left off: `hidden-content`
 * (a review list, not a check) and the AAA rules (enhanced contrast, identical links).
 */
const EXTRA_RULES = ['target-size', 'css-orientation-lock', 'focus-order-semantics', 'p-as-heading', 'duplicate-id'];

export interface AxeSummary {
  screen: string;
  violations: number;
  passes: number;
  /** Checks axe could not decide (e.g. text over an image); written to the report, not failed on. */
  incomplete: { id: string; nodes: number }[];
}

const describeViolations = (violations: axe.Result[]): string =>
  violations
    .map((v) => {
      const nodes = v.nodes.map((n) => `    ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ')}`);
      return `  [${v.impact}] ${v.id}: ${v.help}\n${nodes.join('\n')}`;
    })
    .join('\n');

/** Runs axe on the whole page as it is now. */
async function runAxe(page: Page): Promise<axe.AxeResults> {
  // evaluate() runs through the DevTools protocol, so a Content-Security-Policy without inline
  // scripts does not stop it (a <script> tag would be blocked).
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(
    (extra) =>
      (window as unknown as { axe: typeof axe }).axe.run(document, {
        rules: Object.fromEntries(extra.map((id) => [id, { enabled: true }])),
        resultTypes: ['violations', 'incomplete'],
      }),
    EXTRA_RULES,
  );
}

/**
 * Fails with every violation listed (rule, impact, selectors, fix) when axe finds any on the page
 * as it is now; the full results go to test-results/axe-<screen>.json either way.
 */
export async function expectNoAxeViolations(page: Page, screen: string): Promise<AxeSummary> {
  const results = await runAxe(page);
  const summary: AxeSummary = {
    screen,
    violations: results.violations.length,
    passes: results.passes.length,
    incomplete: results.incomplete.map((r) => ({ id: r.id, nodes: r.nodes.length })),
  };
  const file = screen.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
  writeFileSync(
    screenshotPath(`axe-${file}.json`),
    JSON.stringify({ screen, url: page.url(), passes: summary.passes, violations: results.violations, incomplete: results.incomplete }, null, 2),
  );
  if (results.violations.length > 0)
    throw new Error(`axe found ${results.violations.length} violation(s) on "${screen}" (${page.url()}):\n${describeViolations(results.violations)}`);
  return summary;
}
