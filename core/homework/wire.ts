import { Type, type Static } from 'typebox';
import { ScenarioBriefSchema, ScenarioSchema } from '../scenario/schema';
import { nullable, oneOf } from '../transcript/schema-helpers';
import { ASSIGNMENT_STATUSES } from './status';
import { TARGET_FIGURES } from './target';

// The HTTP contract of scenario authoring and homework (docs/api.md "Scenarios", "Homework").


export const ScenarioIssueSchema = Type.Object({ path: Type.String(), message: Type.String() });

/** 400 for a scenario that fails validation: the same messages as `npm run scenarios:check`, split by field. */
export const InvalidScenarioBodySchema = Type.Object({
  error: Type.Object({ code: Type.Literal('invalid_scenario'), message: Type.String() }),
  errors: Type.Array(ScenarioIssueSchema),
});
export type InvalidScenarioBody = Static<typeof InvalidScenarioBodySchema>;

export const ScenarioMetaSchema = Type.Object({
  source: oneOf(['builtin', 'coach'] as const),
  status: oneOf(['draft', 'published', 'archived'] as const),
  version: Type.Integer(),
  /** The coach who wrote it; null for a built-in. */
  authorId: nullable(Type.String()),
});

export const ScenarioListItemSchema = Type.Object({ ...ScenarioBriefSchema.properties, ...ScenarioMetaSchema.properties });
export type ScenarioListItem = Static<typeof ScenarioListItemSchema>;

/** The author's view: the whole scenario, hidden facts included. */
export const ScenarioSourceSchema = Type.Object({ ...ScenarioMetaSchema.properties, id: Type.String(), scenario: ScenarioSchema });
export type ScenarioSource = Static<typeof ScenarioSourceSchema>;

export const ScenarioSavedSchema = Type.Object({ id: Type.String(), version: Type.Integer(), status: ScenarioMetaSchema.properties.status });
export const ImportScenarioBodySchema = Type.Object({ yaml: Type.String({ minLength: 1, maxLength: 60_000 }) });

export const TargetSchema = Type.Object({ figure: oneOf(TARGET_FIGURES), min: Type.Number({ minimum: 0, maximum: 100 }) }, { additionalProperties: false });

/** A date-time with its offset ("2026-12-01T17:00:00+01:00" or "...Z"): a due date never floats between zones. */
const ZonedDateTime = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:\\d{2})$', maxLength: 40 });

export const CreateAssignmentBodySchema = Type.Object(
  {
    scenarioId: Type.String({ minLength: 1, maxLength: 200 }),
    leaderIds: Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { minItems: 1, maxItems: 200 }),
    dueAt: ZonedDateTime,
    /** The IANA zone the due date was picked in, shown back with it (e.g. "Europe/Berlin"). */
    timeZone: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    target: Type.Optional(TargetSchema),
    maxAttempts: Type.Optional(Type.Integer({ minimum: 1, maximum: 50 })),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export type CreateAssignmentBody = Static<typeof CreateAssignmentBodySchema>;

export const AssignmentStatusSchema = oneOf(ASSIGNMENT_STATUSES);

export const AttemptSchema = Type.Object({
  sessionId: Type.String(),
  status: oneOf(['open', 'ended'] as const),
  startedAt: Type.String(),
  endedAt: nullable(Type.String()),
  /** The target figure's value once ended (null while open or when unmeasured). */
  value: nullable(Type.Number()),
  metTarget: Type.Boolean(),
});
export type Attempt = Static<typeof AttemptSchema>;

const AssignmentBase = {
  id: Type.String(),
  scenarioId: Type.String(),
  scenarioTitle: Type.String(),
  dueAt: Type.String(),
  timeZone: nullable(Type.String()),
  target: nullable(TargetSchema),
  /** The target in words ("ask ratio >= 60%"); null without a target. */
  targetText: nullable(Type.String()),
  maxAttempts: nullable(Type.Integer()),
  note: nullable(Type.String()),
  createdAt: Type.String(),
};

const Standing = {
  status: AssignmentStatusSchema,
  /** Every session started from the assignment, oldest first. */
  attempts: Type.Array(AttemptSchema),
  /** The best ended attempt: the one that counts. */
  best: nullable(AttemptSchema),
};

export const LeaderAssignmentSchema = Type.Object({
  ...AssignmentBase,
  ...Standing,
  coach: Type.Object({ id: Type.String(), name: Type.String() }),
  /** Attempts left (null: no limit). */
  attemptsLeft: nullable(Type.Integer()),
  /** Why no new attempt can start: "overdue", "max_attempts_reached", or null. */
  blockedBy: nullable(oneOf(['overdue', 'max_attempts_reached'] as const)),
});
export type LeaderAssignment = Static<typeof LeaderAssignmentSchema>;

export const CoachAssignmentSchema = Type.Object({
  ...AssignmentBase,
  leaders: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), ...Standing })),
});
export type CoachAssignment = Static<typeof CoachAssignmentSchema>;

export const AssignmentListSchema = Type.Union([Type.Array(LeaderAssignmentSchema), Type.Array(CoachAssignmentSchema)]);
