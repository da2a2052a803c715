import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { ServerMessage } from '../../core/transcript/wire';
import { parseClientMessage } from '../practice/messages';
import { batchedSender } from './batched-send';
import { TurnLoop } from '../practice/turn-loop';
import { IdParams } from './schemas';
import { loadedSession } from './sessions';

/** Stream messages that change what a reader of the session sees. */
const TURN_CHANGES: ReadonlySet<ServerMessage['type']> = new Set(['turn.saved', 'persona.done', 'feedback.done']);

export const streamRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/sessions/:id/stream',
    {
      websocket: true,
      // Only the leader practises; the policy refuses anyone else before the upgrade, with the same 404 as HTTP.
      config: { access: 'session:practise' },
      schema: { params: IdParams },
    },
    (socket, request) => {
      const { row, scenario } = loadedSession(request);
      const log = request.log.child({ sessionId: row.id });
      const sendToLeader = batchedSender(socket);
      const send = (message: ServerMessage) => {
        sendToLeader(message);
        if (TURN_CHANGES.has(message.type)) app.sessionWatchers.publish(row.id, { type: 'session.changed', what: 'turns' });
      };
      const loop = new TurnLoop({
        sessionId: row.id,
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
