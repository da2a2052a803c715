import { Type } from 'typebox';
import { SessionAnnotationsSchema } from '../../core/review/wire';

// Response shapes shared by routes. Rubric payloads (scores, scorecards, persona state) are typed in
// core/rubric/types.ts and passed through as-is, so they are declared open here rather than
// re-described (a closed schema would silently drop fields the rubric adds).

export const ErrorBody = Type.Object({ error: Type.String(), message: Type.String() });

export const UserBody = Type.Object({
  id: Type.String(),
  email: Type.String(),
  name: Type.String(),
  role: Type.Union([Type.Literal('leader'), Type.Literal('coach')]),
});

export const ScenarioBriefBody = Type.Object({
  id: Type.String(),
  title: Type.String(),
  brief: Type.String(),
  learningFocus: Type.String(),
  difficulty: Type.String(),
  persona: Type.Object({ name: Type.String(), role: Type.String() }),
});

const Open = Type.Unknown();

export const TurnBody = Type.Object({
  index: Type.Integer(),
  speaker: Type.Union([Type.Literal('leader'), Type.Literal('persona')]),
  text: Type.String(),
  createdAt: Type.String(),
  speakerName: Type.Optional(Type.String()),
  start: Type.Optional(Type.Number()),
  end: Type.Optional(Type.Number()),
  score: Type.Optional(Open),
  judgeChanges: Type.Optional(Open),
  feedback: Type.Optional(Type.String()),
  interrupted: Type.Optional(Type.Boolean()),
  stopped: Type.Optional(Type.Boolean()),
});

export const ReplacedTurnBody = Type.Object({
  index: Type.Integer(),
  speaker: Type.Union([Type.Literal('leader'), Type.Literal('persona')]),
  text: Type.String(),
  createdAt: Type.String(),
  replacedAt: Type.String(),
  reason: Type.Union([Type.Literal('edited'), Type.Literal('regenerated')]),
  score: Type.Optional(Open),
  interrupted: Type.Optional(Type.Boolean()),
  stopped: Type.Optional(Type.Boolean()),
});

const Status = Type.Union([Type.Literal('open'), Type.Literal('ended')]);
const NullableString = Type.Union([Type.String(), Type.Null()]);
const NullableInteger = Type.Union([Type.Integer(), Type.Null()]);
const NullableNumber = Type.Union([Type.Number(), Type.Null()]);

export const BranchSummaryBody = Type.Object({
  id: Type.String(),
  forkTurnIndex: Type.Integer(),
  status: Status,
  createdAt: Type.String(),
  overall: NullableNumber,
});

const SessionKindBody = Type.Union([Type.Literal('practice'), Type.Literal('imported')]);

export const SessionBody = Type.Object({
  id: Type.String(),
  kind: SessionKindBody,
  title: Type.String(),
  scenarioId: Type.Union([Type.String(), Type.Null()]),
  scenario: Type.Union([ScenarioBriefBody, Type.Null()]),
  leaderName: Type.Union([Type.String(), Type.Null()]),
  source: Type.Union([Type.Object({ fileName: Type.Union([Type.String(), Type.Null()]), format: Type.String() }), Type.Null()]),
  status: Type.Union([Type.Literal('open'), Type.Literal('ended')]),
  feedbackEnabled: Type.Boolean(),
  createdAt: Type.String(),
  endedAt: Type.Union([Type.String(), Type.Null()]),
  turns: Type.Array(TurnBody),
  scorecard: Type.Union([Open, Type.Null()]),
  debrief: Type.Union([Type.String(), Type.Null()]),
  parentId: NullableString,
  forkTurnIndex: NullableInteger,
  branches: Type.Array(BranchSummaryBody),
  history: Type.Array(ReplacedTurnBody),
  ...SessionAnnotationsSchema.properties,
});

export const SessionSummaryBody = Type.Object({
  id: Type.String(),
  kind: SessionKindBody,
  scenarioId: Type.Union([Type.String(), Type.Null()]),
  scenarioTitle: Type.String(),
  status: Type.Union([Type.Literal('open'), Type.Literal('ended')]),
  createdAt: Type.String(),
  endedAt: Type.Union([Type.String(), Type.Null()]),
  leaderTurns: Type.Integer(),
  learningFocus: Type.String(),
  parentId: NullableString,
  forkTurnIndex: NullableInteger,
  overall: NullableNumber,
  figures: Type.Array(
    Type.Object({ key: Type.String(), label: Type.String(), value: Type.Union([Type.Number(), Type.String(), Type.Boolean(), Type.Null()]), display: Type.String() }),
  ),
  /** Coach comments, overrides and reviews the leader has not opened yet. */
  unread: Type.Integer(),
});

export const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }) });
