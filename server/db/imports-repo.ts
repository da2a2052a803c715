import type { ReplyScore, Scorecard } from '../../core/rubric/types';
import type { JudgeChange, SessionSource } from '../../core/transcript/wire';
import { practiceSessions, turns } from '../../db/schema';
import type { Db } from './open-database';

// Imported sessions are written whole, in one transaction: a failure leaves nothing behind.

export interface ImportedSessionRow {
  id: string;
  userId: string;
  title: string;
  scenarioId: string | null;
  leaderName: string;
  source: SessionSource;
  status: 'open' | 'ended';
  feedbackEnabled: boolean;
  scorecard: Scorecard | null;
  debrief: string | null;
  /** Kept from an Askwell file so a round trip is identical; now otherwise. */
  createdAt?: string;
  endedAt: string | null;
}

export interface ImportedTurnRow {
  index: number;
  speaker: 'leader' | 'persona';
  speakerName: string | null;
  start: number | null;
  end: number | null;
  text: string;
  score: ReplyScore | null;
  judgeChanges: JudgeChange[];
  feedback: string | null;
  interrupted: boolean;
  createdAt?: string;
}

export function createImportsRepo(db: Db) {
  return {
    insert(session: ImportedSessionRow, rows: readonly ImportedTurnRow[]): void {
      db.transaction((tx) => {
        tx.insert(practiceSessions)
          .values({ ...session, kind: 'imported', scenarioId: session.scenarioId ?? '', scorecard: session.scorecard ?? undefined })
          .run();
        for (const t of rows) {
          tx.insert(turns)
            .values({
              sessionId: session.id,
              index: t.index,
              speaker: t.speaker,
              speakerName: t.speakerName,
              startS: t.start,
              endS: t.end,
              text: t.text,
              score: t.score ?? undefined,
              judgeChanges: t.judgeChanges.length ? t.judgeChanges : null,
              feedback: t.feedback,
              interrupted: t.interrupted,
              ...(t.createdAt ? { createdAt: t.createdAt } : {}),
            })
            .run();
        }
      });
    },
  };
}
export type ImportsRepo = ReturnType<typeof createImportsRepo>;
