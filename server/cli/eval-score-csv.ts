import { scoreReply } from '@core/rubric/score-reply';
import type { ReplyScore } from '@core/rubric/types';
import { parseCsvRecords } from './csv-records';
import { tallyByRule } from './eval-by-rule';
import { agreement } from './eval-metrics';

// Scores a labelled CSV (RUBRIC.md §4): each row's `text`, with `context` as the other person's
// previous turn when present, against its `label`. Pure apart from the clock, so tests call it directly.

export const TASKS = {
  asktell: { labels: ['ask', 'tell', 'other'], read: (s: ReplyScore) => s.family },
  delegation: { labels: ['keeps', 'shares', 'hands_over', 'none'], read: (s: ReplyScore) => s.delegation.ownership },
} as const;
export type Task = keyof typeof TASKS;

export class UsageError extends Error {}

/** The rows to score and their gold labels; throws UsageError naming the record on a bad label. */
export function readLabelledCsv(csv: string, task: Task) {
  const { header, records } = parseCsvRecords(csv);
  for (const col of ['text', 'label']) {
    if (!header.includes(col)) throw new UsageError(`the CSV has no "${col}" column (header: ${header.join(',')})`);
  }
  const { labels } = TASKS[task];
  const gold = records.map((r, i) => {
    const label = r.label.trim();
    if (!(labels as readonly string[]).includes(label)) {
      throw new UsageError(`record ${i + 1}: unknown label "${label}" for task ${task} (expected one of ${labels.join(', ')})`);
    }
    return label;
  });
  const rows = records.map((r) => ({ text: r.text, previousTurn: r.context?.trim() || undefined }));
  return { rows, gold };
}

/** The output object of RUBRIC.md §4 from gold and predicted labels and the scoring time. */
export function report(task: Task, gold: string[], predicted: string[], ms: number) {
  const figures = agreement(TASKS[task].labels, gold, predicted);
  return { task, ...figures, ms_per_item: Math.round((ms / Math.max(1, gold.length)) * 1e4) / 1e4 };
}

/** `rules`, when given, collects the classifier rule behind each move (see scoreReply). */
export const rubricReading = (row: { text: string; previousTurn?: string }, rules?: string[]): ReplyScore =>
  scoreReply(row.text, row.previousTurn ? { previousTurn: row.previousTurn } : undefined, rules);

/** `byRule` adds `by_rule` (eval-by-rule.ts), counted in a second pass so `ms_per_item` stays the scorer's own time. */
export function evaluate(csv: string, task: Task, options: { byRule?: boolean } = {}) {
  const { rows, gold } = readLabelledCsv(csv, task);
  const started = performance.now();
  const predicted = rows.map((row) => TASKS[task].read(rubricReading(row)));
  const result = report(task, gold, predicted, performance.now() - started);
  return options.byRule ? { ...result, by_rule: tallyByRule(rows, gold, task) } : result;
}
