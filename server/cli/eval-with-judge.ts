import type { ReplyScore } from '@core/rubric/types';
import { readLabelledCsv, report, rubricReading, TASKS, type Task } from './eval-score-csv';

/** Refines one rubric reading (the LLM judge); must keep the rubric's reading when in doubt. */
export type Refine = (row: { text: string; previousTurn?: string }, reading: ReplyScore) => Promise<ReplyScore>;

const CONCURRENCY = 4;

/** `evaluate` with each rubric reading passed through the judge, a few rows at a time. */
export async function evaluateWithJudge(csv: string, task: Task, refine: Refine) {
  const { rows, gold } = readLabelledCsv(csv, task);
  const predicted: string[] = new Array(rows.length);
  const started = performance.now();
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < rows.length; i = next++) {
      predicted[i] = TASKS[task].read(await refine(rows[i], rubricReading(rows[i])));
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, rows.length) }, worker));
  return report(task, gold, predicted, performance.now() - started);
}
