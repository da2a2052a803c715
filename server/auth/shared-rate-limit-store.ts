import type { FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { RateLimitsRepo } from '../db/rate-limits-repo';

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;

/**
 * A @fastify/rate-limit store kept in the database, so every node counts the same attempts (its
 * default in-memory store gives each node its own allowance). Fixed windows, one row per route and key.
 */
export function sharedRateLimitStore(repo: RateLimitsRepo): FastifyRateLimitStoreCtor {
  class SharedRateLimitStore {
    constructor(private readonly scope = 'global') {}

    incr(key: string, callback: Callback, timeWindow = 60_000): void {
      repo.hit(`${this.scope}:${key}`, timeWindow).then(
        ({ count, ttlMs }) => callback(null, { current: count, ttl: Math.max(0, ttlMs) }),
        (err: Error) => callback(err),
      );
    }

    child(routeOptions: { routeInfo?: { method?: string | string[]; url?: string } }) {
      const { method = '', url = '' } = routeOptions.routeInfo ?? {};
      return new SharedRateLimitStore(`${String(method)} ${url}`);
    }
  }
  return class {
    constructor() {
      return new SharedRateLimitStore();
    }
  } as unknown as FastifyRateLimitStoreCtor;
}
