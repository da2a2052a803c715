import { delegationReading } from './learned-features';
import { features, labels, scale, threshold, weights } from './learned-delegation-model.json';
import { leanOfReply, wordsLeaningTo } from '#word-lean';
import { leaningWords, modelOf, type LearnedModel } from './learned-model';
import { delegationName } from './moves';
import { spanOf } from './text';
import type { DelegationLevel, DelegationReading, Family, Move, Ownership, Span } from './types';

// Delegation is read from cues (delegation.ts), and managers hand over, share or keep a decision in
// words no cue list holds: "the Saturday rota stays as it is" keeps it with no cue at all, and "do
// what you fancy, just send me a pic after" hands it over though the report-back reads as control.
// The learned check (learned-delegation-model.json, learned-model.ts) may read the ownership again
// when it is surer than its threshold. The level it gives is the nearest one of that ownership to the
// rules' level (from none: tell, agree or delegate), and the evidence is the words that leaned it.

/** The model that ships; tests and cross-validation pass others. */
export const SHIPPED_DELEGATION_MODEL: LearnedModel = modelOf({ labels, threshold, scale, features, weights });

const LEVELS: Record<Exclude<Ownership, 'none'>, readonly DelegationLevel[]> = { keeps: [0, 1, 2], shares: [3, 4], hands_over: [5, 6, 7] };
/** From no decision in play: the plainest level of each ownership (RUBRIC.md §2). */
const FROM_NONE: Record<Exclude<Ownership, 'none'>, DelegationLevel> = { keeps: 1, shares: 4, hands_over: 7 };

export function readDelegationByLearnedCheck(
  text: string,
  lower: string,
  moves: readonly Move[],
  family: Family,
  reading: DelegationReading,
  model: LearnedModel = SHIPPED_DELEGATION_MODEL,
): DelegationReading | undefined {
  const lean = leanOfReply(delegationReading(moves, family, reading), lower, model);
  if (lean.probability <= model.threshold || lean.label === reading.ownership) return undefined;
  const ownership = lean.label as Ownership;
  const words = wordsLeaningTo(ownership, lower, model);
  // A decision where the rules saw none needs words that carry one: "you", "are", "what do" lean to
  // handing over in the cases, but "What options do you see from where you are?" hands nothing over.
  if (reading.level === 'none' && !words.some(carriesMeaning)) return undefined;
  const level = ownership === 'none' ? 'none' : nearestLevel(ownership, reading.level);
  const evidence = ownership === 'none' ? [] : spansOf(text, lower, words);
  return {
    level,
    name: delegationName(level),
    ownership,
    // The rules' evidence argued for their reading; with no single word to point at, the whole reply is the evidence.
    evidence: evidence.length > 0 || ownership === 'none' ? evidence : [spanOf(text, 0, text.length)],
    reason: `read by the learned check as ${ownership === 'none' ? 'no decision in play' : `${delegationName(level)} (${ownership.replace('_', ' ')})`}${leaningWords(words)}; the rules read: ${reading.reason}`,
  };
}

/** Function words and marks: words a reading cannot rest on alone. */
const FUNCTION_WORDS = new Set(
  'a an and are be but can could did do does for from he her him his how i if in is it me my of on or our she so that the their them there they this to was we were what when where which who will with would you your ? !'.split(' '),
);
const carriesMeaning = (leaning: string): boolean => leaning.split(' ').some((word) => !FUNCTION_WORDS.has(word));

function nearestLevel(ownership: Exclude<Ownership, 'none'>, from: DelegationLevel | 'none'): DelegationLevel {
  if (from === 'none') return FROM_NONE[ownership];
  return LEVELS[ownership].reduce((best, level) => (Math.abs(level - from) < Math.abs(best - from) ? level : best));
}

/** Where the leaning words first stand in the reply, in reading order. */
function spansOf(text: string, lower: string, words: readonly string[]): Span[] {
  const spans: Span[] = [];
  for (const word of words) {
    const at = findWord(lower, word);
    if (at >= 0) spans.push({ start: at, end: at + word.length, text: text.slice(at, at + word.length) });
  }
  return spans.sort((a, b) => a.start - b.start);
}

const isLetter = (ch: string | undefined) => ch !== undefined && /[a-z']/.test(ch);

/** The first place `word` stands in `lower` as whole words (punctuation marks stand anywhere). */
function findWord(lower: string, word: string): number {
  for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
    if (!/^[a-z']/.test(word) || (!isLetter(lower[at - 1]) && !isLetter(lower[at + word.length]))) return at;
  }
  return -1;
}
