// Per-account log-in throttle (issue #7, defect 7). The per-address rate limit stops one machine;
// this stops many machines working on one account: after `maxFailures` failed attempts in a row,
// whichever addresses they came from, each further attempt must wait, the wait doubling up to a cap.
// An attempt counts as failed from the moment it starts (success clears it), so a burst of
// parallel guesses cannot all slip in before the first one is checked.

const BASE_WAIT_MS = 1_000;
const MAX_WAIT_MS = 15 * 60_000;
/** A quiet hour forgets an account's failures. */
const FORGET_AFTER_MS = 60 * 60_000;
/** Bounds memory whatever the number of distinct emails tried. */
const MAX_TRACKED = 10_000;

interface Record {
  failures: number;
  blockedUntil: number;
  lastAttempt: number;
}

export class LoginThrottle {
  private readonly records = new Map<string, Record>();

  constructor(
    private readonly maxFailures: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Starts an attempt: 0 when it may go ahead (and is counted), or the ms to wait first. */
  begin(account: string): number {
    const now = this.now();
    let record = this.records.get(account);
    if (record && now - record.lastAttempt > FORGET_AFTER_MS) record = undefined;
    if (record && record.blockedUntil > now) return record.blockedUntil - now;
    record ??= { failures: 0, blockedUntil: 0, lastAttempt: now };
    record.failures += 1;
    record.lastAttempt = now;
    if (record.failures >= this.maxFailures)
      record.blockedUntil = now + Math.min(MAX_WAIT_MS, BASE_WAIT_MS * 2 ** (record.failures - this.maxFailures));
    // Re-inserting keeps the map in least-recently-tried order, so the oldest goes first.
    this.records.delete(account);
    this.records.set(account, record);
    if (this.records.size > MAX_TRACKED) this.records.delete(this.records.keys().next().value!);
    return 0;
  }

  /** The attempt succeeded: the account starts afresh. */
  succeeded(account: string): void {
    this.records.delete(account);
  }
}
