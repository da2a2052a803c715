import { getTableConfig as pgTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { getTableConfig as sqliteTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import * as pgSchema from '@db/schema.pg';
import * as sqliteSchema from '@db/schema';

// db/schema.pg.ts is written by hand next to db/schema.ts: a column, index, foreign key or CHECK added
// to one and forgotten in the other would make a feature work on one engine only. Types differ on
// purpose (booleans, JSON, bigint counters); names, nullability, keys and checks must not.

interface Shape {
  columns: Record<string, { notNull: boolean; primary: boolean }>;
  indexes: string[];
  foreignKeys: string[];
  checks: string[];
}

/** Tables only PostgreSQL needs: the overflow of the LISTEN/NOTIFY session bus (SQLite mode fans out in process). */
const PG_ONLY = ['session_events'];

const sorted = (values: string[]) => [...values].sort();

/** What both dialects' table configs share, as far as this test reads them. */
interface TableConfig {
  name: string;
  columns: { name: string; notNull: boolean; primary: boolean }[];
  indexes: { config: { name?: string } }[];
  foreignKeys: { getName(): string }[];
  checks: { name: string }[];
}

function shapes(schema: Record<string, unknown>, configOf: (value: unknown) => TableConfig | undefined): Record<string, Shape> {
  return Object.fromEntries(
    Object.values(schema).flatMap((value) => {
      const c = configOf(value);
      if (!c) return [];
      const shape: Shape = {
        columns: Object.fromEntries(c.columns.map((col) => [col.name, { notNull: col.notNull, primary: col.primary }])),
        indexes: sorted(c.indexes.map((i) => i.config.name ?? '')),
        foreignKeys: sorted(c.foreignKeys.map((fk) => fk.getName())),
        checks: sorted(c.checks.map((k) => k.name)),
      };
      return [[c.name, shape]];
    }),
  );
}

const sqliteShapes = () => shapes(sqliteSchema, (v) => (v instanceof SQLiteTable ? sqliteTableConfig(v) : undefined));
const pgShapes = () => shapes(pgSchema, (v) => (v instanceof PgTable ? pgTableConfig(v) : undefined));

describe('the PostgreSQL schema is the SQLite schema’s twin', () => {
  it('has the same tables, columns, nullability, keys, indexes and checks', () => {
    const sqlite = sqliteShapes();
    const pg = pgShapes();
    expect(Object.keys(pg).filter((name) => !PG_ONLY.includes(name)).sort()).toEqual(Object.keys(sqlite).sort());
    for (const name of Object.keys(sqlite)) expect({ table: name, ...pg[name] }).toEqual({ table: name, ...sqlite[name] });
  });
});
