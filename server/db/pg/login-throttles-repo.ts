import { eq, lt } from 'drizzle-orm';
import { loginThrottles } from '@db/schema.pg';
import type { LoginThrottlesRepo } from '@server/auth/login-throttle';
import type { PgDb } from './open-pg';

export function createPgLoginThrottlesRepo(db: PgDb): LoginThrottlesRepo {
  return {
    update: (account, change) =>
      db.transaction(async (tx) => {
        // The row is locked for the decision, so parallel attempts from several nodes queue on it.
        await tx.insert(loginThrottles).values({ account, failures: 0, blockedUntil: 0, lastAttempt: 0 }).onConflictDoNothing();
        const [row] = await tx.select().from(loginThrottles).where(eq(loginThrottles.account, account)).for('update');
        const { next, result } = change(row && row.lastAttempt > 0 ? row : undefined);
        if (next) await tx.update(loginThrottles).set(next).where(eq(loginThrottles.account, account));
        else await tx.delete(loginThrottles).where(eq(loginThrottles.account, account));
        return result;
      }),
    async forget(beforeMs) {
      await db.delete(loginThrottles).where(lt(loginThrottles.lastAttempt, beforeMs));
    },
  };
}
