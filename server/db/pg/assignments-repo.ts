import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Scorecard } from '@core/rubric/types';
import type { AssignmentRow } from '@db/schema';
import { assignmentLeaders, assignments, practiceSessions, users } from '@db/schema.pg';
import type { AssignmentsRepo } from '../assignments-repo';
import type { PgDb } from './open-pg';

export function createPgAssignmentsRepo(db: PgDb): AssignmentsRepo {
  return {
    async create(row, leaderIds) {
      await db.transaction(async (tx) => {
        await tx.insert(assignments).values(row);
        if (leaderIds.length > 0)
          await tx
            .insert(assignmentLeaders)
            .values(leaderIds.map((leaderId) => ({ assignmentId: row.id, leaderId })))
            .onConflictDoNothing();
      });
    },
    find: async (id) => (await db.select().from(assignments).where(eq(assignments.id, id)))[0] as AssignmentRow | undefined,
    isAssignee: async (assignmentId, leaderId) =>
      (
        await db
          .select({ id: assignmentLeaders.leaderId })
          .from(assignmentLeaders)
          .where(and(eq(assignmentLeaders.assignmentId, assignmentId), eq(assignmentLeaders.leaderId, leaderId)))
      ).length > 0,
    listByCoach: async (coachId) =>
      (await db.select().from(assignments).where(eq(assignments.coachId, coachId)).orderBy(asc(assignments.dueAt), asc(assignments.id))) as AssignmentRow[],
    listForLeader: async (leaderId) =>
      (
        await db
          .select({ assignment: assignments })
          .from(assignments)
          .innerJoin(assignmentLeaders, eq(assignmentLeaders.assignmentId, assignments.id))
          .where(eq(assignmentLeaders.leaderId, leaderId))
          .orderBy(asc(assignments.dueAt), asc(assignments.id))
      ).map((r) => r.assignment as AssignmentRow),
    leadersOf: async (assignmentIds) =>
      assignmentIds.length === 0
        ? []
        : db
            .select({ assignmentId: assignmentLeaders.assignmentId, id: users.id, name: users.name })
            .from(assignmentLeaders)
            .innerJoin(users, eq(users.id, assignmentLeaders.leaderId))
            .where(inArray(assignmentLeaders.assignmentId, assignmentIds))
            .orderBy(asc(users.name), asc(users.id)),
    attempts: async (assignmentIds) =>
      assignmentIds.length === 0
        ? []
        : (
            await db
              .select({
                assignmentId: practiceSessions.assignmentId,
                sessionId: practiceSessions.id,
                leaderId: practiceSessions.userId,
                status: practiceSessions.status,
                scorecard: practiceSessions.scorecard,
                createdAt: practiceSessions.createdAt,
                endedAt: practiceSessions.endedAt,
              })
              .from(practiceSessions)
              .where(inArray(practiceSessions.assignmentId, assignmentIds))
              .orderBy(asc(practiceSessions.createdAt), asc(practiceSessions.id))
          ).map((r) => ({ ...r, assignmentId: r.assignmentId!, scorecard: (r.scorecard as Scorecard | null) ?? null })),
  };
}
