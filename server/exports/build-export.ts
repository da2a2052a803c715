import type { SessionView } from '@core/review/wire';
import type { Conversation } from '@core/transcript/conversation';
import { EXPORT_KIND, EXPORT_SCHEMA_VERSION, type ExportedBranch, type ExportedTurn, type PersonaOutcome, type SessionExport } from '@core/transcript/export-schema';
import { UNNAMED_SPEAKER } from '@core/transcript/import-types';
import type { Session } from '@core/transcript/wire';
import type { StoredTurn } from '../db/turns-repo';
import { exportAnnotations } from './export-annotations';

// A session as a portable file (export-schema.ts) and as the Conversation the Markdown and CSV
// exports render. Both start from the API's Session view, so an export never holds more than the
// owner can already see (persona state and hidden facts stay on the server).

/** Who said a turn: the stored name of an imported turn, else the leader's or the persona's name. */
function namer(session: Session, leaderName: string) {
  const other = session.scenario?.persona.name ?? UNNAMED_SPEAKER;
  return (t: Session['turns'][number]) => t.speakerName ?? (t.speaker === 'leader' ? leaderName : other);
}

/** One session or branch as the file holds it: its view, and its persona outcomes per turn index. */
export interface ExportSource {
  view: SessionView;
  /** The persona's visible outcome per persona turn index (from the state kept on the server). */
  outcomes: ReadonlyMap<number, PersonaOutcome>;
}

/** A branch to write: where it forks from (null: the exported session itself), by file-local id. */
export interface BranchSource extends ExportSource {
  id: string;
  parentId: string | null;
}

/**
 * The file of a session and the branches given (parents first). `outcomes` let a restored practice
 * session rescore with overrides as the original does.
 */
export function toSessionExport(root: ExportSource, leaderName: string, branches: readonly BranchSource[] = [], now = new Date()): SessionExport {
  const session = root.view;
  return {
    schemaVersion: EXPORT_SCHEMA_VERSION,
    kind: EXPORT_KIND,
    exportedAt: now.toISOString(),
    session: {
      id: session.id,
      kind: session.kind,
      title: session.title,
      scenarioId: session.scenarioId,
      leaderName,
      status: session.status,
      feedbackEnabled: session.feedbackEnabled,
      createdAt: session.createdAt,
      endedAt: session.endedAt,
      source: session.source,
      scorecard: session.scorecard,
      debrief: session.debrief,
    },
    turns: exportTurns(root, leaderName),
    ...exportAnnotations(session),
    // Last, so a line number found for the session's own turns and comments is theirs (parse-askwell.ts).
    branches: branches.map((b) => toBranchExport(b, leaderName)),
  };
}

function toBranchExport(branch: BranchSource, leaderName: string): ExportedBranch {
  const { view } = branch;
  const fork = view.forkTurnIndex ?? 0;
  return {
    id: branch.id,
    parentId: branch.parentId,
    forkTurnIndex: fork,
    session: { id: view.id, status: view.status, feedbackEnabled: view.feedbackEnabled, createdAt: view.createdAt, endedAt: view.endedAt, scorecard: view.scorecard, debrief: view.debrief },
    // The turns before the fork reply are the parent's (copied into the branch when it was made).
    turns: exportTurns(branch, leaderName).filter((t) => t.index >= fork),
    ...exportAnnotations(view),
  };
}

function exportTurns({ view, outcomes }: ExportSource, leaderName: string): ExportedTurn[] {
  const name = namer(view, leaderName);
  return view.turns.map((t) => ({
    index: t.index,
    speaker: t.speaker,
    speakerName: name(t),
    start: t.start ?? null,
    end: t.end ?? null,
    text: t.text,
    createdAt: t.createdAt,
    score: t.score ?? null,
    judgeChanges: t.judgeChanges ?? [],
    feedback: t.feedback ?? null,
    interrupted: t.interrupted ?? false,
    outcome: outcomes.get(t.index) ?? null,
  }));
}

/** What the scorecard reads from each persona turn's state, and nothing else of it. */
export const personaOutcomes = (turns: readonly StoredTurn[]): Map<number, PersonaOutcome> =>
  new Map(turns.flatMap((t) => (t.state ? [[t.index, { ideaSurfaced: t.state.ideaSurfaced, nextStepOwner: t.state.nextStepOwner }] as const] : [])));

export function toConversation(session: Session, leaderName: string): Conversation {
  const name = namer(session, leaderName);
  return {
    title: session.title,
    leaderName,
    scorecard: session.scorecard,
    turns: session.turns.map((t) => ({
      index: t.index,
      speaker: name(t),
      isLeader: t.speaker === 'leader',
      start: t.start ?? null,
      end: t.end ?? null,
      text: t.text,
      score: t.score ?? null,
    })),
  };
}

/** "Weekly 1:1 with Dana.vtt" -> "weekly-1-1-with-dana-vtt", for download file names. */
export const slug = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'session';
