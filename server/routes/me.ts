import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErrorBodySchema, UserResponseSchema } from '@core/transcript/wire';

export const meRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/me',
    { config: { access: 'self' }, schema: { response: { 200: UserResponseSchema, 401: ErrorBodySchema } } },
    async (request) => ({ user: request.user! }),
  );
};
