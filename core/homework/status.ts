import { meetsTarget, type Target } from './target';

export const ASSIGNMENT_STATUSES = ['not_started', 'in_progress', 'target_met', 'completed_below_target', 'overdue'] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

/** One session started from an assignment; `value` is the target figure once it ended (null if unmeasured). */
export interface AttemptFacts {
  sessionId: string;
  ended: boolean;
  value: number | null;
}

export interface HomeworkFacts {
  dueAt: string;
  target: Target | null;
  maxAttempts: number | null;
  attempts: AttemptFacts[];
}

/**
 * A leader's standing on one assignment at `now`. The best attempt counts, so a target met once
 * stays met. Without a target, finishing an attempt meets it. After the due date an assignment with
 * no finished attempt is overdue; one with finished attempts below target is completed below target.
 */
export function homeworkStatus(facts: HomeworkFacts, now: Date): AssignmentStatus {
  const ended = facts.attempts.filter((a) => a.ended);
  if (ended.some((a) => attemptMeets(a, facts.target))) return 'target_met';
  const pastDue = now.getTime() > Date.parse(facts.dueAt);
  const open = facts.attempts.some((a) => !a.ended);
  if (open && !pastDue) return 'in_progress';
  if (ended.length > 0) return 'completed_below_target';
  return pastDue ? 'overdue' : 'not_started';
}

export const attemptMeets = (attempt: AttemptFacts, target: Target | null) => attempt.ended && meetsTarget(attempt.value, target);

/** The ended attempt with the highest value (the first one on a tie); undefined before any ended. */
export function bestAttempt(attempts: AttemptFacts[]): AttemptFacts | undefined {
  let best: AttemptFacts | undefined;
  for (const a of attempts) if (a.ended && (!best || (a.value ?? -Infinity) > (best.value ?? -Infinity))) best = a;
  return best;
}

/** Why a new attempt cannot start, or null when it can. */
export function attemptRefusal(facts: HomeworkFacts, now: Date): 'overdue' | 'max_attempts_reached' | null {
  if (now.getTime() > Date.parse(facts.dueAt)) return 'overdue';
  if (facts.maxAttempts !== null && facts.attempts.length >= facts.maxAttempts) return 'max_attempts_reached';
  return null;
}
