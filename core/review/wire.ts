import { Type, type Static } from 'typebox';
import { MOVE_KINDS, type MoveKind, type Scorecard, type ScorecardKey } from '../rubric/types';
import { nullable, passThrough } from '../transcript/schema-helpers';
import { SessionSchema } from '../transcript/wire';

// The coaching API's shapes (docs/api.md "Coaching"): one TypeBox schema per shape, its type derived
// from it, used by the server's routes and read by the web app.

export const COMMENT_MAX_CHARS = 2000;
export const REASON_MAX_CHARS = 500;
export const SUMMARY_MAX_CHARS = 4000;
export const INVITE_DEFAULT_DAYS = 7;
export const INVITE_MAX_DAYS = 30;

const Text = (maxLength: number) => Type.String({ minLength: 1, maxLength });
const Id = Type.String({ minLength: 1, maxLength: 100 });

export const PersonRefSchema = Type.Object({ id: Type.String(), name: Type.String() });
export type PersonRef = Static<typeof PersonRefSchema>;

/**
 * Who wrote a comment, override or review. `id` is null when it was restored from an imported
 * session file: the name is the one the file recorded, and no user of this Askwell is behind it.
 */
export const AuthorRefSchema = Type.Object({ id: nullable(Type.String()), name: Type.String() });
export type AuthorRef = Static<typeof AuthorRefSchema>;

export const MoveKindSchema = Type.Unsafe<MoveKind>({ type: 'string', enum: [...MOVE_KINDS] });
export const DelegationValueSchema = Type.Union([Type.Integer({ minimum: 0, maximum: 7 }), Type.Literal('none')]);

// ---- invites and links ----

export const CreateInviteBodySchema = Type.Object(
  { expiresInDays: Type.Optional(Type.Integer({ minimum: 1, maximum: INVITE_MAX_DAYS })) },
  { additionalProperties: false },
);
export const InviteCreatedSchema = Type.Object({ code: Type.String(), url: Type.String(), expiresAt: Type.String() });
export type InviteCreated = Static<typeof InviteCreatedSchema>;

export const InviteStatusSchema = Type.Union([Type.Literal('pending'), Type.Literal('accepted'), Type.Literal('expired'), Type.Literal('revoked')]);
export const InviteSchema = Type.Object({
  ...InviteCreatedSchema.properties,
  status: InviteStatusSchema,
  createdAt: Type.String(),
  acceptedBy: nullable(PersonRefSchema),
});
export type Invite = Static<typeof InviteSchema>;

/** What a leader sees before accepting an invite. */
export const InvitePreviewSchema = Type.Object({ coach: PersonRefSchema, expiresAt: Type.String() });
export type InvitePreview = Static<typeof InvitePreviewSchema>;
export const InviteAcceptedSchema = Type.Object({ coach: PersonRefSchema });

/** A coach the leader shares their practice with. */
export const MyCoachSchema = Type.Object({ id: Type.String(), name: Type.String(), email: Type.String(), since: Type.String() });
export type MyCoach = Static<typeof MyCoachSchema>;

// ---- the coach's side ----

/** One ended session's headline figures, for trends. */
export const TrendPointSchema = Type.Object({
  sessionId: Type.String(),
  endedAt: Type.String(),
  /** Null: fewer than 2 replies, not enough to score. */
  overall: nullable(Type.Number()),
  askRatio: nullable(Type.Number()),
});
export type TrendPoint = Static<typeof TrendPointSchema>;

export const LinkedLeaderSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  email: Type.String(),
  linkedAt: Type.String(),
  sessions: Type.Integer(),
  toReview: Type.Integer(),
  lastPractisedAt: nullable(Type.String()),
  latest: nullable(TrendPointSchema),
  /** Ended sessions, oldest first (at most the last 20). */
  trend: Type.Array(TrendPointSchema),
});
export type LinkedLeader = Static<typeof LinkedLeaderSchema>;

export const CoachSessionSummarySchema = Type.Object({
  id: Type.String(),
  leader: PersonRefSchema,
  scenarioId: Type.String(),
  scenarioTitle: Type.String(),
  status: Type.Union([Type.Literal('open'), Type.Literal('ended')]),
  createdAt: Type.String(),
  endedAt: nullable(Type.String()),
  leaderTurns: Type.Integer(),
  overall: nullable(Type.Number()),
  askRatio: nullable(Type.Number()),
  comments: Type.Integer(),
  /** When this coach last marked it reviewed; null: still to review. */
  reviewedAt: nullable(Type.String()),
});
export type CoachSessionSummary = Static<typeof CoachSessionSummarySchema>;

// ---- annotations on a session ----

/**
 * The version of a reply a comment or override was written on, when the leader has since edited and
 * resent it: the words the coach was reading then. `turnIndex` stays the reply's index.
 */
export const EarlierVersionSchema = Type.Object({ text: Type.String(), createdAt: Type.String(), replacedAt: Type.String() });
export type EarlierVersion = Static<typeof EarlierVersionSchema>;

export const CommentBodySchema = Type.Object(
  { turnIndex: Type.Integer({ minimum: 0 }), text: Text(COMMENT_MAX_CHARS * 2), parentId: Type.Optional(Id) },
  { additionalProperties: false },
);
export const EditCommentBodySchema = Type.Object({ text: Text(COMMENT_MAX_CHARS * 2) }, { additionalProperties: false });

export const CommentSchema = Type.Object({
  id: Type.String(),
  turnIndex: Type.Integer(),
  parentId: nullable(Type.String()),
  /** Null for a comment restored from an imported file (see AuthorRefSchema). */
  authorId: nullable(Type.String()),
  author: AuthorRefSchema,
  /** Whether the author is the session's leader or one of their coaches. */
  authorRole: Type.Union([Type.Literal('leader'), Type.Literal('coach')]),
  text: Type.String(),
  createdAt: Type.String(),
  /** Earlier versions of an edited comment, oldest first (the audit trail). */
  previous: Type.Array(Type.Object({ id: Type.String(), text: Type.String(), createdAt: Type.String() })),
  /** Present when the comment is on an earlier version of the reply (the leader edited it since). */
  earlierVersion: Type.Optional(EarlierVersionSchema),
});
export type Comment = Static<typeof CommentSchema>;

export const OverrideBodySchema = Type.Union([
  Type.Object(
    {
      turnIndex: Type.Integer({ minimum: 0 }),
      target: Type.Literal('move'),
      moveIndex: Type.Integer({ minimum: 0 }),
      to: MoveKindSchema,
      reason: Text(REASON_MAX_CHARS * 2),
    },
    { additionalProperties: false },
  ),
  Type.Object(
    { turnIndex: Type.Integer({ minimum: 0 }), target: Type.Literal('delegation'), to: DelegationValueSchema, reason: Text(REASON_MAX_CHARS * 2) },
    { additionalProperties: false },
  ),
]);
export type OverrideBody = Static<typeof OverrideBodySchema>;

export const OverrideSchema = Type.Object({
  id: Type.String(),
  turnIndex: Type.Integer(),
  target: Type.Union([Type.Literal('move'), Type.Literal('delegation')]),
  moveIndex: nullable(Type.Integer()),
  /** The label it replaced: the automatic one, or the previous override's. */
  from: Type.String(),
  to: Type.String(),
  reason: Type.String(),
  coach: AuthorRefSchema,
  createdAt: Type.String(),
  /** The override this one replaced, if any. */
  replaces: nullable(Type.String()),
  /** False once a newer override on the same label replaced it. */
  active: Type.Boolean(),
  /** Present when the override is on an earlier version of the reply: it no longer corrects any scorecard. */
  earlierVersion: Type.Optional(EarlierVersionSchema),
});
export type Override = Static<typeof OverrideSchema>;

export const ReviewBodySchema = Type.Object({ summary: Text(SUMMARY_MAX_CHARS * 2) }, { additionalProperties: false });
export const ReviewSchema = Type.Object({ id: Type.String(), coach: AuthorRefSchema, summary: Type.String(), createdAt: Type.String() });
export type Review = Static<typeof ReviewSchema>;

/** A fact the persona revealed in a turn, shown inline in the review. */
export const RevealedFactSchema = Type.Object({ turnIndex: Type.Integer(), id: Type.String(), fact: Type.String() });
export type RevealedFact = Static<typeof RevealedFactSchema>;

// ---- calibration ----

export const AgreementSchema = Type.Object({
  label: Type.String(),
  /** Items the scorer gave this label / the coach gave it / both did. */
  scorer: Type.Integer(),
  coach: Type.Integer(),
  both: Type.Integer(),
  /** Share of the scorer's labels of this kind the coach kept; null when the scorer never used it. */
  agreementRate: nullable(Type.Number()),
  /** Cohen's kappa of this label against all others; null when undefined (one rater never varies). */
  kappa: nullable(Type.Number()),
});
export type Agreement = Static<typeof AgreementSchema>;

export const AgreementSetSchema = Type.Object({
  items: Type.Integer(),
  agreed: Type.Integer(),
  agreementRate: nullable(Type.Number()),
  kappa: nullable(Type.Number()),
  perLabel: Type.Array(AgreementSchema),
});
export type AgreementSet = Static<typeof AgreementSetSchema>;

export const CalibrationSchema = Type.Object({
  coach: PersonRefSchema,
  reviewedSessions: Type.Integer(),
  reviewedReplies: Type.Integer(),
  moves: AgreementSetSchema,
  delegation: AgreementSetSchema,
});
export type Calibration = Static<typeof CalibrationSchema>;

// ---- what GET /api/sessions/:id adds for coaching ----

export const AdjustedScorecardSchema = Type.Object({
  /** The scorecard recomputed with the coaches' live overrides (core/review/apply-overrides.ts). */
  scorecard: passThrough<Scorecard>(),
  /** Figures that differ from the automatic scorecard. */
  changed: Type.Array(Type.Unsafe<ScorecardKey>(Type.String())),
  /** The coaches whose overrides it applies. */
  overriddenBy: Type.Array(AuthorRefSchema),
});

export const SessionAnnotationsSchema = Type.Object({
  /** How the caller reads this session: their own practice, or as a linked coach (read-only). */
  viewer: Type.Union([Type.Literal('leader'), Type.Literal('coach')]),
  leader: PersonRefSchema,
  comments: Type.Array(CommentSchema),
  overrides: Type.Array(OverrideSchema),
  /** Newest first. */
  reviews: Type.Array(ReviewSchema),
  adjustedScorecard: nullable(AdjustedScorecardSchema),
  /** Facts the persona revealed, by turn; sent to coaches, and to the leader once the session ended. */
  revealedFacts: Type.Array(RevealedFactSchema),
});
export type SessionAnnotations = Static<typeof SessionAnnotationsSchema>;

/** A session as its reader sees it: the transcript plus the coaching layer (GET /api/sessions/:id and friends). */
export const SessionViewSchema = Type.Object({ ...SessionSchema.properties, ...SessionAnnotationsSchema.properties });
export type SessionView = Static<typeof SessionViewSchema>;
