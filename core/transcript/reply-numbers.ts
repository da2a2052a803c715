import type { TranscriptTurn } from './types';

// One numbering everywhere: the leader's reply number ("reply 3"), counted over leader turns only.
// Transcript indexes stay internal; every place a person reads a number uses these.

interface Numbered {
  index: number;
  speaker: TranscriptTurn['speaker'];
}

/** Reply number (1-based) of each leader turn, by transcript index. */
export function replyNumbers(turns: readonly Numbered[]): Map<number, number> {
  const numbers = new Map<number, number>();
  for (const turn of turns) if (turn.speaker === 'leader') numbers.set(turn.index, numbers.size + 1);
  return numbers;
}

/** The reply a transcript index belongs to: the leader turn itself, or the one a persona turn answers (0: the opening). */
export function replyOf(turns: readonly Numbered[], index: number): number {
  let reply = 0;
  for (const turn of turns) {
    if (turn.index > index) break;
    if (turn.speaker === 'leader') reply += 1;
  }
  return reply;
}

/** "reply 3", "the answer to reply 3", "the opening" for one transcript index. */
export function replyLabel(turns: readonly Numbered[], index: number): string {
  const reply = replyOf(turns, index);
  const speaker = turns.find((t) => t.index === index)?.speaker;
  if (reply === 0) return 'the opening';
  return speaker === 'persona' ? `the answer to reply ${reply}` : `reply ${reply}`;
}

/** "reply 3", "replies 3 and 5", "replies 3, 5 and 8" for reply numbers. */
export function replyList(numbers: readonly number[]): string {
  const n = [...new Set(numbers)].map(String);
  if (n.length <= 1) return `reply ${n[0] ?? ''}`.trim();
  return `replies ${n.slice(0, -1).join(', ')} and ${n[n.length - 1]}`;
}

/** "1 reply", "2 replies"; "1 turn", "3 turns". */
export const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;
