import { and, eq, gt, lt } from 'drizzle-orm';
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
  return {
    async insert(tokenHash, userId, expiresAt) {
      db.insert(authSessions).values({ tokenHash, userId, expiresAt: expiresAt.toISOString() }).run();
    },
    async findLiveUserId(tokenHash, now = new Date()) {
      return db
        .select({ userId: authSessions.userId })
        .from(authSessions)
        .where(and(eq(authSessions.tokenHash, tokenHash), gt(authSessions.expiresAt, now.toISOString())))
        .get()?.userId;
    },
    async delete(tokenHash) {
      db.delete(authSessions).where(eq(authSessions.tokenHash, tokenHash)).run();
    },
    async deleteExpired(now = new Date()) {
      db.delete(authSessions).where(lt(authSessions.expiresAt, now.toISOString())).run();
    },
  };
}
