import { hardest, leanFrom, pushTowards, type Lean, type LearnedModel } from './learned-model';
import { WordTrie } from './word-trie';

// The learned checks' reading of a reply's words where it pays (Node: the server, the CLI, the benches and
// tests). The page gets word-lean.browser.ts instead, through package.json's "#word-lean" import, which
// bundlers resolve with the "browser" condition: it builds the reply's word and pair features as strings
// and looks each up, the same sums in the same order (a test compares the two on every case), in 0.56 KB
// gzip less, which the practice page's 150 KB budget (issue 11) needs more than the live meter needs the
// speed (bench:web: a keystroke re-reads one sentence, and the meter stays far under its 4 ms).

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
  /** How hard it pushes towards each label: its weight for the label less its largest for another. */
  pushes: Float64Array;
  /** The call that last counted it. */
  stamp: number;
}

/** A word or pair's weights as the trie keeps them. */
const weighed = (weights: readonly number[]): Weighed => ({
  weights,
  pushes: Float64Array.from(weights, (_, to) => pushTowards(weights, to)),
  stamp: 0,
});

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
    if (feature.startsWith('w:')) entry(feature.slice(2)).word = weighed(w);
    else if (feature.startsWith('b:')) {
      const cut = feature.indexOf('_');
      const first = entry(feature.slice(2, cut));
      (first.pairs ??= new Map()).set(entry(feature.slice(cut + 1)), weighed(w));
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
 * A word is cut out of the reply only when it pushes that way: the check reads long replies again here
 * when it acts, and cutting every word out took most of its time.
 */
export function wordsLeaningTo(label: string, lower: string, { labels, weights }: LearnedModel): string[] {
  const to = labels.indexOf(label);
  const pushes = new Map<string, number>();
  // The reply's start and end marks lean too, but are not words to show: they stand nowhere (0 to 0).
  let beforeStart = 0;
  let beforeEnd = 0;
  walkEntries(wordTrieOf(weights), lower, (entry, previous, start, end) => {
    const word = entry?.word;
    if (word && word.pushes[to] > 0 && end > start) keep(pushes, lower.slice(start, end), word.pushes[to]);
    const pair = entry && previous?.pairs?.get(entry);
    if (pair && pair.pushes[to] > 0) {
      const shown = [lower.slice(beforeStart, beforeEnd), lower.slice(start, end)].filter(Boolean).join(' ');
      if (shown) keep(pushes, shown, pair.pushes[to]);
    }
    beforeStart = start;
    beforeEnd = end;
  });
  return hardest(pushes);
}

/** Keeps how hard `shown` pushed, where it pushed harder than it had. */
function keep(pushes: Map<string, number>, shown: string, push: number): void {
  if (push > (pushes.get(shown) ?? 0)) pushes.set(shown, push);
}
