import { classifySentence } from './classify';
import { echoes } from './echo';
import { readDelegation } from './delegation';
import { isBareRemark, REMARK_REASON, REMARK_RULE } from './remarks';
import { familyOf, isSolutionMove } from './moves';
import { normalise, sentences } from './text';
import type { Family, Move, ReplyScore, ScoreContext } from './types';

// Scores one leader reply: a move per sentence, the reply's family by the dominance rule, and its
// delegation level. Pure, synchronous and dependency-free: the web app calls it on every keystroke.

/**
 * `rules`, when given, receives the id of the classifier rule that read each sentence, in order
 * (`eval:rubric --by-rule` counts them); the score itself does not carry them.
 */
export function scoreReply(text: string, context?: ScoreContext, rules?: string[]): ReplyScore {
  const lower = normalise(text);
  const echo = echoes(context?.previousTurn, ideasOf(context));
  const spans = sentences(text, lower);
  const moves: Move[] = [];
  let social = false;
  let remarks: number[] | undefined;
  for (const span of spans) {
    const r = classifySentence(text, lower, span, echo);
    if (r.kind === 'other' || r.kind === 'affirmation') social = true;
    else if (r.kind === 'information' && isBareRemark(r, span.text, lower.slice(span.start, span.end))) (remarks ??= []).push(moves.length);
    rules?.push(r.rule);
    moves.push({
      start: span.start,
      end: span.end,
      text: span.text,
      kind: r.kind,
      family: familyOf(r.kind),
      reason: r.reason,
      cue: { start: r.cue.start, end: r.cue.end, text: text.slice(r.cue.start, r.cue.end) },
    });
  }
  if (social && remarks) for (const i of remarks) asRemark(moves[i], rules, i);
  return { moves, family: dominantFamily(moves), delegation: readDelegation(text, lower, moves) };
}

/** Relabels a bare remark in a reply of rapport as other (remarks.ts says why); the cue is the whole sentence. */
function asRemark(move: Move, rules: string[] | undefined, i: number): void {
  move.kind = 'other';
  move.family = familyOf('other');
  move.reason = `${REMARK_REASON}: "${move.text}"`;
  move.cue = { start: move.start, end: move.end, text: move.text };
  if (rules) rules[i] = REMARK_RULE;
}

const NO_IDEAS: readonly string[] = [];

/** The ideas the other person raised; the shared empty list when there are none (the usual case), so no array per call. */
function ideasOf(context: ScoreContext | undefined): readonly string[] {
  const scenario = context?.scenario;
  if (!scenario) return NO_IDEAS;
  return [scenario.personaIdea, ...(scenario.topics ?? [])].filter((s): s is string => !!s);
}

/**
 * RUBRIC.md §1: a solution-carrying tell move anywhere dominates; otherwise any ask move makes the
 * reply an ask; otherwise information (a tell without a solution) makes it a tell; otherwise other.
 */
export function dominantFamily(moves: readonly Pick<Move, 'kind'>[]): Family {
  if (moves.some((m) => isSolutionMove(m.kind))) return 'tell';
  if (moves.some((m) => familyOf(m.kind) === 'ask')) return 'ask';
  if (moves.some((m) => familyOf(m.kind) === 'tell')) return 'tell';
  return 'other';
}
