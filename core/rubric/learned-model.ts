import { WordTrie } from './word-trie';

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
function leanFrom(z: readonly number[], labels: readonly string[]): Lean {
  const top = z.indexOf(Math.max(...z));
  return { label: labels[top], probability: 1 / z.reduce((sum, v) => sum + Math.exp(v - z[top]), 0) };
}

/**
 * The same reading as leanOf(features), the same sums in the same order, without building a string
 * for every word and pair of the reply: only those the model weighs are looked at. `reading` is the
 * features from the rules' reading (learned-features.ts), `lower` the reply's normalised text. The
 * scorer runs this on every reply; a test checks it against leanOf on all our cases.
 */
export function leanOfReply(reading: ReadonlySet<string>, lower: string, model: LearnedModel): Lean {
  const { labels, weights, scale } = model;
  if (labels.length === 0) return { label: '', probability: 0 };
  const z = labels.map(() => 0);
  for (const feature of reading) {
    const w = weights.get(feature);
    if (w) addTo(z, w, scale);
  }
  // A word or pair counts once, as in a feature set: each weighed one is stamped with this call.
  const stamp = ++calls;
  walkEntries(wordTrieOf(weights), lower, (entry, previous) => {
    if (entry) {
      countOnce(z, entry.word, stamp, scale);
      countOnce(z, previous?.pairs?.get(entry), stamp, scale);
    }
  });
  return leanFrom(z, labels);
}

let calls = 0;

// Module functions, not closures made on every call: tsx (the server, the benches) names each closure
// it makes with Object.defineProperty, which cost more than the sums themselves.
function addTo(z: number[], w: readonly number[], scale: number): void {
  for (let c = 0; c < z.length; c++) z[c] += w[c] / scale;
}

/** Adds a weighed word or pair to `z` unless this call (`stamp`) counted it already. */
function countOnce(z: number[], weighed: Weighed | undefined, stamp: number, scale: number): void {
  if (!weighed || weighed.stamp === stamp) return;
  weighed.stamp = stamp;
  addTo(z, weighed.weights, scale);
}

interface Weighed {
  weights: readonly number[];
  /** The call that last counted it. */
  stamp: number;
}

/** A word the model weighs, or one that ends a pair it weighs: its weights, and the pairs it starts by their second word. */
interface TrieEntry {
  word?: Weighed;
  pairs?: Map<TrieEntry, Weighed>;
}

const wordTries = new WeakMap<ReadonlyMap<string, readonly number[]>, WordTrie<TrieEntry>>();

/** The model's words and pairs in a trie (word-trie.ts), built once per model. */
function wordTrieOf(weights: ReadonlyMap<string, readonly number[]>): WordTrie<TrieEntry> {
  let trie = wordTries.get(weights);
  if (trie) return trie;
  trie = new WordTrie<TrieEntry>(weights.size * 4);
  const entry = (word: string) => trie!.entry(word, () => ({}));
  for (const [feature, w] of weights) {
    if (feature.startsWith('w:')) entry(feature.slice(2)).word = { weights: w, stamp: 0 };
    else if (feature.startsWith('b:')) {
      const cut = feature.indexOf('_');
      const first = entry(feature.slice(2, cut));
      (first.pairs ??= new Map()).set(entry(feature.slice(cut + 1)), { weights: w, stamp: 0 });
    }
  }
  wordTries.set(weights, trie);
  return trie;
}

/**
 * Each word of the reply in order, as walkWords (learned-features.ts) reads them, with the start and end
 * marks: its entry and the previous word's (undefined where the model weighs neither it nor a pair
 * ending in it), and where it stands in `lower` (no place for the marks).
 */
function walkEntries(trie: WordTrie<TrieEntry>, lower: string, onWord: (entry: TrieEntry | undefined, previous: TrieEntry | undefined, start: number, end: number) => void): void {
  let previous = trie.mark('<s>');
  onWord(previous, undefined, 0, 0);
  trie.eachWord(lower, (entry, start, end) => {
    onWord(entry, previous, start, end);
    previous = entry;
  });
  onWord(trie.mark('</s>'), previous, 0, 0);
}

/**
 * The reply's words and word pairs that pushed hardest towards `label`, strongest first, each once (a
 * reason names them, and the delegation check points at them). `lower` is the reply's normalised text.
 */
export function wordsLeaningTo(label: string, lower: string, { labels, weights }: LearnedModel): string[] {
  const to = labels.indexOf(label);
  const pushes = new Map<string, number>();
  // The reply's start and end marks lean too, but are not words to show.
  let shownBefore = '';
  walkEntries(wordTrieOf(weights), lower, (entry, previous, start, end) => {
    const shown = lower.slice(start, end);
    weigh(pushes, to, shown, entry?.word?.weights);
    const pair = entry && previous?.pairs?.get(entry);
    if (pair) weigh(pushes, to, [shownBefore, shown].filter(Boolean).join(' '), pair.weights);
    shownBefore = shown;
  });
  return [...pushes.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([word]) => word);
}

/** Keeps in `pushes` how hard `shown` pushed towards label `to`, where it pushed harder than it had. */
function weigh(pushes: Map<string, number>, to: number, shown: string, w: readonly number[] | undefined): void {
  if (!w || !shown) return;
  const push = w[to] - Math.max(...w.filter((_, c) => c !== to));
  if (push > 0 && push > (pushes.get(shown) ?? 0)) pushes.set(shown, push);
}

/** " (words that lean that way: "a", "b")" for a reason, or nothing when no single word did. */
export const leaningWords = (words: readonly string[]) => (words.length > 0 ? ` (words that lean that way: ${words.map((w) => `"${w}"`).join(', ')})` : '');

/** A model that never acts: the rules' reading alone (tests and cross-validation compare with it). */
export const NEVER_ACTS: LearnedModel = { labels: [], threshold: 1, scale: 1, weights: new Map() };
