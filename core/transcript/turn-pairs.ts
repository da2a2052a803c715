import { replyNumbers } from './reply-numbers';
import type { Speaker } from './wire';

// Two tries of one scenario side by side, turn by turn: the turns at the same place in each
// conversation form a row; where both say the same (the turns a branch copied), the row is shared.

export interface PairableTurn {
  index: number;
  speaker: Speaker;
  text: string;
  interrupted?: boolean;
  stopped?: boolean;
}

export interface TurnSide<T extends PairableTurn> {
  turn: T;
  /** The leader's reply number of this turn, null for the other speaker. */
  reply: number | null;
}

export interface TurnPair<T extends PairableTurn> {
  /** Transcript position (0-based) of the row. */
  index: number;
  left: TurnSide<T> | null;
  right: TurnSide<T> | null;
  /** Both tries have this very turn (same speaker, words and ending). */
  shared: boolean;
}

const same = (a: PairableTurn, b: PairableTurn): boolean =>
  a.speaker === b.speaker && a.text === b.text && !!a.interrupted === !!b.interrupted && !!a.stopped === !!b.stopped;

export function pairTurns<T extends PairableTurn>(left: readonly T[], right: readonly T[]): TurnPair<T>[] {
  const sides = (turns: readonly T[]) => {
    const numbers = replyNumbers(turns);
    return turns.map((turn): TurnSide<T> => ({ turn, reply: numbers.get(turn.index) ?? null }));
  };
  const a = sides(left);
  const b = sides(right);
  return Array.from({ length: Math.max(a.length, b.length) }, (_, i) => {
    const l = a[i] ?? null;
    const r = b[i] ?? null;
    return { index: i, left: l, right: r, shared: !!l && !!r && same(l.turn, r.turn) };
  });
}
