import { desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { practiceSessions, sessionReviews, turnComments, turns, users } from '@db/schema.pg';
import type { CoachedSessionRow, CoachingSessionsRepo } from '../coaching-sessions-repo';
import type { PgDb } from './open-pg';

export function createPgCoachingSessionsRepo(db: PgDb): CoachingSessionsRepo {
  return {
    async list(coachId, leaderIds) {
      if (leaderIds.length === 0) return [];
      // count(*) is bigint on PostgreSQL: cast so the driver returns numbers.
      const leaderTurns = sql<number>`(select count(*)::int from ${turns} where ${turns.sessionId} = ${practiceSessions.id} and ${turns.speaker} = 'leader')`;
      const comments = sql<number>`(select count(*)::int from ${turnComments} where ${turnComments.sessionId} = ${practiceSessions.id} and ${isNull(turnComments.supersededAt)})`;
      const reviewedAt = sql<string | null>`(select max(${sessionReviews.createdAt}) from ${sessionReviews} where ${sessionReviews.sessionId} = ${practiceSessions.id} and ${eq(sessionReviews.coachId, coachId)})`;
      return (await db
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
        .orderBy(desc(practiceSessions.createdAt), desc(practiceSessions.id))) as CoachedSessionRow[];
    },
  };
}
