import { describe, expect, it } from 'vitest';
import { reviewOrder, trendOf } from '@core/review/trend';
import type { Scorecard } from '@core/rubric/types';

const card = (overall: number, askRatio: number | null): Scorecard =>
  ({ overall, figures: [{ key: 'askRatio', value: askRatio }], delegation: { highest: 'none', final: 'none', takeovers: 0 }, nextStepOwner: 'nobody' }) as unknown as Scorecard;

describe('coach trends and queue order', () => {
  it('keeps ended sessions only, oldest first, the last N', () => {
    const sessions = [
      { id: 'c', endedAt: '2026-03-01T00:00:00.000Z', scorecard: card(4, 0.8) },
      { id: 'open', endedAt: null, scorecard: null },
      { id: 'a', endedAt: '2026-01-01T00:00:00.000Z', scorecard: card(2, null) },
      { id: 'b', endedAt: '2026-02-01T00:00:00.000Z', scorecard: card(3, 0.5) },
    ];
    expect(trendOf(sessions).map((p) => [p.sessionId, p.overall, p.askRatio])).toEqual([
      ['a', 2, null],
      ['b', 3, 0.5],
      ['c', 4, 0.8],
    ]);
    expect(trendOf(sessions, 2).map((p) => p.sessionId)).toEqual(['b', 'c']);
  });

  it('orders unreviewed before reviewed, newest first within each', () => {
    const s = (id: string, createdAt: string, reviewedAt: string | null) => ({ id, createdAt, reviewedAt });
    const order = reviewOrder([s('old-done', '1', 'x'), s('old', '1', null), s('new-done', '3', 'x'), s('new', '2', null)]);
    expect(order.map((x) => x.id)).toEqual(['new', 'old', 'new-done', 'old-done']);
  });
});
