import { branchTranscripts } from '@core/transcript/check-branches';
import type { ExportedTurn, SessionExport } from '@core/transcript/export-schema';
import type { ParseResult } from '@core/transcript/parse-transcript';
import { scoreImported } from '@core/transcript/score-imported';
import type { FileAnnotations } from '../db/imported-annotations';
import type { ImportedBranch, ImportedSessionRow, ImportedTurnRow } from '../db/imports-repo';

// What gets stored for an upload: a meeting transcript scored now, or an Askwell file restored as it
// was exported (its scores, notes, scorecard and times), so export -> import is a true round trip.

export interface ImportPlan {
  session: Omit<ImportedSessionRow, 'id' | 'userId'>;
  turns: ImportedTurnRow[];
  /** An Askwell file's comments, overrides and reviews (none for a meeting transcript). */
  annotations?: FileAnnotations;
  /** An Askwell file's branches, parents first (none for a meeting transcript). */
  branches?: ImportedBranch[];
}

export function planTranscriptImport(parsed: ParseResult, leader: string, fileName: string | null, title?: string): ImportPlan {
  const { turns, scorecard } = scoreImported(parsed.turns, leader);
  const now = new Date().toISOString();
  return {
    session: {
      title: title ?? fileName ?? 'Pasted conversation',
      scenarioId: null,
      leaderName: leader,
      source: { fileName, format: parsed.format },
      status: 'ended',
      feedbackEnabled: false,
      scorecard,
      debrief: null,
      createdAt: now,
      endedAt: now,
    },
    turns: turns.map((t) => ({
      index: t.index,
      speaker: t.score ? 'leader' : 'persona',
      speakerName: t.speaker,
      start: t.start,
      end: t.end,
      text: t.text,
      score: t.score,
      judgeChanges: [],
      feedback: null,
      interrupted: false,
    })),
  };
}

/**
 * A session file restored as exported. Its branches become sessions of the importer's too, each with
 * the session's title, scenario, leader and source, and its whole transcript as the app stores a
 * branch: its parent's turns before the fork, copied, then its own.
 */
export function planExportImport(file: SessionExport, fileName: string | null, title?: string): ImportPlan {
  const s = file.session;
  const session: ImportPlan['session'] = {
    title: title ?? s.title,
    scenarioId: s.scenarioId,
    leaderName: s.leaderName,
    source: s.source ?? { fileName, format: 'askwell' },
    status: s.status,
    feedbackEnabled: s.feedbackEnabled,
    scorecard: s.scorecard,
    debrief: s.debrief,
    createdAt: s.createdAt,
    endedAt: s.endedAt,
  };
  const transcripts = branchTranscripts(file);
  return {
    session,
    turns: file.turns.map(toRow),
    annotations: { comments: file.comments, overrides: file.overrides, reviews: file.reviews ?? [] },
    branches: file.branches.map(({ session: { id: _exportedId, ...own }, ...b }, i) => ({
      fileId: b.id,
      parentFileId: b.parentId,
      forkTurnIndex: b.forkTurnIndex,
      session: { ...session, ...own },
      turns: transcripts[i].map(toRow),
      annotations: { comments: b.comments, overrides: b.overrides, reviews: b.reviews },
    })),
  };
}

const toRow = (t: ExportedTurn): ImportedTurnRow => ({ ...t });
