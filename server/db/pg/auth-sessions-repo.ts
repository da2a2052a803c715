import { and, eq, gt, lt } from 'drizzle-orm';
import { authSessions } from '@db/schema.pg';
import type { AuthSessionsRepo } from '../auth-sessions-repo';
import type { PgDb } from './open-pg';

export function createPgAuthSessionsRepo(db: PgDb): AuthSessionsRepo {
  return {
    async insert(tokenHash, userId, expiresAt) {
      await db.insert(authSessions).values({ tokenHash, userId, expiresAt: expiresAt.toISOString() });
    },
    async findLiveUserId(tokenHash, now = new Date()) {
      const rows = await db
        .select({ userId: authSessions.userId })
        .from(authSessions)
        .where(and(eq(authSessions.tokenHash, tokenHash), gt(authSessions.expiresAt, now.toISOString())));
      return rows[0]?.userId;
    },
    async delete(tokenHash) {
      await db.delete(authSessions).where(eq(authSessions.tokenHash, tokenHash));
    },
    async deleteExpired(now = new Date()) {
      await db.delete(authSessions).where(lt(authSessions.expiresAt, now.toISOString()));
    },
  };
}
