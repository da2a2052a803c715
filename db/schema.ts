import { sql, type InferSelectModel } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';

const createdAt = () =>
  text('created_at')
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`);

export const users = sqliteTable('users', {
  id: text('id').primaryKey(),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  role: text('role', { enum: ['leader', 'coach'] }).notNull(),
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
    status: text('status', { enum: ['open', 'ended'] }).notNull().default('open'),
    feedbackEnabled: integer('feedback_enabled', { mode: 'boolean' }).notNull().default(true),
    /** Scorecard JSON (core/rubric/types.ts), written when the session ends. */
    scorecard: text('scorecard', { mode: 'json' }),
    debrief: text('debrief'),
    createdAt: createdAt(),
    endedAt: text('ended_at'),
    /** A branch: the session it was forked from (kept when the parent is deleted, as a plain session). */
    parentId: text('parent_id').references((): AnySQLiteColumn => practiceSessions.id, { onDelete: 'set null' }),
    /** A branch: the parent's leader turn it was forked at, by its index (the API's) and its id (stable). */
    forkTurnIndex: integer('fork_turn_index'),
    forkTurnId: integer('fork_turn_id'),
  },
  (table) => [
    index('practice_sessions_user_idx').on(table.userId, table.createdAt),
    index('practice_sessions_parent_idx').on(table.parentId),
  ],
);

export const turns = sqliteTable(
  'turns',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sessionId: text('session_id')
      .notNull()
      .references(() => practiceSessions.id, { onDelete: 'cascade' }),
    index: integer('idx').notNull(),
    speaker: text('speaker', { enum: ['leader', 'persona'] }).notNull(),
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
    /** Persona turns the leader stopped on purpose (also `interrupted`); never regenerated on their own. */
    stopped: integer('stopped', { mode: 'boolean' }).notNull().default(false),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex('turns_session_idx').on(table.sessionId, table.index)],
);

/** Turns an edit-and-resend or a regenerate replaced: kept as history, never deleted. */
export const replacedTurns = sqliteTable(
  'replaced_turns',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sessionId: text('session_id')
      .notNull()
      .references(() => practiceSessions.id, { onDelete: 'cascade' }),
    index: integer('idx').notNull(),
    speaker: text('speaker', { enum: ['leader', 'persona'] }).notNull(),
    text: text('text').notNull(),
    score: text('score', { mode: 'json' }),
    feedback: text('feedback'),
    interrupted: integer('interrupted', { mode: 'boolean' }).notNull().default(false),
    stopped: integer('stopped', { mode: 'boolean' }).notNull().default(false),
    reason: text('reason', { enum: ['edited', 'regenerated'] }).notNull(),
    /** When the replaced turn was first written. */
    createdAt: text('created_at').notNull(),
    replacedAt: text('replaced_at')
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
  },
  (table) => [index('replaced_turns_session_idx').on(table.sessionId, table.index)],
);

export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

export type UserRow = InferSelectModel<typeof users>;
export type PracticeSessionRow = InferSelectModel<typeof practiceSessions>;
export type TurnRow = InferSelectModel<typeof turns>;
export type ReplacedTurnRow = InferSelectModel<typeof replacedTurns>;
