import { and, eq, gt, lt, sql } from 'drizzle-orm';
import { authSessions } from '@db/schema.pg';
import type { AuthSessionsRepo } from '../auth-sessions-repo';
import type { PgDb } from './open-pg';

export function createPgAuthSessionsRepo(db: PgDb): AuthSessionsRepo {
  // Asked on every socket message: a named prepared statement (built once, parsed once per connection).
  const liveUserId = db
    .select({ userId: authSessions.userId })
    .from(authSessions)
    .where(and(eq(authSessions.tokenHash, sql.placeholder('tokenHash')), gt(authSessions.expiresAt, sql.placeholder('now'))))
    .prepare('auth_live_user');
  return {
    async insert(tokenHash, userId, expiresAt) {
      await db.insert(authSessions).values({ tokenHash, userId, expiresAt: expiresAt.toISOString() });
    },
    findLiveUserId: async (tokenHash, now = new Date()) => (await liveUserId.execute({ tokenHash, now: now.toISOString() }))[0]?.userId,
    async delete(tokenHash) {
      await db.delete(authSessions).where(eq(authSessions.tokenHash, tokenHash));
    },
    async deleteExpired(now = new Date()) {
      await db.delete(authSessions).where(lt(authSessions.expiresAt, now.toISOString()));
    },
  };
}
