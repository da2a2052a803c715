import { defineConfig } from 'drizzle-kit';

// PostgreSQL migrations (DATABASE_URL=postgres://…); drizzle.config.ts generates SQLite's.
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema.pg.ts',
  out: './db/migrations-pg',
});
