import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Scorecard } from '@core/rubric/types';
import { assignmentLeaders, assignments, practiceSessions, users, type AssignmentRow } from '@db/schema';
import { asAsync, type AsyncRepo } from './async-repo';
import type { Db } from './open-database';

export interface AttemptRow {
  sessionId: string;
  leaderId: string;
  status: 'open' | 'ended';
  scorecard: Scorecard | null;
  createdAt: string;
  endedAt: string | null;
}

function createAssignmentsRepoSync(db: Db) {
  return {
    create(row: Omit<AssignmentRow, 'createdAt'>, leaderIds: string[]): void {
      db.transaction((tx) => {
        tx.insert(assignments).values(row).run();
        for (const leaderId of leaderIds) tx.insert(assignmentLeaders).values({ assignmentId: row.id, leaderId }).onConflictDoNothing().run();
      });
    },
    find: (id: string): AssignmentRow | undefined => db.select().from(assignments).where(eq(assignments.id, id)).get(),
    isAssignee: (assignmentId: string, leaderId: string): boolean =>
      db
        .select({ id: assignmentLeaders.leaderId })
        .from(assignmentLeaders)
        .where(and(eq(assignmentLeaders.assignmentId, assignmentId), eq(assignmentLeaders.leaderId, leaderId)))
        .get() !== undefined,
    listByCoach: (coachId: string): AssignmentRow[] =>
      db.select().from(assignments).where(eq(assignments.coachId, coachId)).orderBy(asc(assignments.dueAt), asc(assignments.id)).all(),
    listForLeader: (leaderId: string): AssignmentRow[] =>
      db
        .select({ assignment: assignments })
        .from(assignments)
        .innerJoin(assignmentLeaders, eq(assignmentLeaders.assignmentId, assignments.id))
        .where(eq(assignmentLeaders.leaderId, leaderId))
        .orderBy(asc(assignments.dueAt), asc(assignments.id))
        .all()
        .map((r) => r.assignment),
    /** The leaders of these assignments, by name, in one query. */
    leadersOf: (assignmentIds: string[]): { assignmentId: string; id: string; name: string }[] =>
      assignmentIds.length === 0
        ? []
        : db
            .select({ assignmentId: assignmentLeaders.assignmentId, id: users.id, name: users.name })
            .from(assignmentLeaders)
            .innerJoin(users, eq(users.id, assignmentLeaders.leaderId))
            .where(inArray(assignmentLeaders.assignmentId, assignmentIds))
            .orderBy(asc(users.name), asc(users.id))
            .all(),
    /** The sessions started from these assignments, oldest first. */
    attempts: (assignmentIds: string[]): (AttemptRow & { assignmentId: string })[] =>
      assignmentIds.length === 0
        ? []
        : db
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
            .all()
            .map((r) => ({ ...r, assignmentId: r.assignmentId!, scorecard: (r.scorecard as Scorecard | null) ?? null })),
  };
}
export type AssignmentsRepo = AsyncRepo<ReturnType<typeof createAssignmentsRepoSync>>;

export const createAssignmentsRepo = (db: Db): AssignmentsRepo => asAsync(createAssignmentsRepoSync(db));
