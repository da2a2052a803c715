import type { FastifyInstance } from 'fastify';
import { builtInScenario } from './scenarios';
import { call, type Caller } from './coaching';
import type { Scenario } from '@core/scenario/schema';

/** A valid coach-written scenario: a built-in with a new id and title. */
export const draftScenario = (id: string, title = 'Quarterly report slips'): Scenario => ({ ...builtInScenario('late-onboarding-guide'), id, title });

/** Creates and publishes a scenario as the coach; returns its id. */
export async function publishedScenario(app: FastifyInstance, coach: Caller, id: string): Promise<string> {
  const created = await call(app, coach, 'POST', '/api/scenarios', draftScenario(id));
  if (created.statusCode !== 201) throw new Error(`create scenario failed: ${created.statusCode} ${created.body}`);
  const published = await call(app, coach, 'POST', `/api/scenarios/${id}/publish`);
  if (published.statusCode !== 200) throw new Error(`publish failed: ${published.statusCode} ${published.body}`);
  return id;
}

/** A clock a test moves by hand. */
export function manualClock(start: string) {
  let now = new Date(start);
  return {
    now: () => new Date(now),
    set: (iso: string) => {
      now = new Date(iso);
    },
  };
}
