// A learned model as the rubric ships it (learned-family-model.json, learned-delegation-model.json):
// multinomial logistic regression over named features, trained only on our own cases by
// server/cli/train-rubric-model.ts. Deterministic and tiny: a sum of weights and a softmax.

export interface LearnedModel {
  /** The classes, in the order of each feature's weights. */
  labels: readonly string[];
  /** It acts only when surer than this. */
  threshold: number;
  /** Weights are integers of 1/scale. */
  scale: number;
  weights: ReadonlyMap<string, readonly number[]>;
}

/**
 * The model file's shape (JSON): the features, and their weights one row after another (a row per
 * feature, a weight per label). Flat, because the page downloads it: an object of arrays costs 0.75 KB
 * more gzip for the same numbers.
 */
export interface ModelFile {
  labels: string[];
  threshold: number;
  scale: number;
  features: string[];
  weights: number[];
}

/** The weights of a model file's `i`th feature: its row, a weight per label. */
export const weightRow = (file: Pick<ModelFile, 'labels' | 'weights'>, i: number): number[] => file.weights.slice(i * file.labels.length, (i + 1) * file.labels.length);

export function modelOf(file: ModelFile): LearnedModel {
  if (file.weights.length !== file.features.length * file.labels.length) {
    throw new Error(`model file: ${file.weights.length} weights for ${file.features.length} features of ${file.labels.length} labels`);
  }
  const weights = new Map(file.features.map((feature, i) => [feature, weightRow(file, i)]));
  return { labels: file.labels, threshold: file.threshold, scale: file.scale, weights };
}

export interface Lean {
  label: string;
  probability: number;
}

/** The model's reading of a reply's features: the most probable class, and how sure. */
export function leanOf(features: ReadonlySet<string>, { labels, weights, scale }: LearnedModel): Lean {
  if (labels.length === 0) return { label: '', probability: 0 };
  const z = labels.map(() => 0);
  for (const feature of features) {
    const w = weights.get(feature);
    if (w) for (let c = 0; c < z.length; c++) z[c] += w[c] / scale;
  }
  return leanFrom(z, labels);
}

/** The most probable label for the summed weights `z`, and its softmax probability. */
export function leanFrom(z: readonly number[], labels: readonly string[]): Lean {
  const top = z.indexOf(Math.max(...z));
  return { label: labels[top], probability: 1 / z.reduce((sum, v) => sum + Math.exp(v - z[top]), 0) };
}

/** How hard weights `w` push towards label `to`: its weight for it less its largest for another. */
export const pushTowards = (w: readonly number[], to: number): number => w[to] - Math.max(...w.filter((_, c) => c !== to));

/** The three that pushed hardest, strongest first. */
export const hardest = (pushes: ReadonlyMap<string, number>): string[] =>
  [...pushes.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([word]) => word);

/** " (words that lean that way: "a", "b")" for a reason, or nothing when no single word did. */
export const leaningWords = (words: readonly string[]) => (words.length > 0 ? ` (words that lean that way: ${words.map((w) => `"${w}"`).join(', ')})` : '');

/** A model that never acts: the rules' reading alone (tests and cross-validation compare with it). */
export const NEVER_ACTS: LearnedModel = { labels: [], threshold: 1, scale: 1, weights: new Map() };
