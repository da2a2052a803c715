import type { ModelFile } from '@core/rubric/learned-model';

// Multinomial logistic regression by plain SGD, deterministic: a fixed visiting order, no random
// numbers, so the same cases always give the same model file (a test retrains and compares).

export interface Example {
  features: readonly string[];
  label: string;
  /** Which case file it came from: a feature must recur across files to be kept. */
  source: string;
  /** How much the example counts (our rubric's own cases count more than the blind sets). */
  weight: number;
}

export interface TrainOptions {
  epochs: number;
  rate: number;
  l2: number;
  /** Features seen in fewer case files than this are dropped: one writer's topic words are not evidence. */
  minSources: number;
  /** How many features the shipped model keeps (the browser loads it): the strongest, then retrained. */
  keep: number;
  /** Weights are stored as integers of 1/scale. */
  scale: number;
  /**
   * Prime strides, one visiting order each: the model is the mean of one SGD run per order, so adding a
   * case file reshuffles it less (one order alone read 59 of 3,413 rows differently without one file; five, 35).
   */
  orders: readonly number[];
}

type Weights = Map<string, number[]>;

/**
 * The shipped features and weights (a row per feature, as a model file holds them): trained on the
 * recurring features, pruned to the strongest `keep`, retrained and rounded.
 */
export function trainModel(examples: readonly Example[], labels: readonly string[], options: TrainOptions): Pick<ModelFile, 'features' | 'weights'> {
  const sources = new Map<string, Set<string>>();
  for (const { features, source } of examples) for (const f of features) (sources.get(f) ?? sources.set(f, new Set()).get(f)!).add(source);
  const recurring = examples.map((e) => ({ ...e, features: e.features.filter((f) => sources.get(f)!.size >= options.minSources) }));
  const first = sgd(recurring, labels, options);
  const strongest = new Set(
    [...first.entries()]
      .sort(([fa, a], [fb, b]) => strength(b) - strength(a) || (fa < fb ? -1 : 1))
      .slice(0, options.keep)
      .map(([f]) => f),
  );
  const pruned = sgd(recurring.map((e) => ({ ...e, features: e.features.filter((f) => strongest.has(f)) })), labels, options);
  const rounded: Pick<ModelFile, 'features' | 'weights'> = { features: [], weights: [] };
  for (const f of [...pruned.keys()].sort()) {
    // + 0 turns -0 into 0, so the file never says -0.
    const w = pruned.get(f)!.map((v) => Math.round(v * options.scale) + 0);
    if (w.some((v) => v !== 0)) {
      rounded.features.push(f);
      rounded.weights.push(...w);
    }
  }
  return rounded;
}

const strength = (w: readonly number[]) => Math.max(...w.map(Math.abs));

function sgd(examples: readonly Example[], labels: readonly string[], options: TrainOptions): Weights {
  const runs = options.orders.map((stride) => sgdInOrder(examples, labels, options, stride));
  const mean: Weights = new Map();
  for (const run of runs) {
    for (const [f, w] of run) {
      const sum = mean.get(f) ?? mean.set(f, new Array<number>(w.length).fill(0)).get(f)!;
      w.forEach((v, c) => (sum[c] += v / runs.length));
    }
  }
  return mean;
}

function sgdInOrder(examples: readonly Example[], labels: readonly string[], { epochs, rate, l2 }: TrainOptions, stride: number): Weights {
  const weights: Weights = new Map();
  const k = labels.length;
  const of = (f: string) => weights.get(f) ?? weights.set(f, new Array<number>(k).fill(0)).get(f)!;
  const n = examples.length;
  // A prime stride visits every example once per epoch in a scattered order (n is never a multiple of it).
  if (n % stride === 0) throw new Error(`cannot train on a multiple of ${stride} examples`);
  for (let epoch = 0; epoch < epochs; epoch++) {
    const step = rate / (1 + epoch);
    for (let i = 0; i < n; i++) {
      const { features, label, weight } = examples[(i * stride + epoch * 104729) % n];
      const z = new Array<number>(k).fill(0);
      for (const f of features) {
        const w = of(f);
        for (let c = 0; c < k; c++) z[c] += w[c];
      }
      const p = softmax(z);
      const y = labels.indexOf(label);
      if (y < 0) throw new Error(`unknown label "${label}"`);
      for (const f of features) {
        const w = of(f);
        for (let c = 0; c < k; c++) w[c] -= step * weight * (p[c] - (c === y ? 1 : 0) + l2 * w[c]);
      }
    }
  }
  return weights;
}

function softmax(z: readonly number[]): number[] {
  const top = Math.max(...z);
  const e = z.map((v) => Math.exp(v - top));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}
