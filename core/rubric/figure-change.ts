import type { ScorecardFigure } from './types';

// How each scorecard figure changed between two tries of a scenario ("Ask ratio 40% -> 75%").

export interface FigureChange {
  key: ScorecardFigure['key'];
  label: string;
  before: string;
  after: string;
  /** Band difference (after - before); null when either side has no band. */
  bandDelta: number | null;
}

type Figure = Pick<ScorecardFigure, 'key' | 'label' | 'display'> & { band?: ScorecardFigure['band'] };

export function figureChanges(before: readonly Figure[], after: readonly Figure[]): FigureChange[] {
  return after.map((a) => {
    const b = before.find((f) => f.key === a.key);
    const bandDelta = b?.band != null && a.band != null ? a.band - b.band : null;
    return { key: a.key, label: a.label, before: b?.display ?? '–', after: a.display, bandDelta };
  });
}
