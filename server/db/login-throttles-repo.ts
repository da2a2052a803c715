import { eq, lt } from 'drizzle-orm';
import { loginThrottles } from '@db/schema';
import type { LoginThrottlesRepo } from '../auth/login-throttle';
import type { Db } from './open-database';

export function createLoginThrottlesRepo(db: Db): LoginThrottlesRepo {
  return {
    async update(account, change) {
      // Synchronous transaction: read, decide and write with no other writer in between.
      return db.transaction((tx) => {
        const row = tx.select().from(loginThrottles).where(eq(loginThrottles.account, account)).get();
        const { next, result } = change(row);
        if (next) tx.insert(loginThrottles).values({ account, ...next }).onConflictDoUpdate({ target: loginThrottles.account, set: next }).run();
        else if (row) tx.delete(loginThrottles).where(eq(loginThrottles.account, account)).run();
        return result;
      });
    },
    async forget(beforeMs) {
      db.delete(loginThrottles).where(lt(loginThrottles.lastAttempt, beforeMs)).run();
    },
  };
}
