import type { Db } from './open-database';

/** The one-reply-at-a-time claim per practice session, a row with a lease shared by every node. */
export interface TurnClaimsRepo {
  /** Takes the session's claim for `holder` unless a live claim exists; true when taken. */
  acquire(sessionId: string, holder: string, leaseMs: number): Promise<boolean>;
  /** Extends the lease; false when the claim is no longer `holder`'s (it lapsed and was taken over). */
  renew(sessionId: string, holder: string, leaseMs: number): Promise<boolean>;
  release(sessionId: string, holder: string): Promise<void>;
  /** The holder of a live claim, if any. */
  holder(sessionId: string): Promise<string | undefined>;
}

export function createTurnClaimsRepo(db: Db): TurnClaimsRepo {
  // One process writes a SQLite file, so its clock is the only clock. Every reply takes, renews and
  // releases a claim: prepared once, these skip drizzle's per-call SQL building.
  const client = db.$client;
  const acquire = client.prepare<[string, string, number, number], { holder: string }>(
    `insert into turn_claims (session_id, holder, expires_at) values (?, ?, ?)
     on conflict (session_id) do update set holder = excluded.holder, expires_at = excluded.expires_at
     where turn_claims.expires_at <= ? returning holder`,
  );
  const renew = client.prepare<[number, string, string]>('update turn_claims set expires_at = ? where session_id = ? and holder = ?');
  const release = client.prepare<[string, string]>('delete from turn_claims where session_id = ? and holder = ?');
  const holder = client.prepare<[string, number], { holder: string }>('select holder from turn_claims where session_id = ? and expires_at > ?');
  return {
    async acquire(sessionId, holderId, leaseMs) {
      const now = Date.now();
      return acquire.get(sessionId, holderId, now + leaseMs, now)?.holder === holderId;
    },
    renew: async (sessionId, holderId, leaseMs) => renew.run(Date.now() + leaseMs, sessionId, holderId).changes === 1,
    async release(sessionId, holderId) {
      release.run(sessionId, holderId);
    },
    holder: async (sessionId) => holder.get(sessionId, Date.now())?.holder,
  };
}
