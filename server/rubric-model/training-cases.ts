import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LearnedModels } from '@core/rubric/score-reply';
import { parseCsvRecords } from '../cli/csv-records';
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
    const { records } = parseCsvRecords(readFileSync(join(dir.pathname, file), 'utf8'));
    const weight = task.blind.test(file) ? 1 : task.ownWeight;
    return records.map((r) => {
      const label = r.label.trim();
      if (!task.labels.includes(label)) throw new Error(`${file}: unknown label "${r.label}"`);
      const previousTurn = r.context?.trim() || undefined;
      const context = previousTurn ? { previousTurn } : undefined;
      return { features: [...task.features(r.text, context, learned)], label, source: file, weight, text: r.text, previousTurn };
    });
  });
}
