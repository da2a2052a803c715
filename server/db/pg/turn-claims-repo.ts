import { and, eq, gt, lte, sql } from 'drizzle-orm';
import { turnClaims } from '@db/schema.pg';
import type { TurnClaimsRepo } from '../turn-claims-repo';
import type { PgDb } from './open-pg';

/** The database's clock in epoch milliseconds: nodes' clocks may disagree, the server's is one. */
export const dbNowMs = sql<number>`(extract(epoch from clock_timestamp()) * 1000)::bigint`;

export function createPgTurnClaimsRepo(db: PgDb): TurnClaimsRepo {
  const lease = (leaseMs: number) => sql`${dbNowMs} + ${leaseMs}`;
  return {
    async acquire(sessionId, holder, leaseMs) {
      const rows = await db
        .insert(turnClaims)
        .values({ sessionId, holder, expiresAt: lease(leaseMs) })
        .onConflictDoUpdate({
          target: turnClaims.sessionId,
          set: { holder, expiresAt: lease(leaseMs) },
          setWhere: lte(turnClaims.expiresAt, dbNowMs),
        })
        .returning({ holder: turnClaims.holder });
      return rows[0]?.holder === holder;
    },
    async renew(sessionId, holder, leaseMs) {
      const where = and(eq(turnClaims.sessionId, sessionId), eq(turnClaims.holder, holder));
      return (await db.update(turnClaims).set({ expiresAt: lease(leaseMs) }).where(where)).rowCount === 1;
    },
    async release(sessionId, holder) {
      await db.delete(turnClaims).where(and(eq(turnClaims.sessionId, sessionId), eq(turnClaims.holder, holder)));
    },
    async holder(sessionId) {
      const rows = await db
        .select({ holder: turnClaims.holder })
        .from(turnClaims)
        .where(and(eq(turnClaims.sessionId, sessionId), gt(turnClaims.expiresAt, dbNowMs)));
      return rows[0]?.holder;
    },
  };
}
