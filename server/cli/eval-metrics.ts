// Agreement figures for the evaluation command (RUBRIC.md §4): accuracy, per-label precision,
// recall and F1, their macro average, Cohen's kappa and the confusion matrix (gold -> predicted).

export interface LabelFigures {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface Agreement {
  n: number;
  accuracy: number;
  macro_f1: number;
  kappa: number;
  per_label: Record<string, LabelFigures>;
  confusion: Record<string, Record<string, number>>;
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

export function agreement(labels: readonly string[], gold: readonly string[], predicted: readonly string[]): Agreement {
  if (gold.length !== predicted.length) throw new Error('gold and predicted differ in length');
  const n = gold.length;
  const confusion: Record<string, Record<string, number>> = {};
  for (const g of labels) confusion[g] = Object.fromEntries(labels.map((p) => [p, 0]));
  let correct = 0;
  for (let i = 0; i < n; i++) {
    confusion[gold[i]][predicted[i]]++;
    if (gold[i] === predicted[i]) correct++;
  }
  const per_label: Record<string, LabelFigures> = {};
  let expected = 0;
  for (const l of labels) {
    const tp = confusion[l][l];
    const goldCount = labels.reduce((s, p) => s + confusion[l][p], 0);
    const predCount = labels.reduce((s, g) => s + confusion[g][l], 0);
    const precision = predCount === 0 ? 0 : tp / predCount;
    const recall = goldCount === 0 ? 0 : tp / goldCount;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    per_label[l] = { precision: round(precision), recall: round(recall), f1: round(f1), support: goldCount };
    expected += n === 0 ? 0 : (goldCount / n) * (predCount / n);
  }
  const accuracy = n === 0 ? 0 : correct / n;
  // Macro F1 averages over the labels present in the gold data, so an unused label does not count as 0.
  const present = labels.filter((l) => per_label[l].support > 0);
  const macro = present.length === 0 ? 0 : present.reduce((s, l) => s + per_label[l].f1, 0) / present.length;
  const kappa = expected === 1 ? (accuracy === 1 ? 1 : 0) : (accuracy - expected) / (1 - expected);
  return { n, accuracy: round(accuracy), macro_f1: round(macro), kappa: round(kappa), per_label, confusion };
}
