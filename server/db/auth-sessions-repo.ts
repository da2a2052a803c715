import { and, eq, gt, lt, sql } from 'drizzle-orm';
import { authSessions } from '@db/schema';
import type { Db } from './open-database';

export interface AuthSessionsRepo {
  insert(tokenHash: string, userId: string, expiresAt: Date): Promise<void>;
  /** The user id of a live session, or undefined. */
  findLiveUserId(tokenHash: string, now?: Date): Promise<string | undefined>;
  delete(tokenHash: string): Promise<void>;
  deleteExpired(now?: Date): Promise<void>;
}

export function createAuthSessionsRepo(db: Db): AuthSessionsRepo {
  // Asked on every socket message (a logged-out socket stores nothing more): prepared once.
  const liveUserId = db
    .select({ userId: authSessions.userId })
    .from(authSessions)
    .where(and(eq(authSessions.tokenHash, sql.placeholder('tokenHash')), gt(authSessions.expiresAt, sql.placeholder('now'))))
    .prepare();
  return {
    async insert(tokenHash, userId, expiresAt) {
      db.insert(authSessions).values({ tokenHash, userId, expiresAt: expiresAt.toISOString() }).run();
    },
    findLiveUserId: async (tokenHash, now = new Date()) => liveUserId.get({ tokenHash, now: now.toISOString() })?.userId,
    async delete(tokenHash) {
      db.delete(authSessions).where(eq(authSessions.tokenHash, tokenHash)).run();
    },
    async deleteExpired(now = new Date()) {
      db.delete(authSessions).where(lt(authSessions.expiresAt, now.toISOString())).run();
    },
  };
}
