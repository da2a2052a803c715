import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ErrorBody, UserBody } from './schemas';

export const meRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/me',
    { config: { access: 'self' }, schema: { response: { 200: Type.Object({ user: UserBody }), 401: ErrorBody } } },
    async (request) => ({ user: request.user! }),
  );
};
