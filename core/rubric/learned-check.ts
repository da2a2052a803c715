import { familyReading } from './learned-features';
import { features, labels, scale, threshold, weights } from './learned-family-model.json';
import { leaningWords, leanOfReply, modelOf, wordsLeaningTo, type LearnedModel } from './learned-model';
import { familyOf } from './moves';
import type { Family, Move, MoveKind } from './types';

// The rules read a statement as a reflection, information or a remark from cues that real talk
// often lacks: about half of the scorer's errors on human conversations are statements read as
// reflections that coders called information or other (issue 13). The learned check
// (learned-family-model.json, learned-model.ts) may read a reply of statements again, and only away
// from the rules' reading in one direction: a reflection needs positive evidence (RUBRIC.md), so it
// moves an ask to a tell or other, and information to other. Questions and solutions (advice,
// directives, takeovers) are read by their form and are never touched, and every move keeps the
// rules' span and cue.

export const LEARNED_RULE = 'learned-reading';

/** The model that ships; tests and cross-validation pass others. */
export const SHIPPED_FAMILY_MODEL: LearnedModel = modelOf({ labels, threshold, scale, features, weights });

/** Statements whose reading the check may outweigh; any other move in the reply leaves it to the rules. */
const STATEMENT_KINDS: ReadonlySet<MoveKind> = new Set(['reflection', 'information', 'affirmation', 'other']);
/** Where it may move a reply: only away from an ask, and from a tell to other. */
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
 * The reply's moves read again by the learned check, with the indexes of the moves it changed; or
 * undefined where it leaves the rules' reading (a question or solution in the reply, a reading it
 * may not move, or a lean no surer than the model's threshold).
 */
export function readByLearnedCheck(
  lower: string,
  moves: readonly Move[],
  rules: readonly string[],
  family: Family,
  heard: boolean,
  model: LearnedModel = SHIPPED_FAMILY_MODEL,
): { moves: Move[]; changed: number[] } | undefined {
  if (family === 'other' || !moves.every((m) => STATEMENT_KINDS.has(m.kind))) return undefined;
  const lean = leanOfReply(familyReading(moves, rules, family, heard), lower, model);
  if (lean.probability <= model.threshold || !MAY_MOVE[family].includes(lean.label)) return undefined;
  const to = lean.label as Family;
  const words = leaningWords(wordsLeaningTo(to, lower, model));
  const changed: number[] = [];
  const read = moves.map((move, i) => {
    if (RANK[move.family] <= RANK[to]) return move;
    changed.push(i);
    const kind = KIND_IN[to];
    return { ...move, kind, family: familyOf(kind), reason: `read by the learned check as ${WHY[to]}${words}; the rules read: ${move.reason}` };
  });
  return { moves: read, changed };
}
