import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { learnedFeaturesOf } from '@core/rubric/score-reply';
import type { Family } from '@core/rubric/types';
import { parseCsvRecords } from '../cli/csv-records';
import { LABELS, type Example } from './train';

// The learned check is trained only on cases we wrote ourselves (issue 13): the ask/tell case files in
// test/core/rubric. Nothing from ../shared, so nothing under a third party's licence goes into it.

export const CASES_DIR = new URL('../../test/core/rubric/', import.meta.url);

/** Sets written blind by helpers who saw only RUBRIC.md (counselling-style transcripts and written peer support). */
const BLIND_SET = /^cases-(?:mi-spoken|peer-written)\d*-asktell\.csv$/;
/** Our rubric's own cases (leadership and everyday talk) count this much more, so the check keeps to them. */
export const OWN_CASE_WEIGHT = 5;

export function trainingCaseFiles(dir: URL = CASES_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => /^cases-.*asktell\.csv$/.test(f))
    .sort();
}

/** A training example with the reply it came from, so a held-out file can be scored whole (cross-validate.ts). */
export interface CaseExample extends Example {
  text: string;
  previousTurn?: string;
}

export const isBlindSet = (file: string) => BLIND_SET.test(file);

export function trainingExamples(dir: URL = CASES_DIR): CaseExample[] {
  return trainingCaseFiles(dir).flatMap((file) => {
    const { records } = parseCsvRecords(readFileSync(join(dir.pathname, file), 'utf8'));
    const weight = isBlindSet(file) ? 1 : OWN_CASE_WEIGHT;
    return records.map((r) => {
      const label = r.label.trim() as Family;
      if (!LABELS.includes(label)) throw new Error(`${file}: unknown label "${r.label}"`);
      const previousTurn = r.context?.trim() || undefined;
      return { features: [...learnedFeaturesOf(r.text, previousTurn ? { previousTurn } : undefined)], label, source: file, weight, text: r.text, previousTurn };
    });
  });
}
