import type { DelegationReading, Family, Move } from './types';

// What the learned checks weigh (learned-check.ts, learned-delegation.ts): the rules' own reading of
// the reply and the reply's words and word pairs. Scoring and training (server/cli/train-rubric-model.ts)
// both take them from here, so the two cannot drift apart.

/** A word: a run of letters and apostrophes, or a "?" or "!". word-trie.ts reads the same words character by character: change both together (a test compares the two readings on every case). */
const WORD = /[a-z']+|[?!]/g;

/**
 * The family check's features: `lower` is the reply's normalised text, `moves` and `rules` the rules'
 * reading of each sentence, `heard` whether the other person's previous turn was given.
 */
export function learnedFeatures(lower: string, moves: readonly Pick<Move, 'kind'>[], rules: readonly string[], family: Family, heard: boolean): Set<string> {
  return withWords(familyReading(moves, rules, family, heard), lower);
}

/** The family check's features from the rules' reading alone (the words are walked apart: learned-model.ts). */
export function familyReading(moves: readonly Pick<Move, 'kind'>[], rules: readonly string[], family: Family, heard: boolean): Set<string> {
  const features = new Set<string>(['bias', feature('F:', family)]);
  if (heard) features.add('ctx');
  for (let i = 0; i < moves.length; i++) {
    features.add(ruleFeature(rules[i], moves[i].kind));
    features.add(feature('K:', moves[i].kind));
  }
  return features;
}

/** The delegation check's features: the rules' delegation reading, the reply's family and moves, and its words. */
export function delegationFeatures(lower: string, moves: readonly Pick<Move, 'kind'>[], family: Family, reading: Pick<DelegationReading, 'level' | 'ownership'>): Set<string> {
  return withWords(delegationReading(moves, family, reading), lower);
}

/** The delegation check's features from the rules' reading alone. */
export function delegationReading(moves: readonly Pick<Move, 'kind'>[], family: Family, reading: Pick<DelegationReading, 'level' | 'ownership'>): Set<string> {
  const features = new Set<string>(['bias', feature('O:', reading.ownership), feature('L:', reading.level), feature('F:', family)]);
  for (const move of moves) features.add(feature('K:', move.kind));
  return features;
}

// Each feature of a reading is made once and kept: the same string object every reply, whose hash the
// models' maps then know, instead of a new string built and hashed for every feature of every reply.
// Values are the finite sets of rule ids, move kinds, levels, ownerships and families.
// Tables with no prototype, so no key ("constructor", "toString") can ever find an inherited value.
const table = (): Record<string, string> => Object.create(null) as Record<string, string>;
const made: Record<string, Record<string, string>> = Object.create(null) as Record<string, Record<string, string>>;
const madeForRules: Record<string, Record<string, string>> = Object.create(null) as Record<string, Record<string, string>>;
const feature = (prefix: string, value: string | number): string => ((made[prefix] ??= table())[value] ??= prefix + value);
const ruleFeature = (rule: string, kind: string): string => ((madeForRules[rule] ??= table())[kind] ??= `R:${rule}:${kind}`);

/**
 * Walks the reply's words and word pairs in order, its start and end counting as words ("<s> so" opens
 * a summary, "? </s>" ends on a question). The feature sets above and the models' fast path
 * (learned-model.ts) both walk them here, in the same order.
 */
export function walkWords(lower: string, onWord: (word: string) => void, onPair: (first: string, second: string) => void): void {
  let previous = '<s>';
  onWord(previous);
  for (const word of lower.match(WORD) ?? []) {
    onWord(word);
    onPair(previous, word);
    previous = word;
  }
  onWord('</s>');
  onPair(previous, '</s>');
}

function withWords(features: Set<string>, lower: string): Set<string> {
  walkWords(
    lower,
    (word) => features.add(`w:${word}`),
    (first, second) => features.add(`b:${first}_${second}`),
  );
  return features;
}
