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
// overrides exactly as the original.
// Version 3 fills `branches` (issue 11's "try again from here"): every branch of the session the
// reader may see, nested ones included, as a flat list in which a parent always comes before its
// branches (so a file cannot loop, and reading it needs no recursion). Each branch carries its fork
// point and its own turns from the fork reply on (a branch may have edited that reply); the turns
// before it are its parent's, and an import copies them into the branch as the app does.
// Version 3 reads versions 1 and 2, whose `branches` must be empty.

/** Every time in a file: an ISO 8601 instant as Askwell writes them, since the app sorts, compares and shows them. */
const FileTime = Type.String({ maxLength: 40, pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?(?:Z|[+-]\\d{2}:\\d{2})$' });

export const EXPORT_SCHEMA_VERSION = 3;
export const READABLE_SCHEMA_VERSIONS = [1, 2, 3] as const;
export const EXPORT_KIND = 'askwell.session';
/** A file's branches, nested ones included: beyond this it is refused (the app lists them all on one page). */
export const MAX_FILE_BRANCHES = 1000;
/** Branches of branches, this many levels down at most. */
export const MAX_BRANCH_DEPTH = 50;


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
  createdAt: FileTime,
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
export const ExportedEarlierVersionSchema = Type.Object({ text: Type.String({ minLength: 1, maxLength: 20_000 }), createdAt: FileTime, replacedAt: FileTime });

/** A comment on a leader reply: its current text, and what it said before each edit (oldest first). */
export const ExportedCommentSchema = Type.Object({
  /** Local to the file: what `parentId` points at. */
  id: FileId,
  turnIndex: Type.Integer({ minimum: 0 }),
  parentId: nullable(FileId),
  author: Type.Object({ name: AuthorName, role: oneOf(['leader', 'coach']) }),
  text: Type.String({ minLength: 1, maxLength: 4000 }),
  createdAt: FileTime,
  previous: Type.Array(Type.Object({ text: Type.String({ minLength: 1, maxLength: 4000 }), createdAt: FileTime }), { maxItems: 1000 }),
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
  createdAt: FileTime,
  replaces: nullable(FileId),
  active: Type.Boolean(),
  earlierVersion: Type.Optional(ExportedEarlierVersionSchema),
});

export const ExportedReviewSchema = Type.Object({
  coach: Type.Object({ name: AuthorName }),
  summary: Type.String({ minLength: 1, maxLength: 8000 }),
  createdAt: FileTime,
});

const ExportedSessionSchema = Type.Object({
  /** The id in the exporting database; informational, a new id is given on import. */
  id: Type.String(),
  kind: oneOf(['practice', 'imported']),
  title: Type.String({ maxLength: 300 }),
  scenarioId: nullable(Type.String({ maxLength: 100 })),
  /** The leader's display name in this conversation. */
  leaderName: Type.String({ maxLength: 200 }),
  status: oneOf(['open', 'ended']),
  feedbackEnabled: Type.Boolean(),
  createdAt: FileTime,
  endedAt: nullable(FileTime),
  /** Where an imported conversation came from. */
  source: nullable(Type.Object({ fileName: nullable(Type.String({ maxLength: 300 })), format: oneOf(['vtt', 'srt', 'text', 'askwell']) })),
  scorecard: nullable(ScorecardSchema),
  debrief: nullable(Type.String()),
});

const { id, status, feedbackEnabled, createdAt, endedAt, scorecard, debrief } = ExportedSessionSchema.properties;

/** The coaching record of a session or of one branch. */
const annotations = {
  comments: Type.Array(ExportedCommentSchema, { maxItems: 20_000 }),
  overrides: Type.Array(ExportedOverrideSchema, { maxItems: 20_000 }),
  /** Version 2; absent in version 1 files. Newest first, as the API lists them. */
  reviews: Type.Optional(Type.Array(ExportedReviewSchema, { maxItems: 1000 })),
};

/**
 * A branch (version 3): the session's title, scenario, leader and source are the session's; what is
 * its own is below. Its transcript is its parent's turns before `forkTurnIndex` followed by `turns`,
 * which start at the fork reply; `turnIndex` in its comments and overrides counts in that transcript.
 */
export const ExportedBranchSchema = Type.Object({
  /** Local to the file, like comment ids: what a nested branch's `parentId` points at. */
  id: FileId,
  /** The branch this one was forked from, earlier in the list; null for the session itself. */
  parentId: nullable(FileId),
  /** The parent's leader reply it was forked at. */
  forkTurnIndex: Type.Integer({ minimum: 0, maximum: 100_000 }),
  session: Type.Object({ id, status, feedbackEnabled, createdAt, endedAt, scorecard, debrief }),
  turns: Type.Array(ExportedTurnSchema, { minItems: 1 }),
  ...annotations,
  reviews: Type.Array(ExportedReviewSchema, { maxItems: 1000 }),
});

export const SessionExportSchema = Type.Object({
  schemaVersion: Type.Union([Type.Literal(1), Type.Literal(2), Type.Literal(EXPORT_SCHEMA_VERSION)]),
  kind: Type.Literal(EXPORT_KIND),
  exportedAt: FileTime,
  session: ExportedSessionSchema,
  turns: Type.Array(ExportedTurnSchema),
  ...annotations,
  /** Version 3; empty in older files. Written last, after the session's own record. */
  branches: Type.Array(ExportedBranchSchema, { maxItems: MAX_FILE_BRANCHES }),
});

export type SessionExport = Static<typeof SessionExportSchema>;
export type ExportedTurn = Static<typeof ExportedTurnSchema>;
export type ExportedComment = Static<typeof ExportedCommentSchema>;
export type ExportedOverride = Static<typeof ExportedOverrideSchema>;
export type ExportedReview = Static<typeof ExportedReviewSchema>;
export type ExportedBranch = Static<typeof ExportedBranchSchema>;
export type ExportedEarlierVersion = Static<typeof ExportedEarlierVersionSchema>;
export type PersonaOutcome = Static<typeof PersonaOutcomeSchema>;
