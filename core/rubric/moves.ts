import type { DelegationLevel, Family, Move, MoveKind, Ownership, Span } from './types';

// Move and delegation vocabulary helpers (RUBRIC.md §1-§2), shared by the scorer, the simulator and the UI.

const FAMILY: Record<MoveKind, Family> = {
  open_question: 'ask',
  closed_question: 'ask',
  reflection: 'ask',
  leading_question: 'tell',
  advice: 'tell',
  directive: 'tell',
  information: 'tell',
  takeover: 'tell',
  affirmation: 'other',
  other: 'other',
};

export const familyOf = (kind: MoveKind): Family => FAMILY[kind];

/**
 * A move of a reply read as `kind`, its cue `cue`. The scorer makes every move here, so all have one shape: V8
 * optimises the code that reads a reply's moves for the shapes it has met, and moves copied with a spread were a
 * second shape that sent it back to unoptimised code again and again (docs/rubric.md, thirtieth pass).
 */
export const makeMove = (span: Span, kind: MoveKind, reason: string, cue: Span | undefined): Move => ({
  start: span.start,
  end: span.end,
  text: span.text,
  kind,
  family: FAMILY[kind],
  reason,
  cue,
});

/** Tell moves that carry a solution: they dominate a reply and end the leader's "patience". */
export const SOLUTION_MOVES: readonly MoveKind[] = ['advice', 'directive', 'leading_question', 'takeover'];

/** Move kinds that ask something as a question; open-question share and stacked questions count them. */
export const QUESTION_MOVES: readonly MoveKind[] = ['open_question', 'closed_question', 'leading_question'];

export const isSolutionMove = (kind: MoveKind): boolean => SOLUTION_MOVES.includes(kind);

/** Management 3.0 names, indexed by level. */
export const DELEGATION_NAMES = [
  'takeover',
  'tell',
  'sell',
  'consult',
  'agree',
  'advise',
  'inquire',
  'delegate',
] as const satisfies readonly string[];

export const delegationName = (level: DelegationLevel | 'none'): string =>
  level === 'none' ? 'none' : DELEGATION_NAMES[level];

/** Collapses a level to the ownership class used by the evaluation: keeps 0-2, shares 3-4, hands_over 5-7. */
export const ownershipOf = (level: DelegationLevel | 'none'): Ownership => {
  if (level === 'none') return 'none';
  if (level <= 2) return 'keeps';
  if (level <= 4) return 'shares';
  return 'hands_over';
};
