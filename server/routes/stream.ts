import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import type { Scenario } from '../../core/scenario/schema';
import { ApiError } from '../http-errors';
import { parseClientMessage, type ServerMessage } from '../practice/messages';
import { batchedSender } from './batched-send';
import { TurnLoop } from '../practice/turn-loop';
import { IdParams } from './schemas';
import { ownedSession } from './sessions';

export const streamRoutes: FastifyPluginAsyncTypebox = async (app) => {
  // The session's scenario, found once when the upgrade is checked.
  const scenarios = new WeakMap<FastifyRequest, Scenario>();
  app.get(
    '/api/sessions/:id/stream',
    {
      websocket: true,
      schema: { params: IdParams },
      // Refuse unknown and foreign sessions before the upgrade, with the same 404 as HTTP.
      preValidation: async (request) => {
        if (app.lifecycle.draining) throw new ApiError(503, 'draining', 'This server is restarting; connect again.');
        scenarios.set(request, (await ownedSession(app, request, (request.params as { id: string }).id)).scenario);
      },
    },
    (socket, request) => {
      const sessionId = request.params.id;
      const scenario = scenarios.get(request)!;
      const log = request.log.child({ sessionId });
      const send = batchedSender(socket);
      app.lifecycle.track(socket);
      // Every turn of the session reaches this socket, whichever socket or node started it.
      const unsubscribe = app.storage.bus.subscribe(sessionId, (event) => {
        if (event.kind === 'message') send(event.message);
      });
      const loop = new TurnLoop({
        sessionId,
        scenario,
        repos: app.repos,
        engines: app.engines,
        inFlightTurns: app.inFlightTurns,
        bus: app.storage.bus,
        log,
        send: send as (message: ServerMessage) => void,
        draining: () => app.lifecycle.draining,
      });
      socket.on('message', (data, isBinary) => {
        const parsed = parseClientMessage(isBinary ? '' : data.toString());
        if (!parsed.ok) send({ type: 'error', code: 'invalid_message', message: parsed.message });
        else void loop.handle(parsed.message);
      });
      socket.on('close', () => {
        unsubscribe();
        loop.abort();
      });
    },
  );
};
