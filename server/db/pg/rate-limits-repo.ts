import { sql } from 'drizzle-orm';
import { rateLimits } from '@db/schema.pg';
import type { RateLimitsRepo } from '../rate-limits-repo';
import { dbNowMs } from './turn-claims-repo';
import type { PgDb } from './open-pg';

export function createPgRateLimitsRepo(db: PgDb): RateLimitsRepo {
  return {
    async hit(key, windowMs) {
      const [row] = await db
        .insert(rateLimits)
        .values({ key, count: 1, resetAt: sql`${dbNowMs} + ${windowMs}` })
        .onConflictDoUpdate({
          target: rateLimits.key,
          set: {
            count: sql`case when ${rateLimits.resetAt} <= ${dbNowMs} then 1 else ${rateLimits.count} + 1 end`,
            resetAt: sql`case when ${rateLimits.resetAt} <= ${dbNowMs} then ${dbNowMs} + ${windowMs} else ${rateLimits.resetAt} end`,
          },
        })
        .returning({ count: rateLimits.count, ttlMs: sql<number>`(${rateLimits.resetAt} - ${dbNowMs})::int` });
      return row;
    },
  };
}
