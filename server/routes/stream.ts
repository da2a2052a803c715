import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParamsSchema, type ServerMessage } from '@core/transcript/wire';
import { parseClientMessage } from '../practice/messages';
import { batchedSender } from './batched-send';
import { TurnLoop } from '../practice/turn-loop';
import { closeForAuth } from '../auth/live-sockets';
import { oncePerSocket } from '../plugins/socket-guard';
import { loadedPracticeSession } from './sessions';

/** Stream messages that change what a reader of the session sees. */
const TURN_CHANGES: ReadonlySet<ServerMessage['type']> = new Set(['turn.saved', 'persona.done', 'feedback.done']);

export const streamRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const warnOnce = oncePerSocket();
  app.get(
    '/api/sessions/:id/stream',
    {
      websocket: true,
      // Only the leader practises; the policy refuses anyone else before the upgrade, with the same 404 as HTTP.
      config: { access: 'session:practise' },
      schema: { params: IdParamsSchema },
    },
    (socket, request) => {
      const { row, scenario } = loadedPracticeSession(request);
      const log = request.log.child({ sessionId: row.id });
      const send = batchedSender(socket);
      app.lifecycle.track(socket);
      // Every turn of the session reaches this socket, whichever socket or node started it.
      const unsubscribe = app.storage.bus.subscribe(row.id, (event) => {
        if (event.kind === 'message') send(event.message);
      });
      const loop = new TurnLoop({
        sessionId: row.id,
        scenario,
        repos: app.repos,
        engines: app.engines,
        inFlightTurns: app.inFlightTurns,
        log,
        publish: (message) => {
          app.storage.bus.publish(row.id, { kind: 'message', message });
          if (TURN_CHANGES.has(message.type)) app.sessionWatchers.publish(row.id, { type: 'session.changed', what: 'turns' });
        },
        send,
        draining: () => app.lifecycle.draining,
      });
      socket.on('message', async (data, isBinary) => {
        // A socket outlives nothing: logged out or expired since the upgrade means no more replies.
        if (!(await app.authSessionIsLive(request))) return closeForAuth(socket);
        const parsed = parseClientMessage(data, isBinary);
        if (parsed.ok) return loop.handle(parsed.message);
        // A careless or hostile client repeats itself: one warning per socket, no stack.
        warnOnce(socket, () => log.warn({ reason: parsed.message }, 'invalid client message'));
        send({ type: 'error', code: 'invalid_message', message: parsed.message });
      });
      socket.on('close', () => {
        unsubscribe();
        loop.abort();
      });
    },
  );
};
