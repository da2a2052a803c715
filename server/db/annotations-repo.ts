import { and, asc, desc, eq, gt, inArray, isNotNull, isNull, ne, sql } from 'drizzle-orm';
import { labelOverrides, sessionReads, sessionReviews, turnComments, users } from '@db/schema';
import { asAsync, type AsyncRepo } from './async-repo';
import type { Db } from './open-database';

// Comments, label overrides and reviews on a leader's session. Rows are only ever added or marked
// superseded, never deleted or rewritten: the record keeps who, when and what each one replaced.

// Annotations restored from an imported file have no user (author/coach id null) and carry the
// name the file recorded instead.
const authorName = sql<string>`coalesce(${users.name}, ${turnComments.recordedAuthorName}, '')`;
const overrideCoachName = sql<string>`coalesce(${users.name}, ${labelOverrides.recordedCoachName}, '')`;
const reviewCoachName = sql<string>`coalesce(${users.name}, ${sessionReviews.recordedCoachName}, '')`;

/** What a comment is on: a current turn, or the version of one an edit-and-resend replaced (the table checks exactly one is set). */
type CommentTarget = { turnId: number | null; replacedTurnId?: number | null };

function createAnnotationsRepoSync(db: Db) {
  const now = () => new Date().toISOString();
  return {
    comments: (sessionId: string) =>
      db
        .select({ comment: turnComments, authorName })
        .from(turnComments)
        .leftJoin(users, eq(users.id, turnComments.authorId))
        .where(eq(turnComments.sessionId, sessionId))
        .orderBy(asc(turnComments.createdAt), asc(turnComments.id))
        .all(),
    findComment: (sessionId: string, id: string) =>
      db
        .select()
        .from(turnComments)
        .where(and(eq(turnComments.id, id), eq(turnComments.sessionId, sessionId), isNull(turnComments.supersededAt)))
        .get(),
    /** On a current turn (`turnId`) or, answering a thread there, on an earlier version (`replacedTurnId`). */
    addComment: (row: { id: string; sessionId: string; parentId: string | null; authorId: string; text: string } & CommentTarget) =>
      db.insert(turnComments).values(row).returning().get(),
    /** An edit: the new text is a new row that replaces the old one, which is kept. */
    editComment: (old: { id: string; sessionId: string; parentId: string | null; authorId: string | null } & CommentTarget, id: string, text: string) =>
      db.transaction((tx) => {
        tx.update(turnComments).set({ supersededAt: now() }).where(eq(turnComments.id, old.id)).run();
        // Replies follow the thread to the new version.
        tx.update(turnComments).set({ parentId: id }).where(eq(turnComments.parentId, old.id)).run();
        return tx
          .insert(turnComments)
          .values({ id, sessionId: old.sessionId, turnId: old.turnId, replacedTurnId: old.replacedTurnId ?? null, parentId: old.parentId, authorId: old.authorId, text, replaces: old.id })
          .returning()
          .get();
      }),

    overrides: (sessionId: string) =>
      db
        .select({ override: labelOverrides, coachName: overrideCoachName })
        .from(labelOverrides)
        .leftJoin(users, eq(users.id, labelOverrides.coachId))
        .where(eq(labelOverrides.sessionId, sessionId))
        .orderBy(asc(labelOverrides.createdAt), asc(labelOverrides.id))
        .all(),
    /** The live override of one label, if any. */
    liveOverride: (turnId: number, target: 'move' | 'delegation', moveIndex: number | null) =>
      db
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
        .get(),
    /** Adds an override, superseding the live one on the same label in the same transaction. */
    addOverride: (row: typeof labelOverrides.$inferInsert) =>
      db.transaction((tx) => {
        if (row.replaces) tx.update(labelOverrides).set({ supersededAt: now() }).where(eq(labelOverrides.id, row.replaces)).run();
        return tx.insert(labelOverrides).values(row).returning().get();
      }),

    reviews: (sessionId: string) =>
      db
        .select({ review: sessionReviews, coachName: reviewCoachName })
        .from(sessionReviews)
        .leftJoin(users, eq(users.id, sessionReviews.coachId))
        .where(eq(sessionReviews.sessionId, sessionId))
        .orderBy(desc(sessionReviews.createdAt), desc(sessionReviews.id))
        .all(),
    addReview: (row: { id: string; sessionId: string; coachId: string; summary: string }) =>
      db.insert(sessionReviews).values(row).returning().get(),
    /** Session ids a coach has reviewed. */
    reviewedBy: (coachId: string): string[] =>
      db.selectDistinct({ id: sessionReviews.sessionId }).from(sessionReviews).where(eq(sessionReviews.coachId, coachId)).all().map((r) => r.id),

    markSeen: (sessionId: string, userId: string) =>
      db
        .insert(sessionReads)
        .values({ sessionId, userId, seenAt: now() })
        .onConflictDoUpdate({ target: [sessionReads.sessionId, sessionReads.userId], set: { seenAt: now() } })
        .run(),
    /** Per session of `userId`'s: how many comments, overrides and reviews by others arrived since they last looked. */
    unreadFor(userId: string, sessionIds: string[]): Map<string, number> {
      const counts = new Map<string, number>();
      if (sessionIds.length === 0) return counts;
      const seen = (table: typeof turnComments | typeof labelOverrides | typeof sessionReviews) =>
        sql`coalesce((select ${sessionReads.seenAt} from ${sessionReads} where ${sessionReads.sessionId} = ${table.sessionId} and ${sessionReads.userId} = ${userId}), '')`;
      const add = (rows: { sessionId: string; n: number }[]) => rows.forEach((r) => counts.set(r.sessionId, (counts.get(r.sessionId) ?? 0) + r.n));
      add(
        db
          .select({ sessionId: turnComments.sessionId, n: sql<number>`count(*)` })
          .from(turnComments)
          .where(and(inArray(turnComments.sessionId, sessionIds), ne(turnComments.authorId, userId), isNull(turnComments.supersededAt), gt(turnComments.createdAt, seen(turnComments))))
          .groupBy(turnComments.sessionId)
          .all(),
      );
      add(
        db
          .select({ sessionId: labelOverrides.sessionId, n: sql<number>`count(*)` })
          .from(labelOverrides)
          // Restored from an imported file (no coach id): part of the record, not news (comments: author_id null never passes `ne`).
          .where(and(inArray(labelOverrides.sessionId, sessionIds), isNotNull(labelOverrides.coachId), isNull(labelOverrides.supersededAt), gt(labelOverrides.createdAt, seen(labelOverrides))))
          .groupBy(labelOverrides.sessionId)
          .all(),
      );
      add(
        db
          .select({ sessionId: sessionReviews.sessionId, n: sql<number>`count(*)` })
          .from(sessionReviews)
          .where(and(inArray(sessionReviews.sessionId, sessionIds), isNotNull(sessionReviews.coachId), gt(sessionReviews.createdAt, seen(sessionReviews))))
          .groupBy(sessionReviews.sessionId)
          .all(),
      );
      return counts;
    },
  };
}

export type AnnotationsRepo = AsyncRepo<ReturnType<typeof createAnnotationsRepoSync>>;

export const createAnnotationsRepo = (db: Db): AnnotationsRepo => asAsync(createAnnotationsRepoSync(db));
