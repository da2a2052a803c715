import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { agreement } from '@server/cli/eval-metrics';
import { evaluate } from '@server/cli/eval-score-csv';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../../', import.meta.url));
// The labelled cases and small fixtures are the rubric's own data, kept beside its tests.
const fixture = (name: string) => fileURLToPath(new URL(`../../core/rubric/fixtures/${name}`, import.meta.url));
const tsx = `${root}node_modules/.bin/tsx`;
const evalRubric = (...args: string[]) => run(tsx, ['server/cli/eval-rubric.ts', ...args], { cwd: root });

/** Runs the command expecting failure; resolves to its exit code and stderr. */
const failing = (...args: string[]) =>
  evalRubric(...args).then(
    () => ({ code: 0, stderr: '' }),
    (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }),
  );

describe('eval:rubric command', () => {
  it('prints exactly one JSON object for an ask/tell CSV with context', async () => {
    const { stdout, stderr } = await evalRubric('--csv', fixture('asktell-small.csv'), '--task', 'asktell');
    expect(stderr).toBe('');
    expect(stdout.trim().split('\n')).toHaveLength(1);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({ task: 'asktell', n: 5, accuracy: 1, macro_f1: 1, kappa: 1 });
    expect(Object.keys(result.per_label)).toEqual(['ask', 'tell', 'other']);
    expect(result.confusion.ask).toEqual({ ask: 2, tell: 0, other: 0 });
    expect(result.ms_per_item).toBeGreaterThan(0);
  });

  it('evaluates the delegation task on ownership classes', async () => {
    const { stdout } = await evalRubric('--csv', fixture('delegation-small.csv'), '--task', 'delegation');
    expect(JSON.parse(stdout)).toMatchObject({ task: 'delegation', n: 3, accuracy: 1 });
  });

  it('--by-rule adds how often each rule fired and was wrong, and nothing else changes', async () => {
    const args = ['--csv', fixture('by-rule-small.csv'), '--task', 'asktell'];
    const plain = JSON.parse((await evalRubric(...args)).stdout);
    const withRules = JSON.parse((await evalRubric(...args, '--by-rule')).stdout);
    // Two rows are mislabelled on purpose: an instruction labelled ask, and "Okay. What options...?" labelled tell.
    expect(withRules.by_rule).toEqual({
      'filler-only': { fired: 1, wrong: 0 },
      'question.open': { fired: 1, wrong: 1 },
      imperative: { fired: 2, wrong: 1 },
      greeting: { fired: 1, wrong: 0 },
    });
    const { by_rule: _, ms_per_item: __, ...rest } = withRules;
    const { ms_per_item: ___, ...plainRest } = plain;
    expect(rest).toEqual(plainRest);
    expect(plain).not.toHaveProperty('by_rule');
  });

  it.each([
    [['--csv', fixture('malformed.csv'), '--task', 'asktell'], /malformed\.csv: Quote Not Closed: the parsing is finished with an opening quote at line \d/],
    [['--csv', fixture('unknown-label.csv'), '--task', 'asktell'], /record 2: unknown label "instruction" for task asktell/],
    [['--csv', fixture('missing-columns.csv'), '--task', 'asktell'], /no "text" column/],
    [['--csv', fixture('asktell-small.csv'), '--task', 'moves'], /--task must be one of asktell, delegation/],
    [['--task', 'asktell'], /missing --csv FILE/],
    [['--csv', fixture('nope.csv'), '--task', 'asktell'], /cannot read .*nope\.csv: ENOENT/],
    [['--csv', fixture('asktell-small.csv'), '--task', 'asktell', '--judge', 'gpt'], /--judge must be rubric or llm/],
    [['--csv', fixture('asktell-small.csv'), '--task', 'asktell', '--judge', 'llm', '--by-rule'], /cannot be combined with --judge llm/],
  ])('exits non-zero with a clear message: %j', async (args, message) => {
    const { code, stderr } = await failing(...args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });
});

describe('agreement figures', () => {
  it('computes accuracy, per-label F1, macro F1 and kappa by hand', () => {
    const r = agreement(['a', 'b'], ['a', 'a', 'b', 'b'], ['a', 'b', 'b', 'b']);
    expect(r.accuracy).toBe(0.75);
    expect(r.per_label.a).toEqual({ precision: 1, recall: 0.5, f1: 0.6667, support: 2 });
    expect(r.per_label.b).toEqual({ precision: 0.6667, recall: 1, f1: 0.8, support: 2 });
    expect(r.macro_f1).toBe(0.7333);
    // p_o = 0.75, p_e = 0.5 * 0.25 + 0.5 * 0.75 = 0.5 -> kappa 0.5
    expect(r.kappa).toBe(0.5);
    expect(r.confusion).toEqual({ a: { a: 1, b: 1 }, b: { a: 0, b: 2 } });
  });
});

// The labelled development sets live beside the clone (../shared/data), not in it.
const dev = (name: string) => fileURLToPath(new URL(`../shared/data/${name}`, `file://${root}`));
describe.skipIf(!existsSync(dev('rubric-dev-asktell.csv')))('development sets (../shared/data, skipped when absent)', () => {
  it('meets the targets: ask/tell kappa >= 0.9, delegation macro F1 >= 0.85', async () => {
    const asktell = JSON.parse((await evalRubric('--csv', dev('rubric-dev-asktell.csv'), '--task', 'asktell')).stdout);
    const delegation = JSON.parse((await evalRubric('--csv', dev('rubric-dev-delegation.csv'), '--task', 'delegation')).stdout);
    expect(asktell.kappa).toBeGreaterThanOrEqual(0.9);
    expect(delegation.macro_f1).toBeGreaterThanOrEqual(0.85);
  });
});

describe('own labelled cases (test/core/rubric/cases-*.csv)', () => {
  it('agree with the hand labels', async () => {
    const asktell = JSON.parse((await evalRubric('--csv', fixture('../cases-asktell.csv'), '--task', 'asktell')).stdout);
    const delegation = JSON.parse((await evalRubric('--csv', fixture('../cases-delegation.csv'), '--task', 'delegation')).stdout);
    expect(asktell.n).toBeGreaterThanOrEqual(200);
    expect(asktell.kappa).toBeGreaterThanOrEqual(0.9);
    expect(delegation.macro_f1).toBeGreaterThanOrEqual(0.85);
  });
});

// Written before the rules were tuned on them (docs/rubric.md has the before/after figures); the
// floors sit under today's figures so a rule change that loses ground on them fails here.
describe('held-out style cases (test/core/rubric/cases-heldout-*.csv)', () => {
  it.each([
    ['cases-heldout-asktell.csv', 'asktell', 250],
    ['cases-heldout-delegation.csv', 'delegation', 60],
  ] as const)('%s stays above kappa 0.9', (file, task, minCases) => {
    const result = evaluate(readFileSync(fixture(`../${file}`), 'utf8'), task);
    expect(result.n).toBeGreaterThanOrEqual(minCases);
    expect(result.kappa).toBeGreaterThanOrEqual(0.9);
  });
});
