import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from '@db/schema.pg';

export type PgDb = NodePgDatabase<typeof schema> & { $client: pg.Pool };

const MIGRATIONS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../db/migrations-pg');
/** Any constant shared by every node: nodes booting together migrate one at a time. */
const MIGRATION_LOCK = 8_020_008;

/** A pool on DATABASE_URL with committed migrations applied (under an advisory lock, since several nodes boot at once). */
export async function openPg(url: string, poolMax: number): Promise<PgDb> {
  const pool = new pg.Pool({ connectionString: url, max: poolMax, application_name: 'askwell' });
  // An idle client that loses its connection (database restart) must not crash the process.
  pool.on('error', () => {});
  const db = drizzle(pool, { schema }) as PgDb;
  const lock = await pool.connect();
  try {
    await lock.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migrate(db, { migrationsFolder: MIGRATIONS_DIR });
  } catch (err) {
    await pool.end().catch(() => {});
    throw err;
  } finally {
    await lock.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    lock.release();
  }
  return db;
}
