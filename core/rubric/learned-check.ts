import { familyReading } from './learned-features';
import { features, labels, scale, threshold, weights } from './learned-family-model.json';
import { leanOfReply, wordsLeaningTo } from '#word-lean';
import { leaningWords, modelOf, type LearnedModel } from './learned-model';
import { makeMove } from './moves';
import { AMOUNT_VERDICT, FIRST_PERSON, FOR_EVERYONE, GENERAL_EXPLANATION, GENERAL_SUBJECT, NOT_A_RESTATEMENT } from './sentence-words';
import type { Family, Move, MoveKind } from './types';

// The rules read a statement as a reflection, information or a remark from cues that real talk
// often lacks: about half of the scorer's errors on human conversations are statements read as
// reflections that coders called information or other (issue 13). The learned check
// (learned-family-model.json, learned-model.ts) may read a reply of statements again. Away from the
// rules' reading it moves an ask to a tell or other, and information to other. Towards a reflection
// it moves only what no cue read: in answer to a turn that told something (not one that asked), the
// statements the rules read by their fallbacks (information with no cue, a remark with nothing to
// inform) may be their words given back, the counsellor's reflection in words of its own ("She was the
// one who got you through the nights", "That must've stung"), when the check is surer still.
// Questions and solutions (advice, directives, takeovers) are read by their form and are never
// touched, and every move keeps the rules' span and cue.

export const LEARNED_RULE = 'learned-reading';

/** The model that ships; tests and cross-validation pass others. */
export const SHIPPED_FAMILY_MODEL: LearnedModel = modelOf({ labels, threshold, scale, features, weights });

/** Statements whose reading the check may outweigh; any other move in the reply leaves it to the rules. */
const STATEMENT_KINDS: ReadonlySet<MoveKind> = new Set(['reflection', 'information', 'affirmation', 'other']);
/** Where it may move a reply away from the rules' reading: from an ask, and from a tell to other. */
const MAY_MOVE: Record<Family, readonly string[]> = { ask: ['tell', 'other'], tell: ['other'], other: [] };
/** What a statement becomes when the reply moves to that family. */
const KIND_IN: Record<Family, MoveKind> = { ask: 'reflection', tell: 'information', other: 'other' };
const WHY: Record<Family, string> = {
  ask: 'their words given back',
  tell: "information of the speaker's own, not their words given back",
  other: 'a remark, not information or their words given back',
};
/** Dominance among statements (RUBRIC.md §1): a reflection outranks information, which outranks a remark. */
const RANK: Record<Family, number> = { ask: 2, tell: 1, other: 0 };
/**
 * The rules that read a statement no cue settles: as information (a statement of fact or view) or as
 * a remark with nothing to inform. Only their readings may become their words given back.
 */
const CUELESS_STATEMENTS: ReadonlySet<string> = new Set(['fallback-information', 'no-content']);
/**
 * How sure the check must be to read cue-less statements as their words given back: surer than for
 * a move away from a reflection (the model's threshold), because there it supplies the evidence.
 * Both chosen by cross-validation over the blind sets (docs/rubric.md, twenty-second pass).
 */
export const GIVES_BACK_THRESHOLD = 0.5;

const REFLECTION_CUE_RULE = 'reflection-cue';
/** A reflection's frame in so many words: "it sounds like", "it seems as though", "it's like your". */
const EXPLICIT_FRAME = /^(?:it |that )?(?:sounds|seems) (?:like|as if|as though)$|^it'?s (?:kind of |almost |just )?like (?:your|ur|the)\b/;

/** The other person's turn the reply answers: whether there is one, and whether it asked something. */
export interface TheirTurn {
  heard: boolean;
  asked: boolean;
}

/**
 * The reply's moves read again by the learned check, with the indexes of the moves it changed; or
 * undefined where it leaves the rules' reading (a question or solution in the reply, a reading it
 * may not move, or a lean no surer than the model's threshold).
 */
export function readByLearnedCheck(
  lower: string,
  moves: readonly Move[],
  rules: readonly string[],
  family: Family,
  turn: TheirTurn,
  model: LearnedModel = SHIPPED_FAMILY_MODEL,
): { moves: Move[]; changed: number[] } | undefined {
  if (!moves.every((m) => STATEMENT_KINDS.has(m.kind))) return undefined;
  // A reflection said in so many words ("it sounds like you're more hurt than angry", "it's like your body is
  // still braced") is the rules' evidence: the words of the reply outweigh it less often than they are right.
  if (family === 'ask' && moves.some((m, i) => rules[i] === REFLECTION_CUE_RULE && !!m.cue && EXPLICIT_FRAME.test(m.cue.text.toLowerCase()))) return undefined;
  const mayGiveBack = family !== 'ask' && mayBeGivenBack(lower, moves, rules, turn);
  // A reply of remarks may only become their words given back: the model is not asked unless it may.
  if (family === 'other' && !mayGiveBack) return undefined;
  const lean = leanOfReply(familyReading(moves, rules, family, turn.heard), lower, model);
  const to = lean.label as Family;
  const givesBack = mayGiveBack && to === 'ask' && lean.probability > GIVES_BACK_THRESHOLD;
  if (!givesBack && (lean.probability <= model.threshold || !MAY_MOVE[family].includes(to))) return undefined;
  const words = leaningWords(wordsLeaningTo(to, lower, model));
  const changed: number[] = [];
  // A loop, not map(), and moves made by makeMove: score-reply.ts says why.
  const read: Move[] = [];
  for (let i = 0; i < moves.length; i++) {
    const move = moves[i];
    // Towards their words given back only the cue-less statements change; praise or a greeting beside them stays.
    if (givesBack ? !CUELESS_STATEMENTS.has(rules[i]) : RANK[move.family] <= RANK[to]) read.push(move);
    else {
      changed.push(i);
      read.push(makeMove(move, KIND_IN[to], `read by the learned check as ${WHY[to]}${words}; the rules read: ${move.reason}`, move.cue));
    }
  }
  return { moves: read, changed };
}

/**
 * Whether the reply may be their words given back: it answers a turn that told something, some of it
 * no cue read, and none of its information a cue read; and no cue-less sentence brings in what a
 * restatement cannot (as the rules' cue-less reflections require): the leader's own world ("we had
 * the same on the Atlas project"), a general truth ("people change jobs all the time"), a prediction
 * or condition, a verdict on an amount.
 */
function mayBeGivenBack(lower: string, moves: readonly Move[], rules: readonly string[], turn: TheirTurn): boolean {
  if (!turn.heard || turn.asked || !rules.some((rule) => CUELESS_STATEMENTS.has(rule))) return false;
  return moves.every((move, i) =>
    CUELESS_STATEMENTS.has(rules[i]) ? restatesAtMost(lower.slice(move.start, move.end).trim()) : move.kind !== 'information',
  );
}

const restatesAtMost = (sentence: string): boolean =>
  !FIRST_PERSON.test(sentence) && !GENERAL_SUBJECT.test(sentence) && !GENERAL_EXPLANATION.test(sentence) && !FOR_EVERYONE.test(sentence) && !NOT_A_RESTATEMENT.test(sentence) && !AMOUNT_VERDICT.test(sentence);
