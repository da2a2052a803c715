import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';

// The engine the DB-backed tests run on: SQLite in a temp dir by default; with
// TEST_DATABASE_URL=postgres://… (an admin connection to a throwaway cluster, see
// scripts/with-postgres.sh) a fresh PostgreSQL database per call, dropped afterwards.

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL;
export const testEngine: 'sqlite' | 'postgres' = TEST_DATABASE_URL ? 'postgres' : 'sqlite';

export interface TestDatabase {
  /** DATABASE_PATH or DATABASE_URL, as the app reads it. */
  env: Record<string, string>;
  /** Reads rows straight from the database (placeholders `$1`, `$2`, … on both engines). */
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  remove(): Promise<void>;
}

const withDatabase = (url: string, database: string) => {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
};

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(): Promise<TestDatabase> {
  if (TEST_DATABASE_URL) {
    const name = `askwell_test_${randomBytes(6).toString('hex')}`;
    await adminQuery(`create database ${name}`);
    const url = withDatabase(TEST_DATABASE_URL, name);
    return {
      env: { DATABASE_URL: url },
      async query(text, params = []) {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        try {
          return (await client.query(text, params)).rows;
        } finally {
          await client.end();
        }
      },
      remove: () => adminQuery(`drop database if exists ${name} with (force)`),
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'askwell-test-'));
  const path = join(dir, 'askwell.db');
  return {
    env: { DATABASE_PATH: path },
    async query(text, params = []) {
      const db = new Database(path);
      db.pragma('busy_timeout = 5000');
      try {
        const statement = db.prepare(text.replace(/\$\d+/g, '?'));
        return (statement.reader ? statement.all(...params) : (statement.run(...params), [])) as never[];
      } finally {
        db.close();
      }
    },
    remove: async () => rmSync(dir, { recursive: true, force: true }),
  };
}
