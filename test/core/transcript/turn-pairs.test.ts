import { describe, expect, it } from 'vitest';
import { pairTurns, type PairableTurn } from '@core/transcript/turn-pairs';

const turn = (index: number, text: string, extra: Partial<PairableTurn> = {}): PairableTurn => ({
  index,
  speaker: index % 2 === 0 ? 'persona' : 'leader',
  text,
  ...extra,
});

describe('pairTurns', () => {
  const original = [turn(0, 'Opening.'), turn(1, 'Call them.'), turn(2, 'Fine.'), turn(3, 'What now?'), turn(4, 'I thought', { interrupted: true, stopped: true })];
  const branch = [turn(0, 'Opening.'), turn(1, 'Call them.'), turn(2, 'Fine.'), turn(3, 'What options do you see?'), turn(4, 'Two.'), turn(5, 'Which first?'), turn(6, 'The second.')];

  it('pairs the turns at the same place, shared where a branch copied them, with reply numbers', () => {
    const pairs = pairTurns(original, branch);
    expect(pairs.map((p) => p.shared)).toEqual([true, true, true, false, false, false, false]);
    expect(pairs.map((p) => [p.left?.reply ?? null, p.right?.reply ?? null])).toEqual([
      [null, null],
      [1, 1],
      [null, null],
      [2, 2],
      [null, null],
      [null, 3],
      [null, null],
    ]);
    expect(pairs.slice(5).map((p) => p.left)).toEqual([null, null]);
    expect(pairs[4].left?.turn.stopped).toBe(true);
  });

  it('does not share a turn that ended differently (one stopped, one whole)', () => {
    const stopped = [turn(0, 'Opening.'), turn(1, 'Hi.'), turn(2, 'Well', { interrupted: true, stopped: true })];
    const whole = [turn(0, 'Opening.'), turn(1, 'Hi.'), turn(2, 'Well')];
    expect(pairTurns(stopped, whole).map((p) => p.shared)).toEqual([true, true, false]);
  });
});
