import { Type, type Static } from 'typebox';
import { SCORECARD_KEYS, type ReplyScore, type Scorecard, type ScorecardFigure } from '../rubric/types';
import { ScenarioBriefSchema } from '../scenario/schema';
import {
  MAX_EMAIL_CHARS,
  MAX_ID_CHARS,
  MAX_NAME_CHARS,
  MAX_PASSWORD_CHARS,
  ROLES,
  SESSION_KINDS,
  SESSION_STATUSES,
  SPEAKERS,
} from './limits';
import { TRANSCRIPT_FORMATS } from './import-types';
import { nullable, oneOf, passThrough } from './schema-helpers';

// The HTTP and WebSocket contract of docs/api.md, each shape defined once: routes validate and
// serialise with these schemas, the socket validates client frames with them, and the web app uses
// their Static types (the limits and names are in ./limits.ts). Rubric payloads (scores, scorecards)
// are typed in core/rubric/types.ts and passed through as-is, so their schemas are open: a closed
// one would silently drop fields the rubric adds.

export const RoleSchema = oneOf(ROLES);
export type Role = Static<typeof RoleSchema>;
export const SpeakerSchema = oneOf(SPEAKERS);
export type Speaker = Static<typeof SpeakerSchema>;
export const SessionStatusSchema = oneOf(SESSION_STATUSES);
export type SessionStatus = Static<typeof SessionStatusSchema>;

export const ErrorBodySchema = Type.Object({ error: Type.String(), message: Type.String() });
export type ErrorBody = Static<typeof ErrorBodySchema>;

export const IdParamsSchema = Type.Object({ id: Type.String({ minLength: 1, maxLength: MAX_ID_CHARS }) });

// --- accounts

export const UserSchema = Type.Object({
  id: Type.String(),
  email: Type.String(),
  name: Type.String(),
  role: RoleSchema,
});
export type User = Static<typeof UserSchema>;

export const UserResponseSchema = Type.Object({ user: UserSchema });

export const CredentialsSchema = Type.Object({
  email: Type.String({ maxLength: MAX_EMAIL_CHARS }),
  password: Type.String({ maxLength: MAX_PASSWORD_CHARS }),
});
export type Credentials = Static<typeof CredentialsSchema>;

export const SignupBodySchema = Type.Object({
  ...CredentialsSchema.properties,
  name: Type.String({ maxLength: MAX_NAME_CHARS }),
  role: RoleSchema,
});
export type SignupBody = Static<typeof SignupBodySchema>;

// --- practice sessions

/** A label the LLM judge changed, with the exact words of the reply that justify it. */
export const JudgeChangeSchema = Type.Object({
  moveIndex: Type.Integer(),
  from: Type.String(),
  to: Type.String(),
  quote: Type.String(),
  reason: Type.String(),
});
export type JudgeChange = Static<typeof JudgeChangeSchema>;

/** A stored turn as the API returns it; persona state stays on the server. */
export const TurnSchema = Type.Object({
  index: Type.Integer(),
  speaker: SpeakerSchema,
  text: Type.String(),
  createdAt: Type.String(),
  /** Imported turns: the participant's name as the transcript gave it. */
  speakerName: Type.Optional(Type.String()),
  /** Imported turns: seconds from the start of the recording, when the file had times. */
  start: Type.Optional(Type.Number()),
  end: Type.Optional(Type.Number()),
  score: Type.Optional(passThrough<ReplyScore>()),
  judgeChanges: Type.Optional(Type.Array(JudgeChangeSchema)),
  feedback: Type.Optional(Type.String()),
  interrupted: Type.Optional(Type.Boolean()),
  /** A persona turn the leader stopped mid-stream (it is also `interrupted`). */
  stopped: Type.Optional(Type.Boolean()),
});
export type Turn = Static<typeof TurnSchema>;

/** A turn an edit-and-resend or a regenerate replaced, kept as history. */
export const ReplacedTurnSchema = Type.Object({
  index: Type.Integer(),
  speaker: SpeakerSchema,
  text: Type.String(),
  createdAt: Type.String(),
  replacedAt: Type.String(),
  reason: oneOf(['edited', 'regenerated']),
  score: Type.Optional(passThrough<ReplyScore>()),
  interrupted: Type.Optional(Type.Boolean()),
  stopped: Type.Optional(Type.Boolean()),
});
export type ReplacedTurn = Static<typeof ReplacedTurnSchema>;

/** A branch of a session, as its parent lists it. */
export const BranchSummarySchema = Type.Object({
  id: Type.String(),
  forkTurnIndex: Type.Integer(),
  status: SessionStatusSchema,
  createdAt: Type.String(),
  overall: nullable(Type.Number()),
});
export type BranchSummary = Static<typeof BranchSummarySchema>;

/** A figure as the sessions list and the progress page show it. */
export const FigureSummarySchema = Type.Object({
  key: oneOf(SCORECARD_KEYS),
  label: Type.String(),
  value: passThrough<ScorecardFigure['value']>(),
  display: Type.String(),
});
export type FigureSummary = Static<typeof FigureSummarySchema>;

export const SessionKindSchema = oneOf(SESSION_KINDS);
export type SessionKind = Static<typeof SessionKindSchema>;

/** Where an imported session came from. */
export const SessionSourceSchema = Type.Object({ fileName: nullable(Type.String()), format: oneOf(TRANSCRIPT_FORMATS) });
export type SessionSource = Static<typeof SessionSourceSchema>;

export const SessionSchema = Type.Object({
  id: Type.String(),
  kind: SessionKindSchema,
  /** The scenario's title for practice; the name given to an imported conversation. */
  title: Type.String(),
  /** Practice sessions (and re-imported Askwell files of them); null for a real conversation. */
  scenarioId: nullable(Type.String()),
  scenario: nullable(ScenarioBriefSchema),
  /** Imported sessions: the leader's name in the transcript. */
  leaderName: nullable(Type.String()),
  source: nullable(SessionSourceSchema),
  status: SessionStatusSchema,
  feedbackEnabled: Type.Boolean(),
  createdAt: Type.String(),
  endedAt: nullable(Type.String()),
  turns: Type.Array(TurnSchema),
  scorecard: nullable(passThrough<Scorecard>()),
  debrief: nullable(Type.String()),
  /** A branch: the session it was forked from, and the index of the leader turn it was forked at. */
  parentId: nullable(Type.String()),
  forkTurnIndex: nullable(Type.Integer()),
  branches: Type.Array(BranchSummarySchema),
  /** Turns replaced by edit-and-resend or regenerate, oldest first. */
  history: Type.Array(ReplacedTurnSchema),
});
export type Session = Static<typeof SessionSchema>;

export const SessionSummarySchema = Type.Object({
  id: Type.String(),
  kind: SessionKindSchema,
  scenarioId: nullable(Type.String()),
  /** The scenario's title, or an imported conversation's name. */
  scenarioTitle: Type.String(),
  status: SessionStatusSchema,
  createdAt: Type.String(),
  endedAt: nullable(Type.String()),
  leaderTurns: Type.Integer(),
  /** Coach comments, overrides and reviews the leader has not opened yet. */
  unread: Type.Integer(),
  learningFocus: Type.String(),
  parentId: nullable(Type.String()),
  forkTurnIndex: nullable(Type.Integer()),
  /** Ended sessions: the overall score (null: not enough to score) and each figure; null and [] while open. */
  overall: nullable(Type.Number()),
  figures: Type.Array(FigureSummarySchema),
});
export type SessionSummary = Static<typeof SessionSummarySchema>;

export const CreateSessionBodySchema = Type.Object({
  scenarioId: Type.String({ minLength: 1, maxLength: MAX_ID_CHARS }),
  feedbackEnabled: Type.Optional(Type.Boolean()),
  /** Homework: start this session as an attempt at the assignment (docs/api.md "Homework"). */
  assignmentId: Type.Optional(Type.String({ minLength: 1, maxLength: MAX_ID_CHARS })),
});
export type CreateSessionBody = Static<typeof CreateSessionBodySchema>;

export const UpdateSessionBodySchema = Type.Object({ feedbackEnabled: Type.Boolean() });
export type UpdateSessionBody = Static<typeof UpdateSessionBodySchema>;

export const CreateBranchBodySchema = Type.Object({ fromTurnIndex: Type.Integer({ minimum: 0, maximum: 100_000 }) });
export type CreateBranchBody = Static<typeof CreateBranchBodySchema>;

export const HealthSchema = Type.Object({
  /** `draining` (with HTTP 503) while the node shuts down, so a load balancer moves traffic away. */
  status: oneOf(['ok', 'draining']),
  mode: oneOf(['offline', 'llm']),
  model: Type.Optional(Type.String()),
  engine: oneOf(['sqlite', 'postgres']),
});
export type Health = Static<typeof HealthSchema>;

// --- the practice stream (/api/sessions/:id/stream)

/** A reply's text is checked (trimmed, non-empty, at most MAX_REPLY_CHARS) after the shape. */
export const ClientMessageSchema = Type.Union([
  Type.Object({ type: Type.Literal('reply'), text: Type.String() }),
  Type.Object({ type: Type.Literal('retry') }),
  /** Replace the latest leader turn (and the answer to it) with `text`; the old ones stay in history. */
  Type.Object({ type: Type.Literal('edit'), text: Type.String() }),
  /** A new answer to the latest leader turn; the old one stays in history. */
  Type.Object({ type: Type.Literal('regenerate') }),
  /** Stop the persona's reply while it streams; what was said is kept, marked stopped. */
  Type.Object({ type: Type.Literal('stop') }),
]);
export type ClientMessage = Static<typeof ClientMessageSchema>;

export const StreamErrorCodeSchema = oneOf([
  'invalid_message',
  'busy',
  'session_ended',
  'nothing_to_retry',
  'nothing_to_edit',
  'nothing_to_regenerate',
  'nothing_to_stop',
  /** A reply arrived while the last leader turn has no answer yet: retry that one first. */
  'unanswered',
  /** The auth session behind the socket has ended (log-out or expiry); the socket closes. */
  'unauthorized',
  'llm_error',
  'internal',
  /** The node is shutting down; reconnect (the load balancer sends the socket to another node). */
  'draining',
]);
export type StreamErrorCode = Static<typeof StreamErrorCodeSchema>;

export const EngineErrorKindSchema = oneOf(['rate_limited', 'timeout', 'unavailable', 'bad_response', 'auth', 'aborted']);
export type EngineErrorKind = Static<typeof EngineErrorKindSchema>;

export const ServerMessageSchema = Type.Union([
  Type.Object({ type: Type.Literal('turn.saved'), turn: TurnSchema }),
  /** Turns from `fromIndex` on were replaced (edit-and-resend, regenerate, retry): drop them before what follows. */
  Type.Object({ type: Type.Literal('turns.removed'), fromIndex: Type.Integer() }),
  /** Sent once with the rubric's reading, and again when the LLM judge refines it. */
  Type.Object({
    type: Type.Literal('score'),
    turnIndex: Type.Integer(),
    score: passThrough<ReplyScore>(),
    judgeChanges: Type.Optional(Type.Array(JudgeChangeSchema)),
  }),
  Type.Object({ type: Type.Literal('persona.delta'), text: Type.String() }),
  Type.Object({ type: Type.Literal('persona.done'), turn: TurnSchema }),
  Type.Object({ type: Type.Literal('feedback.delta'), text: Type.String() }),
  Type.Object({ type: Type.Literal('feedback.done'), turnIndex: Type.Integer(), text: Type.String() }),
  /** The leader stopped the persona's reply; the turn is over (a partial reply came as `persona.done`, marked stopped). */
  Type.Object({ type: Type.Literal('stopped') }),
  Type.Object({
    type: Type.Literal('error'),
    code: StreamErrorCodeSchema,
    message: Type.String(),
    kind: Type.Optional(EngineErrorKindSchema),
    retryAfterMs: Type.Optional(Type.Number()),
  }),
]);
export type ServerMessage = Static<typeof ServerMessageSchema>;
