import { and, desc, eq, isNull } from 'drizzle-orm';
import { coachInvites, type CoachInviteRow } from '@db/schema';
import { asAsync, type AsyncRepo } from './async-repo';
import type { Db } from './open-database';

export type InviteStatus = 'pending' | 'accepted' | 'expired' | 'revoked';

export const inviteStatus = (row: CoachInviteRow, now = new Date()): InviteStatus => {
  if (row.revokedAt) return 'revoked';
  if (row.acceptedAt) return 'accepted';
  return row.expiresAt <= now.toISOString() ? 'expired' : 'pending';
};

function createCoachInvitesRepoSync(db: Db) {
  return {
    insert: (row: { code: string; coachId: string; expiresAt: string }): CoachInviteRow =>
      db.insert(coachInvites).values(row).returning().get(),
    find: (code: string): CoachInviteRow | undefined => db.select().from(coachInvites).where(eq(coachInvites.code, code)).get(),
    listByCoach: (coachId: string): CoachInviteRow[] =>
      db.select().from(coachInvites).where(eq(coachInvites.coachId, coachId)).orderBy(desc(coachInvites.createdAt)).all(),
    /** Revoking keeps the row: who was invited when stays on record. */
    revoke: (code: string) =>
      db.update(coachInvites).set({ revokedAt: new Date().toISOString() }).where(and(eq(coachInvites.code, code), isNull(coachInvites.revokedAt))).run(),
    /** Marks a pending invite used; false when someone else used it first. */
    markAccepted(code: string, userId: string): boolean {
      const result = db
        .update(coachInvites)
        .set({ acceptedBy: userId, acceptedAt: new Date().toISOString() })
        .where(and(eq(coachInvites.code, code), isNull(coachInvites.acceptedAt), isNull(coachInvites.revokedAt)))
        .run();
      return result.changes === 1;
    },
  };
}

export type CoachInvitesRepo = AsyncRepo<ReturnType<typeof createCoachInvitesRepoSync>>;

export const createCoachInvitesRepo = (db: Db): CoachInvitesRepo => asAsync(createCoachInvitesRepoSync(db));
