import { describe, expect, it } from 'vitest';
import { agreement, type LabelPair } from '@core/review/calibration';
import { MOVE_KINDS } from '@core/rubric/types';

const pairs = (spec: [string, string, number][]): LabelPair[] =>
  spec.flatMap(([scorer, coach, n]) => Array.from({ length: n }, () => ({ scorer, coach })));

describe('agreement and Cohen’s kappa', () => {
  // Worked by hand: 10 moves, 8 kept.
  // Scorer marginals open 4, closed 2, directive 3, advice 1; coach open 3, closed 3, directive 2, advice 2.
  // Chance agreement pe = (4·3 + 2·3 + 3·2 + 1·2) / 100 = 0.26; kappa = (0.8 − 0.26) / 0.74 = 0.7297.
  // Open vs rest: a=3 b=1 c=0 d=6, po 0.9, pe (4·3 + 6·7)/100 = 0.54, kappa 0.36/0.46 = 0.7826.
  // Closed vs rest: a=2 b=0 c=1 d=7, pe (2·3 + 8·7)/100 = 0.62, kappa 0.28/0.38 = 0.7368.
  // Directive vs rest: a=2 b=1 c=0 d=7, pe (3·2 + 7·8)/100 = 0.62, kappa 0.7368.
  // Advice vs rest: a=1 b=0 c=1 d=8, pe (1·2 + 9·8)/100 = 0.74, kappa 0.16/0.26 = 0.6154.
  const example = pairs([
    ['open_question', 'open_question', 3],
    ['open_question', 'closed_question', 1],
    ['closed_question', 'closed_question', 2],
    ['directive', 'directive', 2],
    ['directive', 'advice', 1],
    ['advice', 'advice', 1],
  ]);

  it('matches the hand-computed figures overall and per kind', () => {
    const result = agreement(example, MOVE_KINDS);
    expect(result).toMatchObject({ items: 10, agreed: 8, agreementRate: 0.8, kappa: 0.73 });
    expect(result.perLabel).toEqual([
      { label: 'open_question', scorer: 4, coach: 3, both: 3, agreementRate: 0.75, kappa: 0.783 },
      { label: 'closed_question', scorer: 2, coach: 3, both: 2, agreementRate: 1, kappa: 0.737 },
      { label: 'advice', scorer: 1, coach: 2, both: 1, agreementRate: 1, kappa: 0.615 },
      { label: 'directive', scorer: 3, coach: 2, both: 2, agreementRate: 0.667, kappa: 0.737 },
    ]);
  });

  it('gives null kappa when chance agreement is total, and nothing for no items', () => {
    const same = agreement(pairs([['3', '3', 4]]));
    expect(same).toMatchObject({ items: 4, agreed: 4, agreementRate: 1, kappa: null });
    expect(same.perLabel).toEqual([{ label: '3', scorer: 4, coach: 4, both: 4, agreementRate: 1, kappa: null }]);
    expect(agreement([])).toEqual({ items: 0, agreed: 0, agreementRate: null, kappa: null, perLabel: [] });
  });

  it('reads a label only the coach used as agreement rate null for the scorer', () => {
    const result = agreement(pairs([['5', '6', 1], ['5', '5', 1]]));
    expect(result.perLabel.find((l) => l.label === '6')).toMatchObject({ scorer: 0, coach: 1, agreementRate: null });
    expect(result.kappa).toBe(0);
  });
});
