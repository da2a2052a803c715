import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';

const HealthBody = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('draining')]),
  mode: Type.Union([Type.Literal('offline'), Type.Literal('llm')]),
  model: Type.Optional(Type.String()),
  engine: Type.Union([Type.Literal('sqlite'), Type.Literal('postgres')]),
});

export const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/health',
    { config: { access: 'public' }, schema: { response: { 200: HealthBody, 503: HealthBody } } },
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
