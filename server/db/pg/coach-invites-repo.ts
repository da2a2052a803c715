import { and, desc, eq, isNull } from 'drizzle-orm';
import type { CoachInviteRow } from '@db/schema';
import { coachInvites } from '@db/schema.pg';
import type { CoachInvitesRepo } from '../coach-invites-repo';
import type { PgDb } from './open-pg';

export function createPgCoachInvitesRepo(db: PgDb): CoachInvitesRepo {
  return {
    insert: async (row) => (await db.insert(coachInvites).values(row).returning())[0] as CoachInviteRow,
    find: async (code) => (await db.select().from(coachInvites).where(eq(coachInvites.code, code)))[0],
    listByCoach: (coachId) => db.select().from(coachInvites).where(eq(coachInvites.coachId, coachId)).orderBy(desc(coachInvites.createdAt)),
    async revoke(code) {
      await db.update(coachInvites).set({ revokedAt: new Date().toISOString() }).where(and(eq(coachInvites.code, code), isNull(coachInvites.revokedAt)));
    },
    async markAccepted(code, userId) {
      const result = await db
        .update(coachInvites)
        .set({ acceptedBy: userId, acceptedAt: new Date().toISOString() })
        .where(and(eq(coachInvites.code, code), isNull(coachInvites.acceptedAt), isNull(coachInvites.revokedAt)));
      return result.rowCount === 1;
    },
  };
}
