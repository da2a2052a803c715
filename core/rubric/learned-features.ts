import type { DelegationReading, Family, Move } from './types';

// What the learned checks weigh (learned-check.ts, learned-delegation.ts): the rules' own reading of
// the reply and the reply's words and word pairs. Scoring and training (server/cli/train-rubric-model.ts)
// both take them from here, so the two cannot drift apart.

const WORD = /[a-z']+|[?!]/g;

/**
 * The family check's features: `lower` is the reply's normalised text, `moves` and `rules` the rules'
 * reading of each sentence, `heard` whether the other person's previous turn was given.
 */
export function learnedFeatures(lower: string, moves: readonly Pick<Move, 'kind'>[], rules: readonly string[], family: Family, heard: boolean): Set<string> {
  const features = new Set<string>(['bias', `F:${family}`]);
  if (heard) features.add('ctx');
  for (let i = 0; i < moves.length; i++) {
    features.add(`R:${rules[i]}:${moves[i].kind}`);
    features.add(`K:${moves[i].kind}`);
  }
  return withWords(features, lower);
}

/** The delegation check's features: the rules' delegation reading, the reply's family and moves, and its words. */
export function delegationFeatures(lower: string, moves: readonly Pick<Move, 'kind'>[], family: Family, reading: Pick<DelegationReading, 'level' | 'ownership'>): Set<string> {
  const features = new Set<string>(['bias', `O:${reading.ownership}`, `L:${reading.level}`, `F:${family}`]);
  for (const move of moves) features.add(`K:${move.kind}`);
  return withWords(features, lower);
}

/** Adds the reply's words and word pairs; its start and end are words too ("<s> so" opens a summary, "? </s>" ends on a question). */
function withWords(features: Set<string>, lower: string): Set<string> {
  let previous = '<s>';
  features.add('w:<s>');
  for (const word of lower.match(WORD) ?? []) {
    features.add(`w:${word}`);
    features.add(`b:${previous}_${word}`);
    previous = word;
  }
  features.add('w:</s>');
  features.add(`b:${previous}_</s>`);
  return features;
}
