import type { Scorecard } from '../rubric/types';
import type { TrendPoint } from './wire';

// A leader's headline figures per ended session, for the coach's sparklines.

export const askRatioOf = (scorecard: Scorecard): number | null => {
  const value = scorecard.figures.find((f) => f.key === 'askRatio')?.value;
  return typeof value === 'number' ? value : null;
};

export interface EndedSession {
  id: string;
  endedAt: string | null;
  scorecard: Scorecard | null;
}

/** Points for the ended sessions among `sessions`, oldest first, the last `limit` of them. */
export function trendOf(sessions: readonly EndedSession[], limit = 20): TrendPoint[] {
  return sessions
    .filter((s): s is EndedSession & { endedAt: string; scorecard: Scorecard } => s.endedAt !== null && s.scorecard !== null)
    .map((s) => ({ sessionId: s.id, endedAt: s.endedAt, overall: s.scorecard.overall, askRatio: askRatioOf(s.scorecard) }))
    .sort((a, b) => a.endedAt.localeCompare(b.endedAt))
    .slice(-limit);
}

/** Coach's review queue order: not yet reviewed first, then newest first. */
export function reviewOrder<T extends { reviewedAt: string | null; createdAt: string }>(sessions: readonly T[]): T[] {
  return [...sessions].sort(
    (a, b) => Number(a.reviewedAt !== null) - Number(b.reviewedAt !== null) || b.createdAt.localeCompare(a.createdAt),
  );
}
