import { sql, type InferSelectModel } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { ROLES, SESSION_STATUSES, SPEAKERS } from '../core/transcript/limits';

const createdAt = () =>
  text('created_at')
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`);

export const users = sqliteTable('users', {
  id: text('id').primaryKey(),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  role: text('role', { enum: ROLES }).notNull(),
  passwordHash: text('password_hash').notNull(),
  createdAt: createdAt(),
});

/** Log-in sessions; the cookie carries a random token, only its SHA-256 is stored. */
export const authSessions = sqliteTable(
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

export const practiceSessions = sqliteTable(
  'practice_sessions',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    scenarioId: text('scenario_id').notNull(),
    status: text('status', { enum: SESSION_STATUSES }).notNull().default('open'),
    feedbackEnabled: integer('feedback_enabled', { mode: 'boolean' }).notNull().default(true),
    /** Scorecard JSON (core/rubric/types.ts), written when the session ends. */
    scorecard: text('scorecard', { mode: 'json' }),
    debrief: text('debrief'),
    createdAt: createdAt(),
    endedAt: text('ended_at'),
  },
  (table) => [index('practice_sessions_user_idx').on(table.userId, table.createdAt)],
);

export const turns = sqliteTable(
  'turns',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sessionId: text('session_id')
      .notNull()
      .references(() => practiceSessions.id, { onDelete: 'cascade' }),
    index: integer('idx').notNull(),
    speaker: text('speaker', { enum: SPEAKERS }).notNull(),
    text: text('text').notNull(),
    /** Leader turns: ReplyScore JSON. */
    score: text('score', { mode: 'json' }),
    /** Leader turns: labels the LLM judge changed, with their quotes. */
    judgeChanges: text('judge_changes', { mode: 'json' }),
    /** Leader turns: the coaching note. */
    feedback: text('feedback'),
    /** Persona turns: PersonaState JSON after this turn. */
    state: text('state', { mode: 'json' }),
    /** Persona turns cut off mid-stream are kept for the record, never shown as complete. */
    interrupted: integer('interrupted', { mode: 'boolean' }).notNull().default(false),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex('turns_session_idx').on(table.sessionId, table.index)],
);

export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

export type UserRow = InferSelectModel<typeof users>;
export type PracticeSessionRow = InferSelectModel<typeof practiceSessions>;
export type TurnRow = InferSelectModel<typeof turns>;
