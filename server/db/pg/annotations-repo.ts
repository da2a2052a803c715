import { and, asc, desc, eq, gt, inArray, isNotNull, isNull, ne, sql } from 'drizzle-orm';
import { labelOverrides, sessionReads, sessionReviews, turnComments, users } from '@db/schema.pg';
import type { AnnotationsRepo } from '../annotations-repo';
import type { PgDb } from './open-pg';

// The PostgreSQL twin of ../annotations-repo.ts: rows are only added or marked superseded.

// Annotations restored from an imported file have no user and carry the name the file recorded.
const authorName = sql<string>`coalesce(${users.name}, ${turnComments.recordedAuthorName}, '')`;
const overrideCoachName = sql<string>`coalesce(${users.name}, ${labelOverrides.recordedCoachName}, '')`;
const reviewCoachName = sql<string>`coalesce(${users.name}, ${sessionReviews.recordedCoachName}, '')`;

export function createPgAnnotationsRepo(db: PgDb): AnnotationsRepo {
  const now = () => new Date().toISOString();
  return {
    comments: (sessionId) =>
      db
        .select({ comment: turnComments, authorName })
        .from(turnComments)
        .leftJoin(users, eq(users.id, turnComments.authorId))
        .where(eq(turnComments.sessionId, sessionId))
        .orderBy(asc(turnComments.createdAt), asc(turnComments.id)),
    findComment: async (sessionId, id) =>
      (
        await db
          .select()
          .from(turnComments)
          .where(and(eq(turnComments.id, id), eq(turnComments.sessionId, sessionId), isNull(turnComments.supersededAt)))
      )[0],
    addComment: async (row) => (await db.insert(turnComments).values(row).returning())[0],
    editComment: (old, id, text) =>
      db.transaction(async (tx) => {
        await tx.update(turnComments).set({ supersededAt: now() }).where(eq(turnComments.id, old.id));
        await tx.update(turnComments).set({ parentId: id }).where(eq(turnComments.parentId, old.id));
        const [row] = await tx
          .insert(turnComments)
          .values({ id, sessionId: old.sessionId, turnId: old.turnId, replacedTurnId: old.replacedTurnId ?? null, parentId: old.parentId, authorId: old.authorId, text, replaces: old.id })
          .returning();
        return row;
      }),
    overrides: (sessionId) =>
      db
        .select({ override: labelOverrides, coachName: overrideCoachName })
        .from(labelOverrides)
        .leftJoin(users, eq(users.id, labelOverrides.coachId))
        .where(eq(labelOverrides.sessionId, sessionId))
        .orderBy(asc(labelOverrides.createdAt), asc(labelOverrides.id)),
    liveOverride: async (turnId, target, moveIndex) =>
      (
        await db
          .select()
          .from(labelOverrides)
          .where(
            and(
              eq(labelOverrides.turnId, turnId),
              eq(labelOverrides.target, target),
              moveIndex === null ? isNull(labelOverrides.moveIndex) : eq(labelOverrides.moveIndex, moveIndex),
              isNull(labelOverrides.supersededAt),
            ),
          )
      )[0],
    addOverride: (row) =>
      db.transaction(async (tx) => {
        if (row.replaces) await tx.update(labelOverrides).set({ supersededAt: now() }).where(eq(labelOverrides.id, row.replaces));
        return (await tx.insert(labelOverrides).values(row).returning())[0];
      }),
    reviews: (sessionId) =>
      db
        .select({ review: sessionReviews, coachName: reviewCoachName })
        .from(sessionReviews)
        .leftJoin(users, eq(users.id, sessionReviews.coachId))
        .where(eq(sessionReviews.sessionId, sessionId))
        .orderBy(desc(sessionReviews.createdAt), desc(sessionReviews.id)),
    addReview: async (row) => (await db.insert(sessionReviews).values(row).returning())[0],
    reviewedBy: async (coachId) =>
      (await db.selectDistinct({ id: sessionReviews.sessionId }).from(sessionReviews).where(eq(sessionReviews.coachId, coachId))).map((r) => r.id),
    async markSeen(sessionId, userId) {
      await db
        .insert(sessionReads)
        .values({ sessionId, userId, seenAt: now() })
        .onConflictDoUpdate({ target: [sessionReads.sessionId, sessionReads.userId], set: { seenAt: now() } });
    },
    async unreadFor(userId, sessionIds) {
      const counts = new Map<string, number>();
      if (sessionIds.length === 0) return counts;
      const seen = (table: typeof turnComments | typeof labelOverrides | typeof sessionReviews) =>
        sql`coalesce((select ${sessionReads.seenAt} from ${sessionReads} where ${sessionReads.sessionId} = ${table.sessionId} and ${sessionReads.userId} = ${userId}), '')`;
      const add = (rows: { sessionId: string; n: number }[]) => rows.forEach((r) => counts.set(r.sessionId, (counts.get(r.sessionId) ?? 0) + r.n));
      const n = sql<number>`count(*)::int`;
      add(
        await db
          .select({ sessionId: turnComments.sessionId, n })
          .from(turnComments)
          .where(and(inArray(turnComments.sessionId, sessionIds), ne(turnComments.authorId, userId), isNull(turnComments.supersededAt), gt(turnComments.createdAt, seen(turnComments))))
          .groupBy(turnComments.sessionId),
      );
      add(
        await db
          .select({ sessionId: labelOverrides.sessionId, n })
          .from(labelOverrides)
          // Restored from an imported file (no coach id): part of the record, not news.
          .where(and(inArray(labelOverrides.sessionId, sessionIds), isNotNull(labelOverrides.coachId), isNull(labelOverrides.supersededAt), gt(labelOverrides.createdAt, seen(labelOverrides))))
          .groupBy(labelOverrides.sessionId),
      );
      add(
        await db
          .select({ sessionId: sessionReviews.sessionId, n })
          .from(sessionReviews)
          .where(and(inArray(sessionReviews.sessionId, sessionIds), isNotNull(sessionReviews.coachId), gt(sessionReviews.createdAt, seen(sessionReviews))))
          .groupBy(sessionReviews.sessionId),
      );
      return counts;
    },
  };
}
