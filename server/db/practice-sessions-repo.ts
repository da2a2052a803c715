import { and, asc, count, desc, eq, sql } from 'drizzle-orm';
import type { Scorecard } from '@core/rubric/types';
import { practiceSessions, turns, type PracticeSessionRow } from '@db/schema';
import { copyTurnsUpTo } from './turns-repo';
import type { Db } from './open-database';

export type NewPracticeSession = {
  id: string;
  userId: string;
  scenarioId: string;
  scenarioVersion?: number;
  assignmentId?: string | null;
  feedbackEnabled: boolean;
};

export interface SessionSummaryRow {
  id: string;
  kind: PracticeSessionRow['kind'];
  title: string | null;
  scenarioId: string;
  status: PracticeSessionRow['status'];
  createdAt: string;
  endedAt: string | null;
  parentId: string | null;
  forkTurnIndex: number | null;
  scorecard: unknown;
  leaderTurns: number;
}

export type BranchSummaryRow = Pick<PracticeSessionRow, 'id' | 'forkTurnIndex' | 'status' | 'createdAt' | 'scorecard'>;

/** The columns a branch copies from its parent, and where it forks. */
export const branchValues = (id: string, parent: PracticeSessionRow, fork: { index: number; id: number }) => ({
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
});

export interface PracticeSessionsRepo {
  /** Creates the session with the persona's opening line as turn 0, in one transaction. */
  create(row: NewPracticeSession, openingLine: string): Promise<PracticeSessionRow>;
  findById(id: string): Promise<PracticeSessionRow | undefined>;
  /** The caller's own session only: another user's id reads as not found. */
  findOwned(id: string, userId: string): Promise<PracticeSessionRow | undefined>;
  listOwned(userId: string): Promise<SessionSummaryRow[]>;
  /**
   * A branch of `parent` at its leader turn `fork`: a new session holding the parent's turns up to and
   * including that one, persona states and all, so the persona carries on from the same point.
   */
  createBranch(id: string, parent: PracticeSessionRow, fork: { index: number; id: number }): Promise<PracticeSessionRow>;
  listBranches(parentId: string): Promise<BranchSummaryRow[]>;
  /** Deletes a session and its turns; its branches stay, as sessions of their own. */
  delete(id: string): Promise<boolean>;
  setFeedbackEnabled(id: string, feedbackEnabled: boolean): Promise<void>;
  /** Ends an open session; returns false when it had already ended. */
  end(id: string, scorecard: Scorecard, debrief: string): Promise<boolean>;
}

export function createPracticeSessionsRepo(db: Db): PracticeSessionsRepo {
  const byIdStatement = db
    .select()
    .from(practiceSessions)
    .where(eq(practiceSessions.id, sql.placeholder('id')))
    .prepare();
  // better-sqlite3 transactions are synchronous: the callbacks below must not await.
  return {
    async create(row, openingLine) {
      return db.transaction((tx) => {
        const session = tx.insert(practiceSessions).values(row).returning().get();
        tx.insert(turns).values({ sessionId: row.id, index: 0, speaker: 'persona', text: openingLine }).run();
        return session;
      });
    },
    findById: async (id) => byIdStatement.get({ id }),
    findOwned: async (id, userId) =>
      db
        .select()
        .from(practiceSessions)
        .where(and(eq(practiceSessions.id, id), eq(practiceSessions.userId, userId)))
        .get(),
    listOwned: async (userId) =>
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
    async createBranch(id, parent, fork) {
      return db.transaction((tx) => {
        const session = tx.insert(practiceSessions).values(branchValues(id, parent, fork)).returning().get();
        copyTurnsUpTo(tx, parent.id, id, fork.index);
        return session;
      });
    },
    listBranches: async (parentId) =>
      db
        .select({ id: practiceSessions.id, forkTurnIndex: practiceSessions.forkTurnIndex, status: practiceSessions.status, createdAt: practiceSessions.createdAt, scorecard: practiceSessions.scorecard })
        .from(practiceSessions)
        .where(eq(practiceSessions.parentId, parentId))
        .orderBy(asc(practiceSessions.createdAt), asc(practiceSessions.id))
        .all(),
    delete: async (id) =>
      db.transaction((tx) => {
        tx.update(practiceSessions).set({ parentId: null }).where(eq(practiceSessions.parentId, id)).run();
        return tx.delete(practiceSessions).where(eq(practiceSessions.id, id)).run().changes === 1;
      }),
    async setFeedbackEnabled(id, feedbackEnabled) {
      db.update(practiceSessions).set({ feedbackEnabled }).where(eq(practiceSessions.id, id)).run();
    },
    async end(id, scorecard, debrief) {
      const result = db
        .update(practiceSessions)
        .set({ status: 'ended', scorecard, debrief, endedAt: new Date().toISOString() })
        .where(and(eq(practiceSessions.id, id), eq(practiceSessions.status, 'open')))
        .run();
      return result.changes === 1;
    },
  };
}
