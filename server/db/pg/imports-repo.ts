import { eq } from 'drizzle-orm';
import { labelOverrides, practiceSessions, sessionReviews, turnComments, turns } from '@db/schema.pg';
import { fileAnnotationRows, turnIdLookup } from '../imported-annotations';
import type { ImportsRepo } from '../imports-repo';
import type { PgDb } from './open-pg';

/** Rows per INSERT: 14 parameters a turn stays far below PostgreSQL's 65,535. */
const CHUNK = 1000;

const inChunks = <T>(rows: readonly T[]): T[][] => {
  const chunks: T[][] = [];
  for (let start = 0; start < rows.length; start += CHUNK) chunks.push(rows.slice(start, start + CHUNK));
  return chunks;
};

export function createPgImportsRepo(db: PgDb): ImportsRepo {
  return {
    async insert(session, rows, annotations) {
      // One transaction: a failure leaves nothing behind.
      await db.transaction(async (tx) => {
        await tx
          .insert(practiceSessions)
          .values({ ...session, kind: 'imported', scenarioId: session.scenarioId ?? '', scorecard: session.scorecard ?? undefined });
        for (const chunk of inChunks(rows)) {
          await tx.insert(turns).values(
            chunk.map((t) => ({
              sessionId: session.id,
              index: t.index,
              speaker: t.speaker,
              speakerName: t.speakerName,
              startS: t.start,
              endS: t.end,
              text: t.text,
              score: t.score,
              judgeChanges: t.judgeChanges.length ? t.judgeChanges : null,
              feedback: t.feedback,
              interrupted: t.interrupted,
              state: t.outcome ? { factsRevealed: [], ...t.outcome } : null,
              ...(t.createdAt ? { createdAt: t.createdAt } : {}),
            })),
          );
        }
        if (!annotations) return;
        const ids = new Map((await tx.select({ id: turns.id, index: turns.index }).from(turns).where(eq(turns.sessionId, session.id))).map((t) => [t.index, t.id]));
        const annotationRows = fileAnnotationRows(session.id, turnIdLookup(ids), annotations);
        for (const chunk of inChunks(annotationRows.comments)) await tx.insert(turnComments).values(chunk);
        for (const chunk of inChunks(annotationRows.overrides)) await tx.insert(labelOverrides).values(chunk);
        for (const chunk of inChunks(annotationRows.reviews)) await tx.insert(sessionReviews).values(chunk);
      });
    },
  };
}
