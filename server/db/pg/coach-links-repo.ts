import { and, asc, eq, isNull } from 'drizzle-orm';
import { coachLinks, users } from '@db/schema.pg';
import type { CoachLinksRepo, LinkedPerson } from '../coach-links-repo';
import type { PgDb } from './open-pg';

export function createPgCoachLinksRepo(db: PgDb): CoachLinksRepo {
  const live = (coachId: string, leaderId: string) =>
    and(eq(coachLinks.coachId, coachId), eq(coachLinks.leaderId, leaderId), isNull(coachLinks.endedAt));
  const people = (side: 'coach' | 'leader', otherId: string): Promise<LinkedPerson[]> => {
    const [mine, theirs] = side === 'coach' ? [coachLinks.leaderId, coachLinks.coachId] : [coachLinks.coachId, coachLinks.leaderId];
    return db
      .select({ id: users.id, name: users.name, email: users.email, since: coachLinks.createdAt })
      .from(coachLinks)
      .innerJoin(users, eq(users.id, theirs))
      .where(and(eq(mine, otherId), isNull(coachLinks.endedAt)))
      .orderBy(asc(users.name), asc(users.id));
  };
  return {
    isLive: async (coachId, leaderId) => (await db.select({ id: coachLinks.id }).from(coachLinks).where(live(coachId, leaderId))).length > 0,
    async link(row) {
      await db.insert(coachLinks).values(row).onConflictDoNothing();
    },
    end: async (coachId, leaderId) =>
      (await db.update(coachLinks).set({ endedAt: new Date().toISOString() }).where(live(coachId, leaderId))).rowCount === 1,
    leadersOf: (coachId) => people('leader', coachId),
    coachesOf: (leaderId) => people('coach', leaderId),
  };
}
