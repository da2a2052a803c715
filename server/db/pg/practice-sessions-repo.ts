import { and, asc, count, desc, eq, sql } from 'drizzle-orm';
import type { PracticeSessionRow } from '@db/schema';
import { practiceSessions, turns } from '@db/schema.pg';
import { branchValues, type PracticeSessionsRepo } from '../practice-sessions-repo';
import { copyPgTurnsUpTo } from './turns-repo';
import type { PgDb } from './open-pg';

export function createPgPracticeSessionsRepo(db: PgDb): PracticeSessionsRepo {
  const first = <T>(rows: T[]): T | undefined => rows[0];
  // Read several times per reply: prepared once.
  const byId = db.select().from(practiceSessions).where(eq(practiceSessions.id, sql.placeholder('id'))).prepare('session_by_id');
  return {
    create: (row, openingLine) =>
      db.transaction(async (tx) => {
        const [session] = await tx.insert(practiceSessions).values(row).returning();
        await tx.insert(turns).values({ sessionId: row.id, index: 0, speaker: 'persona', text: openingLine });
        return session as PracticeSessionRow;
      }),
    findById: async (id) => first(await byId.execute({ id })) as PracticeSessionRow | undefined,
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
          parentId: practiceSessions.parentId,
          forkTurnIndex: practiceSessions.forkTurnIndex,
          scorecard: practiceSessions.scorecard,
          leaderTurns: count(turns.id),
        })
        .from(practiceSessions)
        .leftJoin(turns, and(eq(turns.sessionId, practiceSessions.id), eq(turns.speaker, 'leader')))
        .where(eq(practiceSessions.userId, userId))
        .groupBy(practiceSessions.id)
        .orderBy(desc(practiceSessions.createdAt), asc(practiceSessions.id)),
    createBranch: (id, parent, fork) =>
      db.transaction(async (tx) => {
        const [session] = await tx.insert(practiceSessions).values(branchValues(id, parent, fork)).returning();
        await copyPgTurnsUpTo(tx, parent.id, id, fork.index);
        return session as PracticeSessionRow;
      }),
    listBranches: (parentId) =>
      db
        .select({ id: practiceSessions.id, forkTurnIndex: practiceSessions.forkTurnIndex, status: practiceSessions.status, createdAt: practiceSessions.createdAt, scorecard: practiceSessions.scorecard })
        .from(practiceSessions)
        .where(eq(practiceSessions.parentId, parentId))
        .orderBy(asc(practiceSessions.createdAt), asc(practiceSessions.id)),
    delete: (id) =>
      db.transaction(async (tx) => {
        await tx.update(practiceSessions).set({ parentId: null }).where(eq(practiceSessions.parentId, id));
        return (await tx.delete(practiceSessions).where(eq(practiceSessions.id, id))).rowCount === 1;
      }),
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
