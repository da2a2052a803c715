import fp from 'fastify-plugin';
import { createScenarioCatalog, type ScenarioCatalog } from '../scenarios/catalog';

declare module 'fastify' {
  interface FastifyInstance {
    /** Built-in and coach-written scenarios behind one lookup (server/scenarios/catalog.ts). */
    scenarioCatalog: ScenarioCatalog;
  }
}

export default fp(
  async (app) => {
    app.decorate('scenarioCatalog', createScenarioCatalog(app.scenarios, app.repos.authoredScenarios, app.repos.coachLinks));
  },
  { name: 'scenario-catalog', dependencies: ['db', 'scenarios'] },
);
