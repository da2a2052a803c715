import type { Scorecard } from '../../core/rubric/types';
import { toBrief, type Scenario, type ScenarioBrief } from '../../core/scenario/schema';
import type { PracticeSessionRow } from '../../db/schema';
import type { StoredTurn } from '../db/turns-repo';

/** A session as the API returns it (docs/api.md `Session`). Persona state stays server-side. */
export interface SessionView {
  id: string;
  scenarioId: string;
  scenario: ScenarioBrief;
  status: PracticeSessionRow['status'];
  feedbackEnabled: boolean;
  createdAt: string;
  endedAt: string | null;
  turns: Omit<StoredTurn, 'state'>[];
  scorecard: Scorecard | null;
  debrief: string | null;
}

export function toSessionView(row: PracticeSessionRow, scenario: Scenario, turns: StoredTurn[]): SessionView {
  return {
    id: row.id,
    scenarioId: row.scenarioId,
    scenario: toBrief(scenario),
    status: row.status,
    feedbackEnabled: row.feedbackEnabled,
    createdAt: row.createdAt,
    endedAt: row.endedAt,
    turns: turns.map(({ state: _hidden, feedback, ...turn }) =>
      // Notes held back while per-turn feedback is off appear with the debrief.
      feedback !== undefined && (row.feedbackEnabled || row.status === 'ended') ? { ...turn, feedback } : turn,
    ),
    scorecard: (row.scorecard as Scorecard | null) ?? null,
    debrief: row.debrief,
  };
}
