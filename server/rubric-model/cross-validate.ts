import type { LearnedModel } from '@core/rubric/learned-check';
import { scoreReply } from '@core/rubric/score-reply';
import { agreement } from '../cli/eval-metrics';
import { LABELS, trainModel, type TrainOptions } from './train';
import { isBlindSet, type CaseExample } from './training-cases';

// The learned check's honest measure: each blind set scored by a model trained without it, beside
// the rules alone. The shipped model is trained on every set, so its own figures are in-sample.

export interface HeldOutFigure {
  set: string;
  n: number;
  rules: number;
  learned: number;
}

export const asModel = (weights: Record<string, readonly number[]>, threshold: number, scale: number): LearnedModel => ({
  threshold,
  scale,
  weights: new Map(Object.entries(weights)),
});

/** A model that never acts: the rules' reading alone. */
const RULES_ONLY: LearnedModel = { threshold: 1, scale: 1, weights: new Map() };

export function crossValidate(examples: readonly CaseExample[], options: TrainOptions, threshold: number): HeldOutFigure[] {
  const sets = [...new Set(examples.map((e) => e.source))].filter(isBlindSet);
  return sets.map((set) => {
    const model = asModel(trainModel(examples.filter((e) => e.source !== set), options), threshold, options.scale);
    const held = examples.filter((e) => e.source === set);
    const gold = held.map((e) => e.label);
    const kappaWith = (m: LearnedModel) =>
      agreement(LABELS, gold, held.map((e) => scoreReply(e.text, e.previousTurn ? { previousTurn: e.previousTurn } : undefined, undefined, m).family)).kappa;
    return { set, n: held.length, rules: kappaWith(RULES_ONLY), learned: kappaWith(model) };
  });
}
