import type { Scorecard } from '../../core/rubric/types';
import { toBrief, type Scenario } from '../../core/scenario/schema';
import type { BranchSummary, ReplacedTurn, Session } from '../../core/transcript/wire';
import type { PracticeSessionRow } from '../../db/schema';
import type { StoredTurn } from '../db/turns-repo';


export interface SessionExtras {
  branches: BranchSummary[];
  history: ReplacedTurn[];
}

export function toSessionView(row: PracticeSessionRow, scenario: Scenario, turns: StoredTurn[], extras: SessionExtras = { branches: [], history: [] }): Session {
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
    parentId: row.parentId,
    forkTurnIndex: row.forkTurnIndex,
    branches: extras.branches,
    history: extras.history,
  };
}
