import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParamsSchema, type ServerMessage } from '@core/transcript/wire';
import { parseClientMessage } from '../practice/messages';
import { batchedSender } from './batched-send';
import { TurnLoop } from '../practice/turn-loop';
import { closeForAuth } from '../auth/live-sockets';
import { oncePerSocket } from '../plugins/socket-guard';
import { loadedPracticeSession } from './sessions';

/** Stream messages that change what a reader of the session sees. */
const TURN_CHANGES: ReadonlySet<ServerMessage['type']> = new Set(['turn.saved', 'persona.done', 'feedback.done', 'turns.removed']);

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
      const sessionId = row.id;
      const log = request.log.child({ sessionId });
      const toThisSocket = batchedSender(socket);
      app.lifecycle.track(socket);
      // Every socket on the session, on any node, sees every turn as it happens (SessionHub); refusals go to the asker only.
      const unsubscribe = app.sessionHub.subscribe(sessionId, toThisSocket);
      const send = (message: ServerMessage) => {
        app.sessionHub.publish(sessionId, message);
        if (TURN_CHANGES.has(message.type)) app.sessionWatchers.publish(sessionId, { type: 'session.changed', what: 'turns' });
      };
      const loop = new TurnLoop({
        sessionId,
        scenario,
        repos: app.repos,
        engines: app.engines,
        inFlightTurns: app.inFlightTurns,
        log,
        send,
        reply: toThisSocket,
        draining: () => app.lifecycle.draining,
      });
      socket.on('message', async (data, isBinary) => {
        // A socket outlives nothing: logged out or expired since the upgrade means no more replies.
        const authorized = app.authSessionIsLive(request).then(
          (live) => {
            if (!live) closeForAuth(socket);
            return live;
          },
          (err: unknown) => {
            // The database did not answer: this message is refused, the socket stays.
            log.error({ err }, 'could not check the auth session');
            return false;
          },
        );
        const parsed = parseClientMessage(data, isBinary);
        if (parsed.ok) return loop.handle(parsed.message, authorized);
        if (!(await authorized)) return;
        // A careless or hostile client repeats itself: one warning per socket, no stack.
        warnOnce(socket, () => log.warn({ reason: parsed.message }, 'invalid client message'));
        toThisSocket({ type: 'error', code: 'invalid_message', message: parsed.message });
      });
      socket.on('close', () => {
        unsubscribe();
        // The last socket on this node gone: nobody here is watching, so stop paying for the model (the
        // partial reply is stored interrupted; a reconnect resumes it). Another tab on this node keeps it going.
        if (app.sessionHub.listeners(sessionId) === 0) app.inFlightTurns.cancel(sessionId);
      });
      // A reconnect finds a reply cut off by the drop (or a fresh branch awaiting its answer): answer it once.
      // Deferred a tick so the client's message handler is in place before the first message.
      const connected = () => socket.readyState === socket.OPEN;
      setImmediate(
        () =>
          void loop.resume(row.forkTurnIndex, connected).catch((err: unknown) => {
            // A socket gone meanwhile (the server closing with it) has no one to resume for.
            if (connected()) log.error({ err }, 'resume failed');
          }),
      );
    },
  );
};
