import { Type, type Static } from 'typebox';
import { MOVE_KINDS, SCORECARD_KEYS, type Band, type DelegationLevel } from '../rubric/types';
import { nullable, oneOf } from './schema-helpers';

// Askwell's portable session file (docs/api.md "Session files").
// Version 1: turns with their speakers and times, scores, judge changes, notes, the scorecard and the
// debrief; `comments` and `overrides` always empty.
// Version 2 adds the coaching record: comments (threaded, with their edit history), label overrides
// (live and replaced) and reviews, each pointing at a turn by `turnIndex` and at each other by ids
// local to the file (ids are per database), authors by the name and role recorded, never a user id;
// and the persona's visible outcome per persona turn, so a restored practice session rescores with
// overrides exactly as the original. Version 2 reads version 1 files. `branches` stays reserved
// (empty) until sessions have branches: a file that fills it is refused, never half-imported.

export const EXPORT_SCHEMA_VERSION = 2;
export const READABLE_SCHEMA_VERSIONS = [1, 2] as const;
export const EXPORT_KIND = 'askwell.session';


const SpanSchema = Type.Object({ start: Type.Integer({ minimum: 0 }), end: Type.Integer({ minimum: 0 }), text: Type.String() });
const FamilySchema = oneOf(['ask', 'tell', 'other']);
const LevelSchema = Type.Unsafe<DelegationLevel>(Type.Integer({ minimum: 0, maximum: 7 }));

const MoveSchema = Type.Object({
  ...SpanSchema.properties,
  kind: oneOf(MOVE_KINDS),
  family: FamilySchema,
  reason: Type.String(),
  cue: Type.Optional(SpanSchema),
});

export const ReplyScoreSchema = Type.Object({
  moves: Type.Array(MoveSchema),
  family: FamilySchema,
  delegation: Type.Object({
    level: Type.Union([LevelSchema, Type.Literal('none')]),
    name: Type.String(),
    ownership: oneOf(['keeps', 'shares', 'hands_over', 'none']),
    evidence: Type.Array(SpanSchema),
    reason: Type.String(),
  }),
});

const FigureSchema = Type.Object({
  key: oneOf(SCORECARD_KEYS),
  label: Type.String(),
  value: Type.Union([Type.Number(), Type.String(), Type.Boolean(), Type.Null()]),
  display: Type.String(),
  band: nullable(Type.Unsafe<Band>(Type.Integer({ minimum: 1, maximum: 5 }))),
  bandRule: Type.String(),
  turns: Type.Array(Type.Integer({ minimum: 0 })),
  /** The same turns as the leader's reply numbers (1-based). */
  replies: Type.Optional(Type.Array(Type.Integer({ minimum: 1 }))),
  explanation: Type.String(),
});

export const ScorecardSchema = Type.Object({
  figures: Type.Array(FigureSchema),
  /** Null: fewer than 2 replies, not enough to score. */
  overall: Type.Union([Type.Number(), Type.Null()]),
  delegation: Type.Object({
    highest: Type.Union([LevelSchema, Type.Literal('none')]),
    final: Type.Union([LevelSchema, Type.Literal('none')]),
    takeovers: Type.Integer({ minimum: 0 }),
  }),
  nextStepOwner: nullable(oneOf(['persona', 'leader', 'nobody'])),
});

const PersonaOutcomeSchema = Type.Object({ ideaSurfaced: Type.Boolean(), nextStepOwner: oneOf(['persona', 'leader', 'nobody']) });

const JudgeChangeSchema = Type.Object({
  moveIndex: Type.Integer({ minimum: 0 }),
  from: Type.String(),
  to: Type.String(),
  quote: Type.String(),
  reason: Type.String(),
});

export const ExportedTurnSchema = Type.Object({
  index: Type.Integer({ minimum: 0 }),
  speaker: oneOf(['leader', 'persona']),
  /** The name shown for the speaker: the leader's name, the persona's, or a meeting participant's. */
  speakerName: nullable(Type.String({ maxLength: 200 })),
  /** Seconds from the start of the recording; null for practice turns. */
  start: nullable(Type.Number({ minimum: 0 })),
  end: nullable(Type.Number({ minimum: 0 })),
  text: Type.String({ maxLength: 100_000 }),
  createdAt: Type.String(),
  score: nullable(ReplyScoreSchema),
  judgeChanges: Type.Array(JudgeChangeSchema),
  feedback: nullable(Type.String()),
  interrupted: Type.Boolean(),
  /**
   * Persona turns of a practice session (version 2): what the scorecard reads from the persona's
   * state, and shows anyway (whether its own idea was out, who owns the next step). Hidden facts
   * and the rest of the persona's state stay out of the file.
   */
  outcome: Type.Optional(nullable(PersonaOutcomeSchema)),
});

const FileId = Type.String({ minLength: 1, maxLength: 100 });
const AuthorName = Type.String({ minLength: 1, maxLength: 200 });

/**
 * Set on a comment or override written on a reply the leader later edited and resent: the words it
 * was about (the reply at `turnIndex` is the version that replaced them). Absent: the reply as it stands.
 */
export const ExportedEarlierVersionSchema = Type.Object({ text: Type.String({ minLength: 1, maxLength: 20_000 }), createdAt: Type.String(), replacedAt: Type.String() });

/** A comment on a leader reply: its current text, and what it said before each edit (oldest first). */
export const ExportedCommentSchema = Type.Object({
  /** Local to the file: what `parentId` points at. */
  id: FileId,
  turnIndex: Type.Integer({ minimum: 0 }),
  parentId: nullable(FileId),
  author: Type.Object({ name: AuthorName, role: oneOf(['leader', 'coach']) }),
  text: Type.String({ minLength: 1, maxLength: 4000 }),
  createdAt: Type.String(),
  previous: Type.Array(Type.Object({ text: Type.String({ minLength: 1, maxLength: 4000 }), createdAt: Type.String() }), { maxItems: 1000 }),
  earlierVersion: Type.Optional(ExportedEarlierVersionSchema),
});

/** A coach's correction of one label, live or replaced by a later one (`replaces`). */
export const ExportedOverrideSchema = Type.Object({
  id: FileId,
  turnIndex: Type.Integer({ minimum: 0 }),
  target: oneOf(['move', 'delegation']),
  /** Move overrides: which move of the reply; null for delegation. */
  moveIndex: nullable(Type.Integer({ minimum: 0 })),
  from: Type.String({ maxLength: 50 }),
  to: Type.String({ maxLength: 50 }),
  reason: Type.String({ minLength: 1, maxLength: 1000 }),
  coach: Type.Object({ name: AuthorName }),
  createdAt: Type.String(),
  replaces: nullable(FileId),
  active: Type.Boolean(),
  earlierVersion: Type.Optional(ExportedEarlierVersionSchema),
});

export const ExportedReviewSchema = Type.Object({
  coach: Type.Object({ name: AuthorName }),
  summary: Type.String({ minLength: 1, maxLength: 8000 }),
  createdAt: Type.String(),
});

export const SessionExportSchema = Type.Object({
  schemaVersion: Type.Union([Type.Literal(1), Type.Literal(EXPORT_SCHEMA_VERSION)]),
  kind: Type.Literal(EXPORT_KIND),
  exportedAt: Type.String(),
  session: Type.Object({
    /** The id in the exporting database; informational, a new id is given on import. */
    id: Type.String(),
    kind: oneOf(['practice', 'imported']),
    title: Type.String({ maxLength: 300 }),
    scenarioId: nullable(Type.String({ maxLength: 100 })),
    /** The leader's display name in this conversation. */
    leaderName: Type.String({ maxLength: 200 }),
    status: oneOf(['open', 'ended']),
    feedbackEnabled: Type.Boolean(),
    createdAt: Type.String(),
    endedAt: nullable(Type.String()),
    /** Where an imported conversation came from. */
    source: nullable(Type.Object({ fileName: nullable(Type.String({ maxLength: 300 })), format: oneOf(['vtt', 'srt', 'text', 'askwell']) })),
    scorecard: nullable(ScorecardSchema),
    debrief: nullable(Type.String()),
  }),
  turns: Type.Array(ExportedTurnSchema),
  /**
   * Reserved for branches (issue 11): alternative continuations of this session from a turn. The
   * extension point: a version that fills it adds the branch shape here, the writer in
   * server/exports/build-export.ts and the reader in server/imports/build-import.ts.
   */
  branches: Type.Array(Type.Unknown(), { maxItems: 0 }),
  comments: Type.Array(ExportedCommentSchema, { maxItems: 20_000 }),
  overrides: Type.Array(ExportedOverrideSchema, { maxItems: 20_000 }),
  /** Version 2; absent in version 1 files. Newest first, as the API lists them. */
  reviews: Type.Optional(Type.Array(ExportedReviewSchema, { maxItems: 1000 })),
});

export type SessionExport = Static<typeof SessionExportSchema>;
export type ExportedTurn = Static<typeof ExportedTurnSchema>;
export type ExportedComment = Static<typeof ExportedCommentSchema>;
export type ExportedOverride = Static<typeof ExportedOverrideSchema>;
export type ExportedReview = Static<typeof ExportedReviewSchema>;
export type ExportedEarlierVersion = Static<typeof ExportedEarlierVersionSchema>;
export type PersonaOutcome = Static<typeof PersonaOutcomeSchema>;
