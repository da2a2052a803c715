import type { FastifyBaseLogger } from 'fastify';
import { turnClaims } from '@db/schema';
import { LocalSessionBus, type SessionBus } from '../practice/session-bus';
import { openDatabase, type Synchronous } from './open-database';
import { openPg } from './pg/open-pg';
import { PgSessionBus } from './pg/pg-session-bus';
import { createPgRepos, createSqliteRepos, type Repos } from './repos';

export type Engine = 'sqlite' | 'postgres';

export interface StorageOptions {
  /** postgres://… selects PostgreSQL; otherwise SQLite at `databasePath`. */
  databaseUrl?: string;
  databasePath: string;
  synchronous?: Synchronous;
  poolMax?: number;
  /** Names this process on the bus and in turn claims. */
  nodeId: string;
  log: FastifyBaseLogger;
}

/** The storage engine with everything that must be shared by the nodes on it. */
export interface Storage {
  engine: Engine;
  repos: Repos;
  bus: SessionBus;
  close(): Promise<void>;
}

export const isPostgresUrl = (url: string | undefined): url is string => Boolean(url && /^postgres(ql)?:\/\//.test(url));

/** Opens and migrates the engine the configuration names. */
export async function openStorage(options: StorageOptions): Promise<Storage> {
  if (isPostgresUrl(options.databaseUrl)) {
    const db = await openPg(options.databaseUrl, options.poolMax ?? 10);
    const bus = await PgSessionBus.start(options.databaseUrl, options.nodeId, options.log).catch(async (err: unknown) => {
      await db.$client.end();
      throw err;
    });
    return {
      engine: 'postgres',
      repos: createPgRepos(db),
      bus,
      close: async () => {
        await bus.close();
        await db.$client.end();
      },
    };
  }
  const db = openDatabase(options.databasePath, options.synchronous);
  // One process owns a SQLite file, so any claim in it was left by a previous run of this process.
  db.delete(turnClaims).run();
  const bus = new LocalSessionBus();
  return {
    engine: 'sqlite',
    repos: createSqliteRepos(db),
    bus,
    close: async () => {
      await bus.close();
      db.$client.close();
    },
  };
}
