import { and, asc, count, desc, eq, sql } from 'drizzle-orm';
import type { Scorecard } from '@core/rubric/types';
import { practiceSessions, turns, type PracticeSessionRow } from '@db/schema';
import { createTurnsRepo } from './turns-repo';
import type { Db } from './open-database';

export function createPracticeSessionsRepo(db: Db) {
  const turnsRepo = createTurnsRepo(db);
  const byIdStatement = db
    .select()
    .from(practiceSessions)
    .where(eq(practiceSessions.id, sql.placeholder('id')))
    .prepare();
  return {
    /** Creates the session with the persona's opening line as turn 0, in one transaction. */
    create(
      row: { id: string; userId: string; scenarioId: string; scenarioVersion?: number; assignmentId?: string | null; feedbackEnabled: boolean },
      openingLine: string,
    ) {
      return db.transaction((tx) => {
        const session = tx.insert(practiceSessions).values(row).returning().get();
        tx.insert(turns).values({ sessionId: row.id, index: 0, speaker: 'persona', text: openingLine }).run();
        return session;
      });
    },
    findById: (id: string): PracticeSessionRow | undefined => byIdStatement.get({ id }),
    /** The caller's own session only: another user's id reads as not found. */
    findOwned: (id: string, userId: string): PracticeSessionRow | undefined =>
      db
        .select()
        .from(practiceSessions)
        .where(and(eq(practiceSessions.id, id), eq(practiceSessions.userId, userId)))
        .get(),
    listOwned: (userId: string) =>
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
        .orderBy(desc(practiceSessions.createdAt), asc(practiceSessions.id))
        .all(),
    /**
     * A branch of `parent` at its leader turn `fork`: a new session holding the parent's turns up to and
     * including that one, persona states and all, so the persona carries on from the same point.
     */
    createBranch(id: string, parent: PracticeSessionRow, fork: { index: number; id: number }) {
      return db.transaction((tx) => {
        const session = tx
          .insert(practiceSessions)
          .values({
            id,
            userId: parent.userId,
            scenarioId: parent.scenarioId,
            // The branch plays the same version of the scenario, and counts as another try at the same homework.
            scenarioVersion: parent.scenarioVersion,
            assignmentId: parent.assignmentId,
            feedbackEnabled: parent.feedbackEnabled,
            parentId: parent.id,
            forkTurnIndex: fork.index,
            forkTurnId: fork.id,
          })
          .returning()
          .get();
        turnsRepo.copyUpTo(parent.id, id, fork.index, tx);
        return session;
      });
    },
    listBranches: (parentId: string) =>
      db
        .select({ id: practiceSessions.id, forkTurnIndex: practiceSessions.forkTurnIndex, status: practiceSessions.status, createdAt: practiceSessions.createdAt, scorecard: practiceSessions.scorecard })
        .from(practiceSessions)
        .where(eq(practiceSessions.parentId, parentId))
        .orderBy(asc(practiceSessions.createdAt), asc(practiceSessions.id))
        .all(),
    /** Deletes a session and its turns; its branches stay, as sessions of their own. */
    delete: (id: string) =>
      db.transaction((tx) => {
        tx.update(practiceSessions).set({ parentId: null }).where(eq(practiceSessions.parentId, id)).run();
        return tx.delete(practiceSessions).where(eq(practiceSessions.id, id)).run().changes === 1;
      }),
    setFeedbackEnabled: (id: string, feedbackEnabled: boolean) =>
      db.update(practiceSessions).set({ feedbackEnabled }).where(eq(practiceSessions.id, id)).run(),
    /** Ends an open session; returns false when it had already ended. */
    end(id: string, scorecard: Scorecard, debrief: string): boolean {
      const result = db
        .update(practiceSessions)
        .set({ status: 'ended', scorecard, debrief, endedAt: new Date().toISOString() })
        .where(and(eq(practiceSessions.id, id), eq(practiceSessions.status, 'open')))
        .run();
      return result.changes === 1;
    },
  };
}
