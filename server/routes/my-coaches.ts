import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { MyCoachSchema } from '@core/review/wire';
import { resourceOf } from '../plugins/access';
import { ErrorBodySchema } from '@core/transcript/wire';

/** The leader's side of sharing: who they share their practice with, and stopping it. */
export const myCoachRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/api/me/coaches', { config: { access: 'self' }, schema: { response: { 200: Type.Array(MyCoachSchema) } } }, async (request) =>
    await app.repos.coachLinks.coachesOf(request.user!.id),
  );

  app.delete(
    '/api/me/coaches/:coachId',
    {
      config: { access: 'link:end' },
      schema: { params: Type.Object({ coachId: Type.String({ minLength: 1, maxLength: 100 }) }), response: { 204: Type.Null(), 404: ErrorBodySchema } },
    },
    async (request, reply) => {
      const coachId = resourceOf(request).coachId!;
      await app.repos.coachLinks.end(coachId, request.user!.id);
      // HTTP access is checked on every request; open review sockets are closed here, at once.
      app.sessionWatchers.endAccess(coachId, request.user!.id);
      return reply.code(204).send(null);
    },
  );
};
