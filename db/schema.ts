import { sql, type InferSelectModel } from 'drizzle-orm';
import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

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
    /** Practice scenario id; '' for an imported conversation that never had one. */
    scenarioId: text('scenario_id').notNull(),
    /** `practice`: played against a persona; `imported`: a real conversation (or an Askwell file) scored after the fact. */
    kind: text('kind', { enum: ['practice', 'imported'] }).notNull().default('practice'),
    /** Imported sessions: what the user called it (the file name by default). */
    title: text('title'),
    /** Imported sessions: the leader's name in the transcript. */
    leaderName: text('leader_name'),
    /** Imported sessions: `{fileName, format}` of the file it came from. */
    source: text('source', { mode: 'json' }),
    status: text('status', { enum: ['open', 'ended'] }).notNull().default('open'),
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
    speaker: text('speaker', { enum: ['leader', 'persona'] }).notNull(),
    /** Imported turns: the participant's name as the transcript gave it. */
    speakerName: text('speaker_name'),
    /** Imported turns: seconds from the start of the recording. */
    startS: real('start_s'),
    endS: real('end_s'),
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
