import type { SessionExport } from '@core/transcript/export-schema';
import type { ParseResult } from '@core/transcript/parse-transcript';
import { scoreImported } from '@core/transcript/score-imported';
import type { FileAnnotations } from '../db/imported-annotations';
import type { ImportedSessionRow, ImportedTurnRow } from '../db/imports-repo';

// What gets stored for an upload: a meeting transcript scored now, or an Askwell file restored as it
// was exported (its scores, notes, scorecard and times), so export -> import is a true round trip.

export interface ImportPlan {
  session: Omit<ImportedSessionRow, 'id' | 'userId'>;
  turns: ImportedTurnRow[];
  /** An Askwell file's comments, overrides and reviews (none for a meeting transcript). */
  annotations?: FileAnnotations;
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

export function planExportImport(file: SessionExport, fileName: string | null, title?: string): ImportPlan {
  const s = file.session;
  return {
    session: {
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
    },
    turns: file.turns.map((t) => ({ ...t })),
    annotations: { comments: file.comments, overrides: file.overrides, reviews: file.reviews ?? [] },
    // Branches (issue 11) would be restored here, once SessionExportSchema.branches carries them.
  };
}
