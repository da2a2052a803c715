import type { FastifyInstance } from 'fastify';
import { attemptMeets, attemptRefusal, bestAttempt, homeworkStatus, type AttemptFacts, type HomeworkFacts } from '@core/homework/status';
import { describeTarget, figureValue, type Target, type TargetFigure } from '@core/homework/target';
import type { Attempt, CoachAssignment, LeaderAssignment } from '@core/homework/wire';
import type { AssignmentRow } from '@db/schema';
import type { AttemptRow } from '../db/assignments-repo';

type Deps = Pick<FastifyInstance, 'repos' | 'scenarioCatalog' | 'clock'>;

export const targetOf = (row: AssignmentRow): Target | null =>
  row.targetFigure && row.targetMin !== null ? { figure: row.targetFigure as TargetFigure, min: row.targetMin } : null;

function toAttempt(row: AttemptRow, target: Target | null): Attempt {
  const ended = row.status === 'ended';
  // Without a target the value shown is the overall score, so a coach still sees how it went.
  const value = ended && row.scorecard ? figureValue(row.scorecard, target?.figure ?? 'overall') : null;
  const facts: AttemptFacts = { sessionId: row.sessionId, ended, value };
  return { sessionId: row.sessionId, status: row.status, startedAt: row.createdAt, endedAt: row.endedAt, value, metTarget: attemptMeets(facts, target) };
}

function standing(row: AssignmentRow, attemptRows: AttemptRow[], now: Date) {
  const target = targetOf(row);
  const attempts = attemptRows.map((a) => toAttempt(a, target));
  const facts: HomeworkFacts = {
    dueAt: row.dueAt,
    target,
    maxAttempts: row.maxAttempts,
    attempts: attempts.map((a) => ({ sessionId: a.sessionId, ended: a.status === 'ended', value: a.value })),
  };
  const best = bestAttempt(facts.attempts);
  return {
    facts,
    status: homeworkStatus(facts, now),
    attempts,
    best: attempts.find((a) => a.sessionId === best?.sessionId) ?? null,
  };
}

async function base(deps: Deps, row: AssignmentRow) {
  const target = targetOf(row);
  return {
    id: row.id,
    scenarioId: row.scenarioId,
    scenarioTitle: (await deps.scenarioCatalog.find(row.scenarioId))?.scenario.title ?? row.scenarioId,
    dueAt: row.dueAt,
    timeZone: row.timeZone,
    target,
    targetText: target && describeTarget(target),
    maxAttempts: row.maxAttempts,
    note: row.note,
    createdAt: row.createdAt,
  };
}

const groupBy = <T>(items: T[], key: (item: T) => string) => {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
};

/** A leader's homework from coaches they still share with, due soonest first. */
export async function leaderAssignments(deps: Deps, leaderId: string): Promise<LeaderAssignment[]> {
  const now = deps.clock.now();
  const coaches = new Map((await deps.repos.coachLinks.coachesOf(leaderId)).map((c) => [c.id, c]));
  const rows = (await deps.repos.assignments.listForLeader(leaderId)).filter((r) => coaches.has(r.coachId));
  const attempts = groupBy((await deps.repos.assignments.attempts(rows.map((r) => r.id))).filter((a) => a.leaderId === leaderId), (a) => a.assignmentId);
  const bases = await Promise.all(rows.map((row) => base(deps, row)));
  return rows.map((row, i) => {
    const mine = standing(row, attempts.get(row.id) ?? [], now);
    const coach = coaches.get(row.coachId)!;
    return {
      ...bases[i],
      status: mine.status,
      attempts: mine.attempts,
      best: mine.best,
      coach: { id: coach.id, name: coach.name },
      attemptsLeft: row.maxAttempts === null ? null : Math.max(0, row.maxAttempts - mine.attempts.length),
      blockedBy: attemptRefusal(mine.facts, now),
    };
  });
}

/** A coach's assignments with each leader's standing. */
export async function coachAssignments(deps: Deps, coachId: string, only?: AssignmentRow): Promise<CoachAssignment[]> {
  const now = deps.clock.now();
  const rows = only ? [only] : await deps.repos.assignments.listByCoach(coachId);
  const ids = rows.map((r) => r.id);
  const [attemptRows, leaderRows, bases] = await Promise.all([
    deps.repos.assignments.attempts(ids),
    deps.repos.assignments.leadersOf(ids),
    Promise.all(rows.map((row) => base(deps, row))),
  ]);
  const attempts = groupBy(attemptRows, (a) => `${a.assignmentId} ${a.leaderId}`);
  const leaders = groupBy(leaderRows, (l) => l.assignmentId);
  return rows.map((row, i) => ({
    ...bases[i],
    leaders: (leaders.get(row.id) ?? []).map((leader) => {
      const theirs = standing(row, attempts.get(`${row.id} ${leader.id}`) ?? [], now);
      return { id: leader.id, name: leader.name, status: theirs.status, attempts: theirs.attempts, best: theirs.best };
    }),
  }));
}

/** The facts that decide whether this leader may start another attempt now. */
export async function attemptFacts(deps: Deps, row: AssignmentRow, leaderId: string): Promise<HomeworkFacts> {
  return standing(row, (await deps.repos.assignments.attempts([row.id])).filter((a) => a.leaderId === leaderId), deps.clock.now()).facts;
}
