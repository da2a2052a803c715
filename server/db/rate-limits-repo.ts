import { sql } from 'drizzle-orm';
import { rateLimits } from '@db/schema';
import type { Db } from './open-database';

export interface RateLimitHit {
  /** Hits in the current window, this one included. */
  count: number;
  /** Milliseconds until the window closes. */
  ttlMs: number;
}

/** Fixed-window counters shared by every node (log-in throttling). */
export interface RateLimitsRepo {
  hit(key: string, windowMs: number): Promise<RateLimitHit>;
}

export function createRateLimitsRepo(db: Db): RateLimitsRepo {
  return {
    async hit(key, windowMs) {
      const now = Date.now();
      const row = db
        .insert(rateLimits)
        .values({ key, count: 1, resetAt: now + windowMs })
        .onConflictDoUpdate({
          target: rateLimits.key,
          set: {
            count: sql`case when ${rateLimits.resetAt} <= ${now} then 1 else ${rateLimits.count} + 1 end`,
            resetAt: sql`case when ${rateLimits.resetAt} <= ${now} then ${now + windowMs} else ${rateLimits.resetAt} end`,
          },
        })
        .returning({ count: rateLimits.count, resetAt: rateLimits.resetAt })
        .get();
      return { count: row.count, ttlMs: row.resetAt - now };
    },
  };
}
