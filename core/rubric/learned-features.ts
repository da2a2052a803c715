import type { Family, Move } from './types';

// What the learned check (learned-check.ts) weighs: the rules' own reading of the reply (its family,
// and each sentence's rule and move) and the reply's words and word pairs. Scoring and training
// (server/cli/train-rubric-model.ts) both take them from here, so the two cannot drift apart.

const WORD = /[a-z']+|[?!]/g;

/**
 * The features of a reply: `lower` is its normalised text, `moves` and `rules` the rules' reading
 * of each sentence, `heard` whether the other person's previous turn was given.
 */
export function learnedFeatures(lower: string, moves: readonly Pick<Move, 'kind'>[], rules: readonly string[], family: Family, heard: boolean): Set<string> {
  const features = new Set<string>(['bias', `F:${family}`]);
  if (heard) features.add('ctx');
  for (let i = 0; i < moves.length; i++) {
    features.add(`R:${rules[i]}:${moves[i].kind}`);
    features.add(`K:${moves[i].kind}`);
  }
  // The reply's start and end are words too: "<s> so" opens a summary, "? </s>" ends on a question.
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
