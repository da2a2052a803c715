import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ScenarioBriefSchema, toBrief } from '@core/scenario/schema';
import { ErrorBodySchema, IdParamsSchema } from '@core/transcript/wire';
import { notFound } from '../http-errors';

export const scenarioRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/api/scenarios', { config: { access: 'self' }, schema: { response: { 200: Type.Array(ScenarioBriefSchema) } } }, async () =>
    [...app.scenarios.values()].map(toBrief),
  );

  app.get(
    '/api/scenarios/:id',
    { config: { access: 'self' }, schema: { params: IdParamsSchema, response: { 200: ScenarioBriefSchema, 404: ErrorBodySchema } } },
    async (request) => {
      const scenario = app.scenarios.get(request.params.id);
      if (!scenario) throw notFound('scenario');
      return toBrief(scenario);
    },
  );
};
