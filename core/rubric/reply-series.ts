import { wordCount } from './word-count';
import type { DelegationLevel, Family } from './types';
import type { TranscriptTurn } from '../transcript/types';

// What the scorecard charts draw, one point per leader reply: ask or tell, the delegation level, and
// whether the reply took the task back; and the talk share. Pure, so charts and their tables agree.

export interface ReplyPoint {
  reply: number;
  /** Transcript index, for links to the reply. */
  index: number;
  family: Family;
  level: DelegationLevel | null;
  takeover: boolean;
}

export function replySeries(turns: readonly TranscriptTurn[]): ReplyPoint[] {
  return turns
    .filter((t) => t.speaker === 'leader')
    .map((t, i) => {
      const level = t.score?.delegation.level;
      const numeric = typeof level === 'number' ? level : null;
      return {
        reply: i + 1,
        index: t.index,
        family: t.score?.family ?? 'other',
        level: numeric,
        takeover: numeric === 0 || (t.score?.moves.some((m) => m.kind === 'takeover') ?? false),
      };
    });
}

/** Words spoken by each side. */
export function talkWords(turns: readonly TranscriptTurn[]): { leader: number; other: number } {
  let leader = 0;
  let other = 0;
  for (const t of turns) {
    if (t.speaker === 'leader') leader += wordCount(t.text);
    else other += wordCount(t.text);
  }
  return { leader, other };
}
