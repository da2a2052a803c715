import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import type { Scenario } from '../../core/scenario/schema';
import type { PracticeSessionRow } from '../../db/schema';
import { parseClientMessage } from '../practice/messages';
import { batchedSender } from './batched-send';
import { TurnLoop } from '../practice/turn-loop';
import { IdParams } from './schemas';
import { ownedSession } from './sessions';

export const streamRoutes: FastifyPluginAsyncTypebox = async (app) => {
  // The session and its scenario, found once when the upgrade is checked.
  const found = new WeakMap<FastifyRequest, { row: PracticeSessionRow; scenario: Scenario }>();
  app.get(
    '/api/sessions/:id/stream',
    {
      websocket: true,
      schema: { params: IdParams },
      // Refuse unknown and foreign sessions before the upgrade, with the same 404 as HTTP.
      preValidation: async (request) => {
        found.set(request, ownedSession(app, request, (request.params as { id: string }).id));
      },
    },
    (socket, request) => {
      const { row, scenario } = found.get(request)!;
      const sessionId = row.id;
      const log = request.log.child({ sessionId });
      const toThisSocket = batchedSender(socket);
      // Every socket on the session sees every turn as it happens; refusals go to the asker only.
      const unsubscribe = app.sessionHub.subscribe(sessionId, toThisSocket);
      const loop = new TurnLoop({
        sessionId,
        scenario,
        repos: app.repos,
        engines: app.engines,
        inFlightTurns: app.inFlightTurns,
        log,
        send: (message) => app.sessionHub.publish(sessionId, message),
        reply: toThisSocket,
      });
      socket.on('message', (data, isBinary) => {
        const parsed = parseClientMessage(isBinary ? '' : data.toString());
        if (!parsed.ok) toThisSocket({ type: 'error', code: 'invalid_message', message: parsed.message });
        else void loop.handle(parsed.message);
      });
      socket.on('close', () => {
        unsubscribe();
        // The last socket gone: nobody is watching, so stop paying for the model. Another tab keeps it going.
        if (app.sessionHub.listeners(sessionId) === 0) app.inFlightTurns.cancel(sessionId);
      });
      // A reconnect finds a reply cut off by the drop (or a fresh branch awaiting its answer): answer it once.
      // Deferred a tick so the client's message handler is in place before the first message.
      setImmediate(() => void loop.resume(row.forkTurnIndex, () => socket.readyState === socket.OPEN).catch((err: unknown) => log.error({ err }, 'resume failed')));
    },
  );
};
