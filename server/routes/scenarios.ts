import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { toBrief } from '../../core/scenario/schema';
import { notFound } from '../http-errors';
import { ErrorBody, IdParams, ScenarioBriefBody } from './schemas';

export const scenarioRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/api/scenarios', { config: { access: 'self' }, schema: { response: { 200: Type.Array(ScenarioBriefBody) } } }, async () =>
    [...app.scenarios.values()].map(toBrief),
  );

  app.get(
    '/api/scenarios/:id',
    { config: { access: 'self' }, schema: { params: IdParams, response: { 200: ScenarioBriefBody, 404: ErrorBody } } },
    async (request) => {
      const scenario = app.scenarios.get(request.params.id);
      if (!scenario) throw notFound('scenario');
      return toBrief(scenario);
    },
  );
};
