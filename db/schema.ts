import { sql, type InferSelectModel } from 'drizzle-orm';
import { check, index, integer, real, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { ROLES, SESSION_KINDS, SESSION_STATUSES, SPEAKERS } from '@core/transcript/limits';

const createdAt = () =>
  text('created_at')
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`);

/** The session a row belongs to; it goes with the session. */
const sessionRef = () =>
  text('session_id')
    .notNull()
    .references((): AnySQLiteColumn => practiceSessions.id, { onDelete: 'cascade' });

/**
 * What a coach's comment or override is about: a current turn (by id: indexes move when turns are
 * replaced), or, once an edit-and-resend replaced that turn, its version kept in history. Exactly one
 * is set: the edit moves the row from the first to the second in its transaction, so a coach's words
 * never go with the turn.
 */
const annotatedTurnColumns = () => ({
  turnId: integer('turn_id').references((): AnySQLiteColumn => turns.id, { onDelete: 'cascade' }),
  replacedTurnId: integer('replaced_turn_id').references((): AnySQLiteColumn => replacedTurns.id, { onDelete: 'cascade' }),
});
// Plain column names: SQLite keeps a CHECK's text, and a table-qualified one would name the
// temporary table a drizzle-kit rebuild creates.
const onOneTurn = (table: string) => check(`${table}_one_turn`, sql`(turn_id is null) <> (replaced_turn_id is null)`);

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
    /** Practice scenario id; '' for an imported conversation that never had one. */
    scenarioId: text('scenario_id').notNull(),
    /** `practice`: played against a persona; `imported`: a real conversation (or an Askwell file) scored after the fact. */
    kind: text('kind', { enum: SESSION_KINDS }).notNull().default('practice'),
    /** Imported sessions: what the user called it (the file name by default). */
    title: text('title'),
    /** Imported sessions: the leader's name in the transcript. */
    leaderName: text('leader_name'),
    /** Imported sessions: `{fileName, format}` of the file it came from. */
    source: text('source', { mode: 'json' }),
    status: text('status', { enum: SESSION_STATUSES }).notNull().default('open'),
    feedbackEnabled: integer('feedback_enabled', { mode: 'boolean' }).notNull().default(true),
    /** Scorecard JSON (core/rubric/types.ts), written when the session ends. */
    scorecard: text('scorecard', { mode: 'json' }),
    debrief: text('debrief'),
    /** Which version of the scenario was played: built-ins are version 1, coach-written ones count up on each published edit. */
    scenarioVersion: integer('scenario_version').notNull().default(1),
    /** Homework: the assignment this session is an attempt at. */
    assignmentId: text('assignment_id'),
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
    index('practice_sessions_assignment_idx').on(table.assignmentId, table.userId),
  ],
);

export const turns = sqliteTable(
  'turns',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sessionId: sessionRef(),
    index: integer('idx').notNull(),
    speaker: text('speaker', { enum: SPEAKERS }).notNull(),
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
    sessionId: sessionRef(),
    index: integer('idx').notNull(),
    speaker: text('speaker', { enum: SPEAKERS }).notNull(),
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

/**
 * The one-reply-at-a-time rule per practice session, shared by every node: a node answering a
 * session holds its row and renews the lease while the turn runs; a row whose lease has lapsed
 * (its node crashed) may be taken over.
 */
export const turnClaims = sqliteTable('turn_claims', {
  sessionId: text('session_id').primaryKey(),
  holder: text('holder').notNull(),
  /** Milliseconds since the epoch. */
  expiresAt: integer('expires_at').notNull(),
});

/** Fixed-window counters (log-in throttling) that every node shares. */
export const rateLimits = sqliteTable('rate_limits', {
  key: text('key').primaryKey(),
  count: integer('count').notNull(),
  /** Milliseconds since the epoch when the window closes. */
  resetAt: integer('reset_at').notNull(),
});

/** Per-account log-in throttle (server/auth/login-throttle.ts), shared by every node. */
export const loginThrottles = sqliteTable('login_throttles', {
  account: text('account').primaryKey(),
  failures: integer('failures').notNull(),
  /** Milliseconds since the epoch. */
  blockedUntil: integer('blocked_until').notNull(),
  lastAttempt: integer('last_attempt').notNull(),
});

export type UserRow = InferSelectModel<typeof users>;
export type PracticeSessionRow = InferSelectModel<typeof practiceSessions>;
export type TurnRow = InferSelectModel<typeof turns>;
export type ReplacedTurnRow = InferSelectModel<typeof replacedTurns>;

// Coaching (docs/api.md "Coaching"). Nothing here is ever deleted by a coach: links end, invites are
// revoked, overrides and comments are superseded by newer rows that point at what they replaced.

/** A coach's invitation; the code is the secret a leader needs to share their practice. */
export const coachInvites = sqliteTable(
  'coach_invites',
  {
    code: text('code').primaryKey(),
    coachId: text('coach_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: text('expires_at').notNull(),
    revokedAt: text('revoked_at'),
    acceptedBy: text('accepted_by').references(() => users.id, { onDelete: 'set null' }),
    acceptedAt: text('accepted_at'),
    createdAt: createdAt(),
  },
  (table) => [index('coach_invites_coach_idx').on(table.coachId, table.createdAt)],
);

/** A leader shares their practice with a coach; ending it keeps the row for the record. */
export const coachLinks = sqliteTable(
  'coach_links',
  {
    id: text('id').primaryKey(),
    coachId: text('coach_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    leaderId: text('leader_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    inviteCode: text('invite_code').references(() => coachInvites.code, { onDelete: 'set null' }),
    createdAt: createdAt(),
    endedAt: text('ended_at'),
  },
  (table) => [
    // At most one live link per pair; ended links stay as history.
    uniqueIndex('coach_links_live_idx').on(table.coachId, table.leaderId).where(sql`ended_at is null`),
    index('coach_links_leader_idx').on(table.leaderId),
  ],
);

/**
 * A comment on a leader reply, threaded by `parentId`. Points at the turn's id, not its index, since
 * retry deletes and re-creates turns; on the replaced version once the leader edits and resends the
 * reply (see annotatedTurnColumns). An edit of the comment writes a new row that `replaces` the old one, which
 * is kept with `supersededAt` set.
 */
export const turnComments = sqliteTable(
  'turn_comments',
  {
    id: text('id').primaryKey(),
    sessionId: sessionRef(),
    ...annotatedTurnColumns(),
    parentId: text('parent_id'),
    /** Null for a comment restored from an imported session file: a file never names a real user. */
    authorId: text('author_id').references(() => users.id, { onDelete: 'cascade' }),
    /** Imported comments: the author's name and role as the file recorded them. */
    recordedAuthorName: text('recorded_author_name'),
    recordedAuthorRole: text('recorded_author_role', { enum: ['leader', 'coach'] }),
    text: text('text').notNull(),
    replaces: text('replaces'),
    supersededAt: text('superseded_at'),
    createdAt: createdAt(),
  },
  (table) => [index('turn_comments_session_idx').on(table.sessionId, table.createdAt), onOneTurn('turn_comments')],
);

/**
 * A coach's correction of one automatic label on a leader reply: a move's kind (`moveIndex`) or the
 * reply's delegation level (`moveIndex` null). `fromValue` is what it replaced (the automatic label,
 * or the previous override's label, which `replaces` points at).
 */
export const labelOverrides = sqliteTable(
  'label_overrides',
  {
    id: text('id').primaryKey(),
    sessionId: sessionRef(),
    ...annotatedTurnColumns(),
    target: text('target', { enum: ['move', 'delegation'] }).notNull(),
    moveIndex: integer('move_index'),
    fromValue: text('from_value').notNull(),
    toValue: text('to_value').notNull(),
    reason: text('reason').notNull(),
    /** Null for an override restored from an imported session file (see turn_comments.author_id). */
    coachId: text('coach_id').references(() => users.id, { onDelete: 'cascade' }),
    /** Imported overrides: the coach's name as the file recorded it. */
    recordedCoachName: text('recorded_coach_name'),
    replaces: text('replaces'),
    supersededAt: text('superseded_at'),
    createdAt: createdAt(),
  },
  (table) => [index('label_overrides_session_idx').on(table.sessionId, table.createdAt), onOneTurn('label_overrides')],
);

/** A coach marked a session reviewed, with a summary; marking again adds a row (the latest counts). */
export const sessionReviews = sqliteTable(
  'session_reviews',
  {
    id: text('id').primaryKey(),
    sessionId: sessionRef(),
    /** Null for a review restored from an imported session file (see turn_comments.author_id). */
    coachId: text('coach_id').references(() => users.id, { onDelete: 'cascade' }),
    /** Imported reviews: the coach's name as the file recorded it. */
    recordedCoachName: text('recorded_coach_name'),
    summary: text('summary').notNull(),
    createdAt: createdAt(),
  },
  (table) => [index('session_reviews_session_idx').on(table.sessionId, table.coachId, table.createdAt)],
);

/** When a user last opened a session's coaching notes: drives the leader's unread marker. */
export const sessionReads = sqliteTable(
  'session_reads',
  {
    sessionId: sessionRef(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    seenAt: text('seen_at').notNull(),
  },
  (table) => [uniqueIndex('session_reads_idx').on(table.sessionId, table.userId)],
);

export type CoachInviteRow = InferSelectModel<typeof coachInvites>;
export type CoachLinkRow = InferSelectModel<typeof coachLinks>;
export type TurnCommentRow = InferSelectModel<typeof turnComments>;
export type LabelOverrideRow = InferSelectModel<typeof labelOverrides>;
export type SessionReviewRow = InferSelectModel<typeof sessionReviews>;

// Scenario authoring and homework (docs/api.md "Scenarios" and "Homework").

export const AUTHORED_SCENARIO_STATUSES = ['draft', 'published', 'archived'] as const;

/** A coach-written scenario; its content lives in `scenario_versions`, one row per version. */
export const authoredScenarios = sqliteTable(
  'authored_scenarios',
  {
    id: text('id').primaryKey(),
    coachId: text('coach_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    status: text('status', { enum: AUTHORED_SCENARIO_STATUSES }).notNull().default('draft'),
    /** The version new sessions play. */
    currentVersion: integer('current_version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [index('authored_scenarios_coach_idx').on(table.coachId)],
);

/** Every version a session may have been played on; never changed once a session used it. */
export const scenarioVersions = sqliteTable(
  'scenario_versions',
  {
    scenarioId: text('scenario_id')
      .notNull()
      .references(() => authoredScenarios.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    /** The Scenario (core/scenario/schema.ts) as validated. */
    body: text('body', { mode: 'json' }).notNull(),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex('scenario_versions_idx').on(table.scenarioId, table.version)],
);

/** Homework: a coach assigns a scenario to linked leaders with a due date and an optional target. */
export const assignments = sqliteTable(
  'assignments',
  {
    id: text('id').primaryKey(),
    coachId: text('coach_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    scenarioId: text('scenario_id').notNull(),
    /** UTC instant. */
    dueAt: text('due_at').notNull(),
    /** The IANA zone the coach set the due date in, for showing it back. */
    timeZone: text('time_zone'),
    targetFigure: text('target_figure'),
    targetMin: real('target_min'),
    maxAttempts: integer('max_attempts'),
    note: text('note'),
    createdAt: createdAt(),
  },
  (table) => [index('assignments_coach_idx').on(table.coachId, table.createdAt)],
);

export const assignmentLeaders = sqliteTable(
  'assignment_leaders',
  {
    assignmentId: text('assignment_id')
      .notNull()
      .references(() => assignments.id, { onDelete: 'cascade' }),
    leaderId: text('leader_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (table) => [uniqueIndex('assignment_leaders_idx').on(table.assignmentId, table.leaderId), index('assignment_leaders_leader_idx').on(table.leaderId)],
);

export type AuthoredScenarioRow = InferSelectModel<typeof authoredScenarios>;
export type AssignmentRow = InferSelectModel<typeof assignments>;
