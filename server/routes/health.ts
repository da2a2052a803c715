import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { HealthSchema } from '@core/transcript/wire';

export const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/health',
    {
      config: { access: 'public' },
      schema: {
        response: { 200: HealthSchema },
      },
    },
    async () => ({
      status: 'ok' as const,
      mode: app.engines.mode,
      ...(app.engines.model ? { model: app.engines.model } : {}),
    }),
  );
};
