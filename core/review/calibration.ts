import type { Agreement, AgreementSet } from './wire';

// How often a coach kept the scorer's reading: agreement rate and Cohen's kappa, over all labels
// and per label (that label against all others). Pure; the server gathers the pairs.

export interface LabelPair {
  scorer: string;
  coach: string;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Cohen's kappa from observed and chance agreement; undefined (null) when chance agreement is 1. */
const kappaOf = (observed: number, chance: number): number | null => (chance >= 1 ? null : round((observed - chance) / (1 - chance)));

function perLabel(pairs: readonly LabelPair[], label: string): Agreement {
  const n = pairs.length;
  let both = 0;
  let scorer = 0;
  let coach = 0;
  for (const p of pairs) {
    if (p.scorer === label) scorer += 1;
    if (p.coach === label) coach += 1;
    if (p.scorer === label && p.coach === label) both += 1;
  }
  const neither = n - scorer - coach + both;
  const observed = (both + neither) / n;
  const chance = (scorer * coach + (n - scorer) * (n - coach)) / (n * n);
  return { label, scorer, coach, both, agreementRate: scorer === 0 ? null : round(both / scorer), kappa: kappaOf(observed, chance) };
}

/** Agreement over all pairs and per label, labels in `order` first, then any other seen, alphabetically. */
export function agreement(pairs: readonly LabelPair[], order: readonly string[] = []): AgreementSet {
  const n = pairs.length;
  const agreed = pairs.filter((p) => p.scorer === p.coach).length;
  const seen = new Set(pairs.flatMap((p) => [p.scorer, p.coach]));
  const labels = [...order.filter((l) => seen.has(l)), ...[...seen].filter((l) => !order.includes(l)).sort()];
  if (n === 0) return { items: 0, agreed: 0, agreementRate: null, kappa: null, perLabel: [] };
  const chance = labels.reduce((sum, label) => {
    const s = pairs.filter((p) => p.scorer === label).length / n;
    const c = pairs.filter((p) => p.coach === label).length / n;
    return sum + s * c;
  }, 0);
  return {
    items: n,
    agreed,
    agreementRate: round(agreed / n),
    kappa: kappaOf(agreed / n, chance),
    perLabel: labels.map((label) => perLabel(pairs, label)),
  };
}
