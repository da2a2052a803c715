import { desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Scorecard } from '@core/rubric/types';
import { practiceSessions, sessionReviews, turnComments, turns, users } from '@db/schema';
import { asAsync, type AsyncRepo } from './async-repo';
import type { Db } from './open-database';

export interface CoachedSessionRow {
  id: string;
  leaderId: string;
  leaderName: string;
  scenarioId: string;
  kind: 'practice' | 'imported';
  /** Imported sessions: the title the leader gave; null for practice (the scenario's title). */
  title: string | null;
  status: 'open' | 'ended';
  createdAt: string;
  endedAt: string | null;
  scorecard: Scorecard | null;
  leaderTurns: number;
  comments: number;
  reviewedAt: string | null;
}

/** Sessions of the leaders a coach reads, newest first, with what the coach's lists show. */
function createCoachingSessionsRepoSync(db: Db) {
  return {
    list(coachId: string, leaderIds: string[]): CoachedSessionRow[] {
      if (leaderIds.length === 0) return [];
      const leaderTurns = sql<number>`(select count(*) from ${turns} where ${turns.sessionId} = ${practiceSessions.id} and ${turns.speaker} = 'leader')`;
      const comments = sql<number>`(select count(*) from ${turnComments} where ${turnComments.sessionId} = ${practiceSessions.id} and ${isNull(turnComments.supersededAt)})`;
      const reviewedAt = sql<string | null>`(select max(${sessionReviews.createdAt}) from ${sessionReviews} where ${sessionReviews.sessionId} = ${practiceSessions.id} and ${eq(sessionReviews.coachId, coachId)})`;
      return db
        .select({
          id: practiceSessions.id,
          leaderId: practiceSessions.userId,
          leaderName: users.name,
          scenarioId: practiceSessions.scenarioId,
          kind: practiceSessions.kind,
          title: practiceSessions.title,
          status: practiceSessions.status,
          createdAt: practiceSessions.createdAt,
          endedAt: practiceSessions.endedAt,
          scorecard: practiceSessions.scorecard,
          leaderTurns,
          comments,
          reviewedAt,
        })
        .from(practiceSessions)
        .innerJoin(users, eq(users.id, practiceSessions.userId))
        .where(inArray(practiceSessions.userId, leaderIds))
        .orderBy(desc(practiceSessions.createdAt), desc(practiceSessions.id))
        .all() as CoachedSessionRow[];
    },
  };
}

export type CoachingSessionsRepo = AsyncRepo<ReturnType<typeof createCoachingSessionsRepoSync>>;

export const createCoachingSessionsRepo = (db: Db): CoachingSessionsRepo => asAsync(createCoachingSessionsRepoSync(db));
