import { and, eq, gt, lte, sql } from 'drizzle-orm';
import { turnClaims } from '@db/schema';
import type { Db } from './open-database';

/** The one-reply-at-a-time claim per practice session, a row with a lease shared by every node. */
export interface TurnClaimsRepo {
  /** Takes the session's claim for `holder` unless a live claim exists; true when taken. */
  acquire(sessionId: string, holder: string, leaseMs: number): Promise<boolean>;
  /** Extends the lease; false when the claim is no longer `holder`'s (it lapsed and was taken over). */
  renew(sessionId: string, holder: string, leaseMs: number): Promise<boolean>;
  release(sessionId: string, holder: string): Promise<void>;
  /** The holder of a live claim, if any. */
  holder(sessionId: string): Promise<string | undefined>;
}

export function createTurnClaimsRepo(db: Db): TurnClaimsRepo {
  // One process writes a SQLite file, so its clock is the only clock.
  return {
    async acquire(sessionId, holder, leaseMs) {
      const now = Date.now();
      const taken = db
        .insert(turnClaims)
        .values({ sessionId, holder, expiresAt: now + leaseMs })
        .onConflictDoUpdate({
          target: turnClaims.sessionId,
          set: { holder, expiresAt: now + leaseMs },
          setWhere: lte(turnClaims.expiresAt, now),
        })
        .returning({ holder: turnClaims.holder })
        .get();
      return taken?.holder === holder;
    },
    async renew(sessionId, holder, leaseMs) {
      const where = and(eq(turnClaims.sessionId, sessionId), eq(turnClaims.holder, holder));
      return db.update(turnClaims).set({ expiresAt: Date.now() + leaseMs }).where(where).run().changes === 1;
    },
    async release(sessionId, holder) {
      db.delete(turnClaims).where(and(eq(turnClaims.sessionId, sessionId), eq(turnClaims.holder, holder))).run();
    },
    async holder(sessionId) {
      return db
        .select({ holder: turnClaims.holder })
        .from(turnClaims)
        .where(and(eq(turnClaims.sessionId, sessionId), gt(turnClaims.expiresAt, sql`${Date.now()}`)))
        .get()?.holder;
    },
  };
}
