import type { Scorecard } from '@core/rubric/types';
import { toBrief, type Scenario } from '@core/scenario/schema';
import type { BranchSummary, ReplacedTurn, Session, SessionSource, Turn } from '@core/transcript/wire';
import type { PracticeSessionRow } from '@db/schema';
import type { StoredTurn } from '../db/turns-repo';

export interface SessionExtras {
  branches: BranchSummary[];
  history: ReplacedTurn[];
}

/** A turn as any client sees it, on the stream or in the session view: the persona's state stays on the server. */
export const publicTurn = ({ state: _hidden, ...turn }: StoredTurn): Turn => turn;

/** A stored session as the API shows it; `scenario` is undefined for an imported conversation without one. */
export function toSessionView(
  row: PracticeSessionRow,
  scenario: Scenario | undefined,
  turns: StoredTurn[],
  extras: SessionExtras = { branches: [], history: [] },
): Session {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title ?? scenario?.title ?? 'Imported conversation',
    scenarioId: row.scenarioId || null,
    scenario: scenario ? toBrief(scenario) : null,
    leaderName: row.leaderName,
    source: (row.source as SessionSource | null) ?? null,
    status: row.status,
    feedbackEnabled: row.feedbackEnabled,
    createdAt: row.createdAt,
    endedAt: row.endedAt,
    turns: turns.map(publicTurn).map(({ feedback, ...turn }) =>
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
