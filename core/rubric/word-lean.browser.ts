import { walkWords } from './learned-features';
import { hardest, leanOf, pushTowards, type Lean, type LearnedModel } from './learned-model';

// The page's reading of a reply's words for the learned checks: every word and pair as a feature string,
// looked up in the model. Node reads them through a trie instead (word-lean.ts says why the page does not);
// a test checks the two give the same lean and the same words on every case.

/** The model's reading of the rules' `reading` and the reply's words (`lower`: its normalised text). */
export function leanOfReply(reading: ReadonlySet<string>, lower: string, model: LearnedModel): Lean {
  const features = new Set(reading);
  walkWords(
    lower,
    (word) => features.add(`w:${word}`),
    (first, second) => features.add(`b:${first}_${second}`),
  );
  return leanOf(features, model);
}

/** The reply's start and end marks lean too, but are not words to show. */
const shown = (word: string) => (word === '<s>' || word === '</s>' ? '' : word);

/** The reply's words and pairs that pushed hardest towards `label`, strongest first, each once. */
export function wordsLeaningTo(label: string, lower: string, { labels, weights }: LearnedModel): string[] {
  const to = labels.indexOf(label);
  const pushes = new Map<string, number>();
  walkWords(
    lower,
    (word) => weigh(pushes, to, shown(word), weights.get(`w:${word}`)),
    (first, second) => weigh(pushes, to, [shown(first), shown(second)].filter(Boolean).join(' '), weights.get(`b:${first}_${second}`)),
  );
  return hardest(pushes);
}

/** Keeps in `pushes` how hard `shown` pushed towards label `to` (learned-model.ts), where it did and harder than it had. */
function weigh(pushes: Map<string, number>, to: number, shown: string, w: readonly number[] | undefined): void {
  const push = w && shown ? pushTowards(w, to) : 0;
  if (push > 0 && push > (pushes.get(shown) ?? 0)) pushes.set(shown, push);
}
