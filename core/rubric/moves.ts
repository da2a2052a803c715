import type { DelegationLevel, Family, MoveKind, Ownership } from './types';

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
