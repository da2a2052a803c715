import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { HealthSchema } from '@core/transcript/wire';

export const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/health',
    { config: { access: 'public' }, schema: { response: { 200: HealthSchema, 503: HealthSchema } } },
    // 503 while draining, so a load balancer's health check takes the node out of rotation.
    async (_request, reply) =>
      reply.code(app.lifecycle.draining ? 503 : 200).send({
        status: app.lifecycle.draining ? ('draining' as const) : ('ok' as const),
        mode: app.engines.mode,
        ...(app.engines.model ? { model: app.engines.model } : {}),
        engine: app.storage.engine,
      }),
  );
};
