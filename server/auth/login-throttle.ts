// Per-account log-in throttle (issue #7, defect 7). The per-address rate limit stops one machine;
// this stops many machines working on one account: after `maxFailures` failed attempts in a row,
// whichever addresses they came from, each further attempt must wait, the wait doubling up to a cap.
// An attempt counts as failed from the moment it starts (success clears it), so a burst of
// parallel guesses cannot all slip in before the first one is checked.

const BASE_WAIT_MS = 1_000;
const MAX_WAIT_MS = 15 * 60_000;
/** A quiet hour forgets an account's failures. */
const FORGET_AFTER_MS = 60 * 60_000;
/** Forgotten records are swept once every this many attempts on a node. */
const SWEEP_EVERY = 100;

export interface ThrottleRecord {
  failures: number;
  blockedUntil: number;
  lastAttempt: number;
}

/** Where the records live: the database (`login_throttles`), so every node sees every attempt. */
export interface LoginThrottlesRepo {
  /** Applies `change` to the account's record atomically (undefined: no record / delete it). */
  update<T>(account: string, change: (record: ThrottleRecord | undefined) => { next: ThrottleRecord | undefined; result: T }): Promise<T>;
  /** Deletes records last tried before `beforeMs`. */
  forget(beforeMs: number): Promise<void>;
}

/** One process's records, for unit tests of the rule. */
export function memoryThrottles(): LoginThrottlesRepo {
  const records = new Map<string, ThrottleRecord>();
  return {
    async update(account, change) {
      const { next, result } = change(records.get(account));
      if (next) records.set(account, next);
      else records.delete(account);
      return result;
    },
    async forget(beforeMs) {
      for (const [account, record] of records) if (record.lastAttempt < beforeMs) records.delete(account);
    },
  };
}

export class LoginThrottle {
  private attempts = 0;

  constructor(
    private readonly maxFailures: number,
    private readonly now: () => number = Date.now,
    private readonly store: LoginThrottlesRepo = memoryThrottles(),
  ) {}

  /** Starts an attempt: 0 when it may go ahead (and is counted), or the ms to wait first. */
  async begin(account: string): Promise<number> {
    const now = this.now();
    if (++this.attempts % SWEEP_EVERY === 0) await this.store.forget(now - FORGET_AFTER_MS);
    return this.store.update(account, (stored) => {
      const record = stored && now - stored.lastAttempt <= FORGET_AFTER_MS ? { ...stored } : undefined;
      if (record && record.blockedUntil > now) return { next: stored, result: record.blockedUntil - now };
      const next = record ?? { failures: 0, blockedUntil: 0, lastAttempt: now };
      next.failures += 1;
      next.lastAttempt = now;
      if (next.failures >= this.maxFailures)
        next.blockedUntil = now + Math.min(MAX_WAIT_MS, BASE_WAIT_MS * 2 ** (next.failures - this.maxFailures));
      return { next, result: 0 };
    });
  }

  /** The attempt succeeded: the account starts afresh. */
  async succeeded(account: string): Promise<void> {
    await this.store.update(account, () => ({ next: undefined, result: undefined }));
  }
}
