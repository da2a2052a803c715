import type { FastifyInstance, FastifyRequest } from 'fastify';
import { attemptRefusal } from '@core/homework/status';
import { ApiError } from '../http-errors';
import { authorize } from '../plugins/access';
import { attemptFacts } from './homework-views';

const REFUSALS = {
  overdue: 'The due date has passed; ask your coach for a new one.',
  max_attempts_reached: 'You have used every attempt for this assignment.',
} as const;

/** Refuses a new attempt at an assignment the caller may not start now; the policy decides who may. */
export async function checkAttempt(app: FastifyInstance, request: FastifyRequest, assignmentId: string, scenarioId: string): Promise<void> {
  const assignment = (await authorize(app, request, 'assignment:attempt', { id: assignmentId })).assignment!;
  if (assignment.scenarioId !== scenarioId) throw new ApiError(400, 'assignment_scenario_mismatch', `This assignment is for scenario "${assignment.scenarioId}".`);
  const refusal = attemptRefusal(await attemptFacts(app, assignment, request.user!.id), app.clock.now());
  if (refusal) throw new ApiError(409, refusal, REFUSALS[refusal]);
}
