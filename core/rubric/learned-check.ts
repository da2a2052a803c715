import { learnedFeatures } from './learned-features';
import shipped from './learned-model.json';
import { familyOf } from './moves';
import type { Family, Move, MoveKind } from './types';

// The rules read a statement as a reflection, information or a remark from cues that real talk
// often lacks: about half of the scorer's errors on human conversations are statements read as
// reflections that coders called information or other (issue 13). The learned check is a small
// linear model (learned-model.json: multinomial logistic regression over the rules' own reading and
// the reply's words, trained only on our own labelled cases by server/cli/train-rubric-model.ts). It
// may read a reply of statements again, and only away from the rules' reading in one direction:
// a reflection needs positive evidence (RUBRIC.md), so it moves an ask to a tell or other, and
// information to other. Questions and solutions (advice, directives, takeovers) are read by their
// form and are never touched, and every move keeps the rules' span and cue.

export const LEARNED_RULE = 'learned-reading';

const LABELS: readonly Family[] = ['ask', 'tell', 'other'];

/** A trained model: weights in integers of 1/scale per family (ask, tell, other), and how sure it must be to act. */
export interface LearnedModel {
  threshold: number;
  scale: number;
  weights: ReadonlyMap<string, readonly number[]>;
}

/** The model that ships (learned-model.json); tests and training pass others. */
export const SHIPPED_MODEL: LearnedModel = { threshold: shipped.threshold, scale: shipped.scale, weights: new Map(Object.entries(shipped.weights)) };
/** Statements whose reading the check may outweigh; any other move in the reply leaves it to the rules. */
const STATEMENT_KINDS: ReadonlySet<MoveKind> = new Set(['reflection', 'information', 'affirmation', 'other']);
/** Where it may move a reply: only away from an ask, and from a tell to other. */
const MAY_MOVE: Record<Family, readonly Family[]> = { ask: ['tell', 'other'], tell: ['other'], other: [] };
/** What a statement becomes when the reply moves to that family. */
const KIND_IN: Record<Family, MoveKind> = { ask: 'reflection', tell: 'information', other: 'other' };
const WHY: Record<Family, string> = {
  ask: 'their words given back',
  tell: "information of the speaker's own, not their words given back",
  other: 'a remark, not information or their words given back',
};

export interface Lean {
  family: Family;
  probability: number;
  /** The reply's words that pushed hardest that way, strongest first (the reason names them). */
  words: string[];
}

/** The model's reading of a reply's features: the most probable family, how sure, and the words behind it. */
export function leanOf(features: ReadonlySet<string>, { weights, scale }: LearnedModel = SHIPPED_MODEL): Lean {
  const z = [0, 0, 0];
  for (const feature of features) {
    const w = weights.get(feature);
    if (w) for (let c = 0; c < 3; c++) z[c] += w[c] / scale;
  }
  const top = z.indexOf(Math.max(...z));
  const exp = z.map((v) => Math.exp(v - z[top]));
  const probability = 1 / (exp[0] + exp[1] + exp[2]);
  const words = [...features]
    .filter((f) => f.startsWith('w:') || f.startsWith('b:'))
    .map((f) => ({ f, push: ((w) => (w ? w[top] - Math.max(...w.filter((_, c) => c !== top)) : 0))(weights.get(f)) }))
    .filter(({ push }) => push > 0)
    .sort((a, b) => b.push - a.push)
    .slice(0, 3)
    .map(({ f }) => f.slice(2).replace('_', ' ').replace(/<\/?s> ?| ?<\/?s>/g, ''))
    .filter((word, i, all) => word !== '' && all.indexOf(word) === i);
  return { family: LABELS[top], probability, words };
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
  heard: boolean,
  model: LearnedModel = SHIPPED_MODEL,
): { moves: Move[]; changed: number[] } | undefined {
  if (family === 'other' || !moves.every((m) => STATEMENT_KINDS.has(m.kind))) return undefined;
  const lean = leanOf(learnedFeatures(lower, moves, rules, family, heard), model);
  if (lean.probability <= model.threshold || !MAY_MOVE[family].includes(lean.family)) return undefined;
  const changed: number[] = [];
  const rank = RANK[lean.family];
  const read = moves.map((move, i) => {
    if (RANK[move.family] <= rank) return move;
    changed.push(i);
    const kind = KIND_IN[lean.family];
    const words = lean.words.length > 0 ? ` (words that lean that way: ${lean.words.map((w) => `"${w}"`).join(', ')})` : '';
    return { ...move, kind, family: familyOf(kind), reason: `read by the learned check as ${WHY[lean.family]}${words}; the rules read: ${move.reason}` };
  });
  return { moves: read, changed };
}

/** Dominance among statements (RUBRIC.md §1): a reflection outranks information, which outranks a remark. */
const RANK: Record<Family, number> = { ask: 2, tell: 1, other: 0 };
