import { practiceSessions, turns } from '@db/schema.pg';
import type { ImportsRepo } from '../imports-repo';
import type { PgDb } from './open-pg';

/** Rows per INSERT: 13 parameters a turn stays far below PostgreSQL's 65,535. */
const CHUNK = 1000;

export function createPgImportsRepo(db: PgDb): ImportsRepo {
  return {
    async insert(session, rows) {
      // One transaction: a failure leaves nothing behind.
      await db.transaction(async (tx) => {
        await tx
          .insert(practiceSessions)
          .values({ ...session, kind: 'imported', scenarioId: session.scenarioId ?? '', scorecard: session.scorecard ?? undefined });
        for (let start = 0; start < rows.length; start += CHUNK) {
          await tx.insert(turns).values(
            rows.slice(start, start + CHUNK).map((t) => ({
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
              ...(t.createdAt ? { createdAt: t.createdAt } : {}),
            })),
          );
        }
      });
    },
  };
}
