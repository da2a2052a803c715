import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParamsSchema } from '@core/transcript/wire';
import { loadedSession } from './sessions';

/**
 * The review socket: anyone who may read a session hears when its turns, comments, overrides or
 * review change. Read-only: messages from the client are ignored. A coach's socket closes (4404)
 * the moment the leader stops sharing.
 */
export const sessionEventRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/sessions/:id/events',
    { websocket: true, config: { access: 'session:read' }, schema: { params: IdParamsSchema } },
    (socket, request) => {
      const { row } = loadedSession(request);
      const unwatch = app.sessionWatchers.watch(row.id, { socket, userId: request.user!.id, ownerId: row.userId });
      socket.on('close', unwatch);
    },
  );
};
