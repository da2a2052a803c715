import { modelOf, NEVER_ACTS, type LearnedModel } from '@core/rubric/learned-model';
import { scoreReply } from '@core/rubric/score-reply';
import { agreement } from '../cli/eval-metrics';
import { trainModelFile, type ModelTask } from './model-tasks';
import type { CaseExample } from './training-cases';

// A learned check's honest measure: each blind set scored by a model trained without it, beside the
// rules alone. The shipped model is trained on every set, so its own figures are in-sample.

export interface HeldOutFigure {
  set: string;
  n: number;
  rules: number;
  learned: number;
}

export function crossValidate(task: ModelTask, examples: readonly CaseExample[]): HeldOutFigure[] {
  const sets = [...new Set(examples.map((e) => e.source))].filter((file) => task.blind.test(file));
  return sets.map((set) => {
    const model = modelOf(trainModelFile(task, examples.filter((e) => e.source !== set)));
    const held = examples.filter((e) => e.source === set);
    const figureWith = (m: LearnedModel) => {
      const read = held.map((e) => task.read(scoreReply(e.text, e.previousTurn ? { previousTurn: e.previousTurn } : undefined, undefined, { [task.name]: m })));
      return agreement(task.labels, held.map((e) => e.label), read)[task.figure];
    };
    return { set, n: held.length, rules: figureWith(NEVER_ACTS), learned: figureWith(model) };
  });
}
