import { MOVE_KINDS, type DelegationLevel, type Family, type Move, type MoveKind, type Ownership, type ReplyScore } from '../../core/rubric/types';

// Hand-built rubric readings for tests that must not depend on the real scorer.

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
const SOLUTION: MoveKind[] = ['advice', 'directive', 'leading_question', 'takeover'];
const LEVEL_NAMES = ['takeover', 'tell', 'sell', 'consult', 'agree', 'advise', 'inquire', 'delegate'];

const ownershipOf = (level: DelegationLevel | 'none'): Ownership =>
  level === 'none' ? 'none' : level <= 2 ? 'keeps' : level <= 4 ? 'shares' : 'hands_over';

/** The RUBRIC.md §1 dominance rule: a solution-carrying tell, else ask, else tell, else other. */
function dominantFamily(moves: Move[]): Family {
  if (moves.some((m) => SOLUTION.includes(m.kind))) return 'tell';
  if (moves.some((m) => m.family === 'ask')) return 'ask';
  if (moves.some((m) => m.family === 'tell')) return 'tell';
  return 'other';
}

/**
 * A reading of the reply made of `moves` joined by single spaces, with exact spans.
 * The reply text is returned alongside as `text`.
 */
export function reading(
  moves: Array<[MoveKind, string]>,
  delegation: DelegationLevel | 'none' = 'none',
): ReplyScore & { text: string } {
  let text = '';
  const built: Move[] = moves.map(([kind, words]) => {
    if (!MOVE_KINDS.includes(kind)) throw new Error(`unknown move kind ${kind}`);
    if (text) text += ' ';
    const start = text.length;
    text += words;
    return { kind, family: FAMILY[kind], start, end: text.length, text: words, reason: `test: ${kind}` };
  });
  return {
    text,
    moves: built,
    family: dominantFamily(built),
    delegation: {
      level: delegation,
      name: delegation === 'none' ? 'none' : LEVEL_NAMES[delegation],
      ownership: ownershipOf(delegation),
      evidence: delegation === 'none' ? [] : [{ start: 0, end: text.length, text }],
      reason: 'test',
    },
  };
}
