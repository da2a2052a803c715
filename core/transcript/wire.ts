import { Type, type Static, type TLiteral, type TSchema, type TUnion } from 'typebox';
import type { ReplyScore, Scorecard } from '../rubric/types';
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

// The HTTP and WebSocket contract of docs/api.md, each shape defined once: routes validate and
// serialise with these schemas, the socket validates client frames with them, and the web app uses
// their Static types (the limits and names are in ./limits.ts). Rubric payloads (scores, scorecards)
// are typed in core/rubric/types.ts and passed through as-is, so their schemas are open: a closed
// one would silently drop fields the rubric adds.

/** The same `anyOf` of constants as spelling out `Type.Literal`s, typed as the union of the values. */
const oneOf = <const T extends readonly string[]>(values: T) =>
  Type.Union(values.map((value) => Type.Literal(value))) as unknown as TUnion<{ -readonly [K in keyof T]: TLiteral<T[K]> }>;
const passThrough = <T>() => Type.Unsafe<T>(Type.Unknown());
const nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

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
});
export type Turn = Static<typeof TurnSchema>;

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

export const HealthSchema = Type.Object({
  status: Type.Literal('ok'),
  mode: oneOf(['offline', 'llm']),
  model: Type.Optional(Type.String()),
});
export type Health = Static<typeof HealthSchema>;

// --- the practice stream (/api/sessions/:id/stream)

/** A reply's text is checked (trimmed, non-empty, at most MAX_REPLY_CHARS) after the shape. */
export const ClientMessageSchema = Type.Union([
  Type.Object({ type: Type.Literal('reply'), text: Type.String() }),
  Type.Object({ type: Type.Literal('retry') }),
]);
export type ClientMessage = Static<typeof ClientMessageSchema>;

export const StreamErrorCodeSchema = oneOf([
  'invalid_message',
  'busy',
  'session_ended',
  'nothing_to_retry',
  /** A reply arrived while the last leader turn has no answer yet: retry that one first. */
  'unanswered',
  /** The auth session behind the socket has ended (log-out or expiry); the socket closes. */
  'unauthorized',
  'llm_error',
  'internal',
]);
export type StreamErrorCode = Static<typeof StreamErrorCodeSchema>;

export const EngineErrorKindSchema = oneOf(['rate_limited', 'timeout', 'unavailable', 'bad_response', 'auth', 'aborted']);
export type EngineErrorKind = Static<typeof EngineErrorKindSchema>;

export const ServerMessageSchema = Type.Union([
  Type.Object({ type: Type.Literal('turn.saved'), turn: TurnSchema }),
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
  Type.Object({
    type: Type.Literal('error'),
    code: StreamErrorCodeSchema,
    message: Type.String(),
    kind: Type.Optional(EngineErrorKindSchema),
    retryAfterMs: Type.Optional(Type.Number()),
  }),
]);
export type ServerMessage = Static<typeof ServerMessageSchema>;
