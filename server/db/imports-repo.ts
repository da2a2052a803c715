import { eq, sql } from 'drizzle-orm';
import type { ReplyScore, Scorecard } from '@core/rubric/types';
import type { JudgeChange, SessionSource } from '@core/transcript/wire';
import { labelOverrides, practiceSessions, sessionReviews, turnComments, turns } from '@db/schema';
import { asAsync, type AsyncRepo } from './async-repo';
import { fileAnnotationRows, turnIdLookup, type FileAnnotations } from './imported-annotations';
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
  /**
   * Persona turns restored from a file: the outcome the scorecard reads. Stored as a partial persona
   * state holding only that (no facts revealed are known), which is all an imported session reads.
   */
  outcome?: { ideaSurfaced: boolean; nextStepOwner: 'persona' | 'leader' | 'nobody' } | null;
}

const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

function createImportsRepoSync(db: Db) {
  // Up to 20,000 turns per import: one prepared statement, not 20,000 built queries. JSON columns
  // are serialised here (drizzle's encoder would store a JSON "null" for an absent value).
  const insertTurn = db
    .insert(turns)
    .values({
      sessionId: sql.placeholder('sessionId'),
      index: sql.placeholder('index'),
      speaker: sql.placeholder('speaker'),
      speakerName: sql.placeholder('speakerName'),
      startS: sql.placeholder('start'),
      endS: sql.placeholder('end'),
      text: sql.placeholder('text'),
      score: sql`${sql.placeholder('score')}`,
      judgeChanges: sql`${sql.placeholder('judgeChanges')}`,
      feedback: sql.placeholder('feedback'),
      interrupted: sql.placeholder('interrupted'),
      state: sql`${sql.placeholder('state')}`,
      createdAt: sql`coalesce(${sql.placeholder('createdAt')}, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`,
    })
    .prepare();
  return {
    insert(session: ImportedSessionRow, rows: readonly ImportedTurnRow[], annotations?: FileAnnotations): void {
      db.transaction((tx) => {
        tx.insert(practiceSessions)
          .values({ ...session, kind: 'imported', scenarioId: session.scenarioId ?? '', scorecard: session.scorecard ?? undefined })
          .run();
        for (const t of rows) {
          insertTurn.run({
            sessionId: session.id,
            index: t.index,
            speaker: t.speaker,
            speakerName: t.speakerName,
            start: t.start,
            end: t.end,
            text: t.text,
            score: json(t.score),
            judgeChanges: t.judgeChanges.length ? json(t.judgeChanges) : null,
            feedback: t.feedback,
            interrupted: t.interrupted ? 1 : 0,
            createdAt: t.createdAt ?? null,
            state: t.outcome ? json({ factsRevealed: [], ...t.outcome }) : null,
          });
        }
        if (annotations) {
          // One read of the new turns' ids, not one per comment version and override.
          const ids = new Map(tx.select({ id: turns.id, index: turns.index }).from(turns).where(eq(turns.sessionId, session.id)).all().map((t) => [t.index, t.id]));
          const turnIdAt = turnIdLookup(ids);
          const rows = fileAnnotationRows(session.id, turnIdAt, annotations);
          for (const row of rows.comments) tx.insert(turnComments).values(row).run();
          for (const row of rows.overrides) tx.insert(labelOverrides).values(row).run();
          for (const row of rows.reviews) tx.insert(sessionReviews).values(row).run();
        }
      });
    },
  };
}
export type ImportsRepo = AsyncRepo<ReturnType<typeof createImportsRepoSync>>;

export const createImportsRepo = (db: Db): ImportsRepo => asAsync(createImportsRepoSync(db));
