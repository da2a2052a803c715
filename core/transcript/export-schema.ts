import { Type, type Static } from 'typebox';
import { MOVE_KINDS, SCORECARD_KEYS, type Band, type DelegationLevel } from '../rubric/types';

// Askwell's portable session file. Version 1 carries everything a session has today: turns with
// their speakers and times, scores, judge changes, notes, the scorecard and the debrief. Coach
// comments, overrides and branches point at a turn by `turnIndex` (ids are per database) and get
// their own top-level arrays; version 1 writes them empty and refuses a file that fills them, so a
// newer file is never half-imported.

export const EXPORT_SCHEMA_VERSION = 1;
export const EXPORT_KIND = 'askwell.session';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const Literals = <const T extends readonly string[]>(values: T) => Type.Unsafe<T[number]>(Type.Union(values.map((v) => Type.Literal(v))));

const SpanSchema = Type.Object({ start: Type.Integer({ minimum: 0 }), end: Type.Integer({ minimum: 0 }), text: Type.String() });
const FamilySchema = Literals(['ask', 'tell', 'other']);
const LevelSchema = Type.Unsafe<DelegationLevel>(Type.Integer({ minimum: 0, maximum: 7 }));

const MoveSchema = Type.Object({
  ...SpanSchema.properties,
  kind: Literals(MOVE_KINDS),
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
    ownership: Literals(['keeps', 'shares', 'hands_over', 'none']),
    evidence: Type.Array(SpanSchema),
    reason: Type.String(),
  }),
});

const FigureSchema = Type.Object({
  key: Literals(SCORECARD_KEYS),
  label: Type.String(),
  value: Type.Union([Type.Number(), Type.String(), Type.Boolean(), Type.Null()]),
  display: Type.String(),
  band: Nullable(Type.Unsafe<Band>(Type.Integer({ minimum: 1, maximum: 5 }))),
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
  nextStepOwner: Nullable(Literals(['persona', 'leader', 'nobody'])),
});

const JudgeChangeSchema = Type.Object({
  moveIndex: Type.Integer({ minimum: 0 }),
  from: Type.String(),
  to: Type.String(),
  quote: Type.String(),
  reason: Type.String(),
});

export const ExportedTurnSchema = Type.Object({
  index: Type.Integer({ minimum: 0 }),
  speaker: Literals(['leader', 'persona']),
  /** The name shown for the speaker: the leader's name, the persona's, or a meeting participant's. */
  speakerName: Nullable(Type.String({ maxLength: 200 })),
  /** Seconds from the start of the recording; null for practice turns. */
  start: Nullable(Type.Number({ minimum: 0 })),
  end: Nullable(Type.Number({ minimum: 0 })),
  text: Type.String({ maxLength: 100_000 }),
  createdAt: Type.String(),
  score: Nullable(ReplyScoreSchema),
  judgeChanges: Type.Array(JudgeChangeSchema),
  feedback: Nullable(Type.String()),
  interrupted: Type.Boolean(),
});

export const SessionExportSchema = Type.Object({
  schemaVersion: Type.Literal(EXPORT_SCHEMA_VERSION),
  kind: Type.Literal(EXPORT_KIND),
  exportedAt: Type.String(),
  session: Type.Object({
    /** The id in the exporting database; informational, a new id is given on import. */
    id: Type.String(),
    kind: Literals(['practice', 'imported']),
    title: Type.String({ maxLength: 300 }),
    scenarioId: Nullable(Type.String({ maxLength: 100 })),
    /** The leader's display name in this conversation. */
    leaderName: Type.String({ maxLength: 200 }),
    status: Literals(['open', 'ended']),
    feedbackEnabled: Type.Boolean(),
    createdAt: Type.String(),
    endedAt: Nullable(Type.String()),
    /** Where an imported conversation came from. */
    source: Nullable(Type.Object({ fileName: Nullable(Type.String({ maxLength: 300 })), format: Literals(['vtt', 'srt', 'text', 'askwell']) })),
    scorecard: Nullable(ScorecardSchema),
    debrief: Nullable(Type.String()),
  }),
  turns: Type.Array(ExportedTurnSchema),
  /** Reserved: alternative continuations from a turn (`{id, fromTurnIndex, turns}`). */
  branches: Type.Array(Type.Unknown(), { maxItems: 0 }),
  /** Reserved: coach comments (`{turnIndex, author, text, createdAt}`). */
  comments: Type.Array(Type.Unknown(), { maxItems: 0 }),
  /** Reserved: coach overrides of a move or level (`{turnIndex, moveIndex?, field, from, to, author, reason}`). */
  overrides: Type.Array(Type.Unknown(), { maxItems: 0 }),
});

export type SessionExport = Static<typeof SessionExportSchema>;
export type ExportedTurn = Static<typeof ExportedTurnSchema>;
