import { and, eq, gt, lt } from 'drizzle-orm';
import { authSessions } from '@db/schema';
import type { Db } from './open-database';

export function createAuthSessionsRepo(db: Db) {
  return {
    insert: (tokenHash: string, userId: string, expiresAt: Date) =>
      db.insert(authSessions).values({ tokenHash, userId, expiresAt: expiresAt.toISOString() }).run(),
    /** The user id of a live session, or undefined. */
    findLiveUserId(tokenHash: string, now = new Date()): string | undefined {
      return db
        .select({ userId: authSessions.userId })
        .from(authSessions)
        .where(and(eq(authSessions.tokenHash, tokenHash), gt(authSessions.expiresAt, now.toISOString())))
        .get()?.userId;
    },
    delete: (tokenHash: string) => db.delete(authSessions).where(eq(authSessions.tokenHash, tokenHash)).run(),
    deleteExpired: (now = new Date()) =>
      db.delete(authSessions).where(lt(authSessions.expiresAt, now.toISOString())).run(),
  };
}
