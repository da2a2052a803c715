import fp from 'fastify-plugin';
import type { Scenario } from '@core/scenario/schema';
import { loadScenarios } from '../scenarios/load-scenarios';

declare module 'fastify' {
  interface FastifyInstance {
    scenarios: ReadonlyMap<string, Scenario>;
  }
}

/** Loads the scenario library once at start-up; a broken file stops start-up with its name and field path. */
export default fp<{ scenariosDir: string }>(
  async (app, { scenariosDir }) => {
    app.decorate('scenarios', await loadScenarios(scenariosDir));
  },
  { name: 'scenarios' },
);
