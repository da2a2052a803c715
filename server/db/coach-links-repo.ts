import { and, asc, eq, isNull } from 'drizzle-orm';
import { coachLinks, users } from '@db/schema';
import { asAsync, type AsyncRepo } from './async-repo';
import type { Db } from './open-database';

export interface LinkedPerson {
  id: string;
  name: string;
  email: string;
  since: string;
}

function createCoachLinksRepoSync(db: Db) {
  const live = (coachId: string, leaderId: string) =>
    and(eq(coachLinks.coachId, coachId), eq(coachLinks.leaderId, leaderId), isNull(coachLinks.endedAt));
  const people = (side: 'coach' | 'leader', otherId: string): LinkedPerson[] => {
    const [mine, theirs] = side === 'coach' ? [coachLinks.leaderId, coachLinks.coachId] : [coachLinks.coachId, coachLinks.leaderId];
    return db
      .select({ id: users.id, name: users.name, email: users.email, since: coachLinks.createdAt })
      .from(coachLinks)
      .innerJoin(users, eq(users.id, theirs))
      .where(and(eq(mine, otherId), isNull(coachLinks.endedAt)))
      .orderBy(asc(users.name), asc(users.id))
      .all();
  };
  return {
    isLive: (coachId: string, leaderId: string): boolean =>
      db.select({ id: coachLinks.id }).from(coachLinks).where(live(coachId, leaderId)).get() !== undefined,
    /** Links a pair unless a live link exists already (accepting twice changes nothing). */
    link: (row: { id: string; coachId: string; leaderId: string; inviteCode: string }) =>
      db.insert(coachLinks).values(row).onConflictDoNothing().run(),
    /** Ends the live link, keeping the row; false when there was none. */
    end: (coachId: string, leaderId: string): boolean =>
      db.update(coachLinks).set({ endedAt: new Date().toISOString() }).where(live(coachId, leaderId)).run().changes === 1,
    /** The leaders sharing with a coach. */
    leadersOf: (coachId: string) => people('leader', coachId),
    /** The coaches a leader shares with. */
    coachesOf: (leaderId: string) => people('coach', leaderId),
  };
}

export type CoachLinksRepo = AsyncRepo<ReturnType<typeof createCoachLinksRepoSync>>;

export const createCoachLinksRepo = (db: Db): CoachLinksRepo => asAsync(createCoachLinksRepoSync(db));
