import { sql } from 'drizzle-orm';
import { bigint, boolean, index, integer, jsonb, pgTable, serial, text, uniqueIndex } from 'drizzle-orm/pg-core';

// The PostgreSQL twin of db/schema.ts: same tables, columns and domain types (timestamps stay ISO
// strings, so rows read the same on both engines). A change to one schema is made to the other,
// then `npm run db:generate` writes both migrations.

const createdAt = () =>
  text('created_at')
    .notNull()
    .default(sql`to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);

const epochMs = (name: string) => bigint(name, { mode: 'number' });

export const users = pgTable('users', {
  id: text('id').primaryKey(),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  role: text('role', { enum: ['leader', 'coach'] }).notNull(),
  passwordHash: text('password_hash').notNull(),
  createdAt: createdAt(),
});

export const authSessions = pgTable(
  'auth_sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: text('expires_at').notNull(),
    createdAt: createdAt(),
  },
  (table) => [index('auth_sessions_user_idx').on(table.userId)],
);

export const practiceSessions = pgTable(
  'practice_sessions',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    scenarioId: text('scenario_id').notNull(),
    status: text('status', { enum: ['open', 'ended'] }).notNull().default('open'),
    feedbackEnabled: boolean('feedback_enabled').notNull().default(true),
    scorecard: jsonb('scorecard'),
    debrief: text('debrief'),
    createdAt: createdAt(),
    endedAt: text('ended_at'),
  },
  (table) => [index('practice_sessions_user_idx').on(table.userId, table.createdAt)],
);

export const turns = pgTable(
  'turns',
  {
    id: serial('id').primaryKey(),
    sessionId: text('session_id')
      .notNull()
      .references(() => practiceSessions.id, { onDelete: 'cascade' }),
    index: integer('idx').notNull(),
    speaker: text('speaker', { enum: ['leader', 'persona'] }).notNull(),
    text: text('text').notNull(),
    score: jsonb('score'),
    judgeChanges: jsonb('judge_changes'),
    feedback: text('feedback'),
    state: jsonb('state'),
    interrupted: boolean('interrupted').notNull().default(false),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex('turns_session_idx').on(table.sessionId, table.index)],
);

export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

export const turnClaims = pgTable('turn_claims', {
  sessionId: text('session_id').primaryKey(),
  holder: text('holder').notNull(),
  expiresAt: epochMs('expires_at').notNull(),
});

export const rateLimits = pgTable('rate_limits', {
  key: text('key').primaryKey(),
  count: integer('count').notNull(),
  resetAt: epochMs('reset_at').notNull(),
});

/** Session events too large for a NOTIFY payload (8,000 bytes): the notification carries the id. */
export const sessionEvents = pgTable('session_events', {
  id: serial('id').primaryKey(),
  payload: text('payload').notNull(),
  createdAtMs: epochMs('created_at_ms').notNull(),
});
