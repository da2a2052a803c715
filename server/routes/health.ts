import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';

export const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/health',
    {
      config: { access: 'public' },
      schema: {
        response: {
          200: Type.Object({
            status: Type.Literal('ok'),
            mode: Type.Union([Type.Literal('offline'), Type.Literal('llm')]),
            model: Type.Optional(Type.String()),
          }),
        },
      },
    },
    async () => ({
      status: 'ok' as const,
      mode: app.engines.mode,
      ...(app.engines.model ? { model: app.engines.model } : {}),
    }),
  );
};
