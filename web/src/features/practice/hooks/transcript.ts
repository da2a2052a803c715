import type { Turn } from '@web/types/api';

/** Inserts a turn or replaces the one with the same index, keeping transcript order. */
export function upsertTurn(turns: readonly Turn[], turn: Turn): Turn[] {
  const i = turns.findIndex((t) => t.index === turn.index);
  if (i >= 0) return turns.map((t, j) => (j === i ? { ...t, ...turn } : t));
  return [...turns, turn].sort((a, b) => a.index - b.index);
}

export function patchTurn(turns: readonly Turn[], index: number, patch: Partial<Turn>): Turn[] {
  return turns.map((t) => (t.index === index ? { ...t, ...patch } : t));
}

export function lastLeaderIndex(turns: readonly Turn[]): number {
  for (let i = turns.length - 1; i >= 0; i--) if (turns[i].speaker === 'leader') return turns[i].index;
  return -1;
}

/** The last leader turn still lacks a complete persona reply: `{type:"retry"}` can regenerate it. */
export function replyMissing(turns: readonly Turn[]): boolean {
  const last = turns[turns.length - 1];
  // A reply the leader stopped is theirs to regenerate on purpose, not a failure to retry.
  return !!last && (last.speaker === 'leader' || (!!last.interrupted && !last.stopped));
}
