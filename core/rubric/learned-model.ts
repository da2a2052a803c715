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

/** The model file's shape (JSON). */
export interface ModelFile {
  labels: string[];
  threshold: number;
  scale: number;
  weights: Record<string, number[]>;
}

export const modelOf = (file: ModelFile): LearnedModel => ({ labels: file.labels, threshold: file.threshold, scale: file.scale, weights: new Map(Object.entries(file.weights)) });

export interface Lean {
  label: string;
  probability: number;
  /** The reply's words and word pairs that pushed hardest towards it, strongest first, each once. */
  words: string[];
}

/** The model's reading of a reply's features: the most probable class, how sure, and the words behind it. */
export function leanOf(features: ReadonlySet<string>, { labels, weights, scale }: LearnedModel): Lean {
  if (labels.length === 0) return { label: '', probability: 0, words: [] };
  const z = labels.map(() => 0);
  for (const feature of features) {
    const w = weights.get(feature);
    if (w) for (let c = 0; c < z.length; c++) z[c] += w[c] / scale;
  }
  const top = z.indexOf(Math.max(...z));
  const probability = 1 / z.reduce((sum, v) => sum + Math.exp(v - z[top]), 0);
  const push = (w: readonly number[] | undefined) => (w ? w[top] - Math.max(...w.filter((_, c) => c !== top)) : 0);
  const words = [...features]
    .filter((f) => f.startsWith('w:') || f.startsWith('b:'))
    .map((f) => ({ f, push: push(weights.get(f)) }))
    .filter(({ push }) => push > 0)
    .sort((a, b) => b.push - a.push)
    .map(({ f }) => f.slice(2).replace('_', ' ').replace(/<\/?s> ?| ?<\/?s>/g, ''))
    .filter((word, i, all) => word !== '' && all.indexOf(word) === i)
    .slice(0, 3);
  return { label: labels[top], probability, words };
}

/** A model that never acts: the rules' reading alone (tests and cross-validation compare with it). */
export const NEVER_ACTS: LearnedModel = { labels: [], threshold: 1, scale: 1, weights: new Map() };
