import type { Scorecard, ScorecardKey } from '@core/rubric/types';
import { SCORECARD_KEYS } from '@core/rubric/types';

/** Scorecard figures a homework target can name: every scorecard key plus the overall mean. */
export const TARGET_FIGURES = ['overall', ...SCORECARD_KEYS] as const;
export type TargetFigure = (typeof TARGET_FIGURES)[number];

export interface Target {
  figure: TargetFigure;
  /** Threshold on the figure's own scale: askRatio 0.6 is 60%, delegation 5 is level 5, overall 3.5 of 5. */
  min: number;
}

/**
 * The number a target compares: the overall mean, the final delegation level, a numeric figure's
 * raw value (ratios 0..1, counts), and for a figure that is a category, its band (1-5).
 * null when the figure could not be measured in that session.
 */
export function figureValue(scorecard: Scorecard, figure: TargetFigure): number | null {
  if (figure === 'overall') return scorecard.overall;
  if (figure === 'delegation') return typeof scorecard.delegation.final === 'number' ? scorecard.delegation.final : null;
  const found = scorecard.figures.find((f) => f.key === (figure as ScorecardKey));
  if (!found) return null;
  return typeof found.value === 'number' ? found.value : found.band;
}

export const meetsTarget = (value: number | null, target: Target | null): boolean =>
  target === null || (value !== null && value >= target.min);

/** How a target reads to people: "ask ratio >= 60%", "delegation >= level 5", "overall >= 3.5". */
export function describeTarget(target: Target): string {
  const name = target.figure.replace(/([A-Z])/g, ' $1').toLowerCase();
  if (target.figure === 'askRatio' || target.figure === 'openQuestionShare' || target.figure === 'talkShare')
    return `${name} >= ${Math.round(target.min * 100)}%`;
  if (target.figure === 'delegation') return `${name} >= level ${target.min}`;
  return `${name} >= ${target.min}`;
}
