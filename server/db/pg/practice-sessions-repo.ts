import { and, asc, count, desc, eq } from 'drizzle-orm';
import type { PracticeSessionRow } from '@db/schema';
import { practiceSessions, turns } from '@db/schema.pg';
import type { PracticeSessionsRepo } from '../practice-sessions-repo';
import type { PgDb } from './open-pg';

export function createPgPracticeSessionsRepo(db: PgDb): PracticeSessionsRepo {
  const first = <T>(rows: T[]): T | undefined => rows[0];
  return {
    create: (row, openingLine) =>
      db.transaction(async (tx) => {
        const [session] = await tx.insert(practiceSessions).values(row).returning();
        await tx.insert(turns).values({ sessionId: row.id, index: 0, speaker: 'persona', text: openingLine });
        return session as PracticeSessionRow;
      }),
    findById: async (id) => first(await db.select().from(practiceSessions).where(eq(practiceSessions.id, id))) as PracticeSessionRow | undefined,
    findOwned: async (id, userId) =>
      first(await db.select().from(practiceSessions).where(and(eq(practiceSessions.id, id), eq(practiceSessions.userId, userId)))) as PracticeSessionRow | undefined,
    listOwned: (userId) =>
      db
        .select({
          id: practiceSessions.id,
          kind: practiceSessions.kind,
          title: practiceSessions.title,
          scenarioId: practiceSessions.scenarioId,
          status: practiceSessions.status,
          createdAt: practiceSessions.createdAt,
          endedAt: practiceSessions.endedAt,
          leaderTurns: count(turns.id),
        })
        .from(practiceSessions)
        .leftJoin(turns, and(eq(turns.sessionId, practiceSessions.id), eq(turns.speaker, 'leader')))
        .where(eq(practiceSessions.userId, userId))
        .groupBy(practiceSessions.id)
        .orderBy(desc(practiceSessions.createdAt), asc(practiceSessions.id)),
    async setFeedbackEnabled(id, feedbackEnabled) {
      await db.update(practiceSessions).set({ feedbackEnabled }).where(eq(practiceSessions.id, id));
    },
    async end(id, scorecard, debrief) {
      const result = await db
        .update(practiceSessions)
        .set({ status: 'ended', scorecard, debrief, endedAt: new Date().toISOString() })
        .where(and(eq(practiceSessions.id, id), eq(practiceSessions.status, 'open')));
      return result.rowCount === 1;
    },
  };
}
