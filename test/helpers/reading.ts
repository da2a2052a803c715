import { delegationName, familyOf, ownershipOf } from '@core/rubric/moves';
import { dominantFamily } from '@core/rubric/score-reply';
import { MOVE_KINDS, type DelegationLevel, type Move, type MoveKind, type ReplyScore } from '@core/rubric/types';

// Hand-built rubric readings, for tests that must not depend on how the real scorer classifies text.

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
    return { kind, family: familyOf(kind), start, end: text.length, text: words, reason: `test: ${kind}` };
  });
  return {
    text,
    moves: built,
    family: dominantFamily(built),
    delegation: {
      level: delegation,
      name: delegationName(delegation),
      ownership: ownershipOf(delegation),
      evidence: delegation === 'none' ? [] : [{ start: 0, end: text.length, text }],
      reason: 'test',
    },
  };
}
