import { describe, expect, it } from 'vitest';
import { lastLeaderIndex, patchTurn, replyMissing, upsertTurn } from '@web/features/practice/hooks/transcript';
import { backoffDelay } from '@web/lib/socket-client';
import type { Turn } from '@web/types/api';

const turn = (index: number, speaker: Turn['speaker'], extra: Partial<Turn> = {}): Turn => ({
  index,
  speaker,
  text: `turn ${index}`,
  createdAt: '2025-01-01T00:00:00.000Z',
  ...extra,
});

describe('transcript state', () => {
  it('appends new turns in index order and replaces a turn with the same index', () => {
    const turns = [turn(0, 'persona'), turn(2, 'persona')];
    expect(upsertTurn(turns, turn(1, 'leader')).map((t) => t.index)).toEqual([0, 1, 2]);
    expect(upsertTurn(turns, turn(2, 'persona', { text: 'again' }))[1].text).toBe('again');
  });

  it('patches one turn without touching the others', () => {
    const turns = [turn(0, 'persona'), turn(1, 'leader')];
    const patched = patchTurn(turns, 1, { feedback: 'note' });
    expect(patched[1].feedback).toBe('note');
    expect(patched[0]).toBe(turns[0]);
  });

  it('knows when the last leader reply still needs a persona answer', () => {
    expect(replyMissing([turn(0, 'persona')])).toBe(false);
    expect(replyMissing([turn(0, 'persona'), turn(1, 'leader')])).toBe(true);
    expect(replyMissing([turn(0, 'persona'), turn(1, 'leader'), turn(2, 'persona', { interrupted: true })])).toBe(true);
    expect(replyMissing([turn(0, 'persona'), turn(1, 'leader'), turn(2, 'persona')])).toBe(false);
    expect(lastLeaderIndex([turn(0, 'persona'), turn(1, 'leader'), turn(2, 'persona')])).toBe(1);
  });
});

describe('backoffDelay', () => {
  it('doubles from half a second and stops growing at ten seconds', () => {
    const noJitter = () => 0;
    expect([0, 1, 2, 3, 10].map((a) => backoffDelay(a, noJitter))).toEqual([500, 1000, 2000, 4000, 10_000]);
    expect(backoffDelay(0, () => 1)).toBe(650);
  });
});
