import { sql } from 'drizzle-orm';
import type { TurnClaimsRepo } from '../turn-claims-repo';
import type { PgDb } from './open-pg';

/** The database's clock in epoch milliseconds: nodes' clocks may disagree, the server's is one. */
export const dbNowMs = sql<number>`(extract(epoch from clock_timestamp()) * 1000)::bigint`;

const NOW_MS = '(extract(epoch from clock_timestamp()) * 1000)::bigint';

// Every reply takes, renews and releases a claim: named statements, parsed once per connection, on
// the database's clock.
const ACQUIRE = {
  name: 'claim_acquire',
  text: `insert into turn_claims (session_id, holder, expires_at) values ($1, $2, ${NOW_MS} + $3)
         on conflict (session_id) do update set holder = excluded.holder, expires_at = excluded.expires_at
         where turn_claims.expires_at <= ${NOW_MS} returning holder`,
};
const RENEW = { name: 'claim_renew', text: `update turn_claims set expires_at = ${NOW_MS} + $3 where session_id = $1 and holder = $2` };
const RELEASE = { name: 'claim_release', text: 'delete from turn_claims where session_id = $1 and holder = $2' };
const HOLDER = { name: 'claim_holder', text: `select holder from turn_claims where session_id = $1 and expires_at > ${NOW_MS}` };

export function createPgTurnClaimsRepo(db: PgDb): TurnClaimsRepo {
  const pool = db.$client;
  return {
    async acquire(sessionId, holder, leaseMs) {
      const result = await pool.query<{ holder: string }>({ ...ACQUIRE, values: [sessionId, holder, leaseMs] });
      return result.rows[0]?.holder === holder;
    },
    renew: async (sessionId, holder, leaseMs) => (await pool.query({ ...RENEW, values: [sessionId, holder, leaseMs] })).rowCount === 1,
    async release(sessionId, holder) {
      await pool.query({ ...RELEASE, values: [sessionId, holder] });
    },
    holder: async (sessionId) => (await pool.query<{ holder: string }>({ ...HOLDER, values: [sessionId] })).rows[0]?.holder,
  };
}
