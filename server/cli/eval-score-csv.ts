import { scoreReply } from '../../core/rubric/score-reply';
import type { ReplyScore } from '../../core/rubric/types';
import { parseCsvRecords } from './csv-parse';
import { agreement } from './eval-metrics';

// Scores a labelled CSV (RUBRIC.md §4): each row's `text`, with `context` as the other person's
// previous turn when present, against its `label`. Pure apart from the clock, so tests call it directly.

export const TASKS = {
  asktell: { labels: ['ask', 'tell', 'other'], read: (s: ReplyScore) => s.family },
  delegation: { labels: ['keeps', 'shares', 'hands_over', 'none'], read: (s: ReplyScore) => s.delegation.ownership },
} as const;
export type Task = keyof typeof TASKS;

export class UsageError extends Error {}

export function evaluate(csv: string, task: Task) {
  const { header, records } = parseCsvRecords(csv);
  for (const col of ['text', 'label']) {
    if (!header.includes(col)) throw new UsageError(`the CSV has no "${col}" column (header: ${header.join(',')})`);
  }
  const { labels, read } = TASKS[task];
  const gold = records.map((r, i) => {
    const label = r.label.trim();
    if (!(labels as readonly string[]).includes(label)) {
      throw new UsageError(`record ${i + 1}: unknown label "${label}" for task ${task} (expected one of ${labels.join(', ')})`);
    }
    return label;
  });
  const started = performance.now();
  const predicted = records.map((r) => {
    const context = r.context?.trim();
    return read(scoreReply(r.text, context ? { previousTurn: context } : undefined));
  });
  const ms = performance.now() - started;
  const figures = agreement(labels, gold, predicted);
  return { task, ...figures, ms_per_item: Math.round((ms / Math.max(1, records.length)) * 1e4) / 1e4 };
}
