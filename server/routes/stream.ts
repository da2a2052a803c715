import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import type { Scenario } from '../../core/scenario/schema';
import { parseClientMessage } from '../practice/messages';
import { batchedSender } from './batched-send';
import { TurnLoop } from '../practice/turn-loop';
import { IdParamsSchema } from '../../core/transcript/wire';
import { ownedSession } from './sessions';

export const streamRoutes: FastifyPluginAsyncTypebox = async (app) => {
  // The session's scenario, found once when the upgrade is checked.
  const scenarios = new WeakMap<FastifyRequest, Scenario>();
  app.get(
    '/api/sessions/:id/stream',
    {
      websocket: true,
      schema: { params: IdParamsSchema },
      // Refuse unknown and foreign sessions before the upgrade, with the same 404 as HTTP.
      preValidation: async (request) => {
        scenarios.set(request, ownedSession(app, request, (request.params as { id: string }).id).scenario);
      },
    },
    (socket, request) => {
      const scenario = scenarios.get(request)!;
      const log = request.log.child({ sessionId: request.params.id });
      const send = batchedSender(socket);
      const loop = new TurnLoop({
        sessionId: request.params.id,
        scenario,
        repos: app.repos,
        engines: app.engines,
        inFlightTurns: app.inFlightTurns,
        log,
        send,
      });
      socket.on('message', (data, isBinary) => {
        const parsed = parseClientMessage(isBinary ? '' : data.toString());
        if (!parsed.ok) send({ type: 'error', code: 'invalid_message', message: parsed.message });
        else void loop.handle(parsed.message);
      });
      socket.on('close', () => loop.abort());
    },
  );
};
