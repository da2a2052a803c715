import type { LearnedModels } from '@core/rubric/score-reply';
import { delegationFeaturesOf, learnedFeaturesOf } from '@core/rubric/score-reply';
import type { ReplyScore, ScoreContext } from '@core/rubric/types';
import { TASKS, type Task } from '../cli/eval-score-csv';
import type { ModelFile } from '@core/rubric/learned-model';
import { trainModel, type Example, type TrainOptions } from './train';

// The rubric's two learned checks, as training sees them: which of our case files teach each, how
// they are read, and where the model goes. Both train only on cases we wrote (test/core/rubric), never
// on ../shared.

export interface ModelTask {
  name: keyof LearnedModels;
  /** The eval:rubric task its cases are labelled for: their labels, and how a score is read as one. */
  task: Task;
  labels: readonly string[];
  /** The case files it learns from. */
  files: RegExp;
  /** Of those, the sets written blind by helpers who saw only RUBRIC.md; cross-validation holds each out. */
  blind: RegExp;
  /** Our rubric's own cases count this much more than a blind set's row, so the check keeps to them. */
  ownWeight: number;
  /** The features of a reply; `learned` are the models of the checks that read before this one. */
  features: (text: string, context: ScoreContext | undefined, learned: LearnedModels) => Set<string>;
  /** The label the scorer gives (cross-validation compares it with the case's). */
  read: (score: ReplyScore) => string;
  /** The agreement figure cross-validation reports. */
  figure: 'kappa' | 'macro_f1';
  modelFile: URL;
  options: TrainOptions;
  /** It reads a reply again only when surer than this: chosen by cross-validation (docs/rubric.md, twenty-second pass). */
  threshold: number;
}

const OPTIONS = { epochs: 15, rate: 0.1, l2: 1e-5, minSources: 3, scale: 10, orders: [7919, 7907, 7901, 6007, 5003] };

export const MODEL_TASKS: readonly ModelTask[] = [
  {
    name: 'family',
    task: 'asktell',
    labels: TASKS.asktell.labels,
    files: /^cases-.*asktell\.csv$/,
    blind: /^cases-(?:mi-spoken|peer-written|peer-chat|one-to-one)\d*-asktell\.csv$/,
    ownWeight: 7,
    features: (text, context) => learnedFeaturesOf(text, context),
    read: TASKS.asktell.read,
    figure: 'kappa',
    modelFile: new URL('../../core/rubric/learned-family-model.json', import.meta.url),
    options: { ...OPTIONS, keep: 700 },
    threshold: 0.45,
  },
  {
    name: 'delegation',
    task: 'delegation',
    labels: TASKS.delegation.labels,
    files: /^cases-.*delegation\.csv$/,
    blind: /^cases-blind\d*-delegation\.csv$/,
    ownWeight: 3,
    features: delegationFeaturesOf,
    read: TASKS.delegation.read,
    figure: 'macro_f1',
    modelFile: new URL('../../core/rubric/learned-delegation-model.json', import.meta.url),
    options: { ...OPTIONS, keep: 250 },
    threshold: 0.5,
  },
];

/** A task's model file, trained on `examples` with the task's labels, threshold and options. */
export function trainModelFile(task: ModelTask, examples: readonly Example[]): ModelFile {
  return { labels: [...task.labels], threshold: task.threshold, scale: task.options.scale, ...trainModel(examples, task.labels, task.options) };
}
