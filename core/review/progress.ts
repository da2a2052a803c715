import type { SessionSummary } from '../transcript/wire';

// The progress page's data: each ended practice session's figures as numbers, and the best and latest
// attempt per scenario. Pure, so the page and its tests read the same thing.

export interface ProgressPoint {
  id: string;
  endedAt: string;
  scenarioId: string;
  scenarioTitle: string;
  learningFocus: string;
  overall: number;
  values: Record<string, number | null>;
}

/** Ended, scored practice sessions, oldest first; a figure's value is a number or null (not numeric). */
export function progressPoints(sessions: readonly SessionSummary[]): ProgressPoint[] {
  return sessions
    .filter((s) => s.kind === 'practice' && s.status === 'ended' && s.overall !== null && s.endedAt && s.scenarioId)
    .map((s) => ({
      id: s.id,
      endedAt: s.endedAt!,
      scenarioId: s.scenarioId!,
      scenarioTitle: s.scenarioTitle,
      learningFocus: s.learningFocus,
      overall: s.overall!,
      values: Object.fromEntries(s.figures.map((f) => [f.key, typeof f.value === 'number' ? f.value : null])),
    }))
    .sort((a, b) => a.endedAt.localeCompare(b.endedAt));
}

export interface ScenarioAttempts {
  scenarioId: string;
  scenarioTitle: string;
  attempts: number;
  best: ProgressPoint;
  latest: ProgressPoint;
}

/** Per scenario: how many attempts, the best by overall (earliest on a tie) and the latest. */
export function bestAndLatest(points: readonly ProgressPoint[]): ScenarioAttempts[] {
  const by = new Map<string, ProgressPoint[]>();
  for (const p of points) by.set(p.scenarioId, [...(by.get(p.scenarioId) ?? []), p]);
  return [...by.values()].map((list) => ({
    scenarioId: list[0].scenarioId,
    scenarioTitle: list[0].scenarioTitle,
    attempts: list.length,
    best: list.reduce((a, b) => (b.overall > a.overall ? b : a)),
    latest: list[list.length - 1],
  }));
}
