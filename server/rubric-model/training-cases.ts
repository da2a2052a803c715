import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LearnedModels } from '@core/rubric/score-reply';
import { readLabelledCsv } from '../cli/eval-score-csv';
import type { ModelTask } from './model-tasks';
import type { Example } from './train';

// A learned check's training cases: the rows of its case files in test/core/rubric, with their features.

export const CASES_DIR = new URL('../../test/core/rubric/', import.meta.url);

/** A training example with the reply it came from, so a held-out file can be scored whole (cross-validate.ts). */
export interface CaseExample extends Example {
  text: string;
  previousTurn?: string;
}

export function trainingCaseFiles(task: ModelTask, dir: URL = CASES_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => task.files.test(f))
    .sort();
}

export function trainingExamples(task: ModelTask, learned: LearnedModels = {}, dir: URL = CASES_DIR): CaseExample[] {
  return trainingCaseFiles(task, dir).flatMap((file) => {
    // eval:rubric's reader: the same labels checked, the same previous turn taken.
    const { rows, gold } = readLabelledCsv(readFileSync(join(dir.pathname, file), 'utf8'), task.task);
    const weight = task.blind.test(file) ? 1 : task.ownWeight;
    return rows.map(({ text, previousTurn }, i) => {
      const context = previousTurn ? { previousTurn } : undefined;
      return { features: [...task.features(text, context, learned)], label: gold[i], source: file, weight, text, previousTurn };
    });
  });
}
