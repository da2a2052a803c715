import type { FastifyBaseLogger, FastifyRequest, onRequestHookHandler } from 'fastify';
import fp from 'fastify-plugin';
import type { WebSocket } from 'ws';
import { ApiError } from '../http-errors';
import { beforeEverySocket } from '../http/websocket-routes';

// No exception in a WebSocket handler may end the process. Every `{ websocket: true }` route gets
// its socket guarded here, before the route sees it: a listener that throws, or returns a promise
// that rejects, closes that one socket with an `internal` error and is logged once; the server
// keeps serving everyone else. Registered before @fastify/websocket so routes added later are
// covered without doing anything.

type Listener = (...args: unknown[]) => unknown;

const INTERNAL_CLOSE = 1011;

/** Errors `ws` raises for a client's protocol violation (oversized frame, invalid UTF-8, bad opcode...). */
const isProtocolError = (err: unknown): boolean =>
  typeof (err as { code?: unknown } | null)?.code === 'string' && (err as { code: string }).code.startsWith('WS_ERR_');

/** Logs at most once per socket, so a client that repeats a mistake cannot flood the log. */
export function oncePerSocket(): (socket: WebSocket, write: () => void) => void {
  const logged = new WeakSet<WebSocket>();
  return (socket, write) => {
    if (logged.has(socket)) return;
    logged.add(socket);
    write();
  };
}

const logOnce = oncePerSocket();

/** What happens to a socket when its handler fails: one log line, an `internal` error, a close. */
export function failSocket(socket: WebSocket, log: FastifyBaseLogger, err: unknown): void {
  if (isProtocolError(err)) {
    // The client broke the protocol; ws already closes the socket with the right status.
    const { code, message } = err as { code: string; message: string };
    logOnce(socket, () => log.warn({ code, reason: message }, 'websocket client protocol error'));
    return;
  }
  logOnce(socket, () => log.error({ err }, 'websocket handler failed; closing that socket'));
  if (socket.readyState !== socket.OPEN) return;
  try {
    socket.send(JSON.stringify({ type: 'error', code: 'internal', message: 'Something went wrong on our side; please reconnect.' }));
    socket.close(INTERNAL_CLOSE, 'internal error');
  } catch {
    socket.terminate();
  }
}

/** Makes every listener later added to `socket` report throws and rejections to `onFailure`. */
export function guardListeners(socket: WebSocket, onFailure: (err: unknown) => void): void {
  const guard =
    (listener: Listener): Listener =>
    (...args) => {
      try {
        const result = listener.apply(socket, args);
        if (result instanceof Promise) result.catch(onFailure);
        return result;
      } catch (err) {
        onFailure(err);
        return undefined;
      }
    };
  for (const method of ['on', 'addListener', 'once', 'prependListener', 'prependOnceListener'] as const) {
    const original = socket[method].bind(socket) as (event: string, listener: Listener) => WebSocket;
    (socket as unknown as Record<string, unknown>)[method] = (event: string, listener: Listener) => original(event, guard(listener));
  }
}

/** A plain GET on a socket route gets a JSON answer like every other error, not an empty 404. */
const requireUpgrade: onRequestHookHandler = async (request) => {
  if (!(request as { ws?: boolean }).ws)
    throw new ApiError(426, 'upgrade_required', 'This route speaks WebSocket; open it with a WebSocket client.');
};

const asArray = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

export default fp(
  async (app) => {
    beforeEverySocket(
      app,
      (socket, request) => guardListeners(socket, (err) => failSocket(socket, request.log, err)),
      (route) => {
        route.onRequest = [...asArray(route.onRequest), requireUpgrade];
      },
    );
  },
  { name: 'socket-guard' },
);

/** For @fastify/websocket's `errorHandler`: errors on the socket and from the handler itself. */
export function websocketErrorHandler(error: Error, socket: WebSocket, request: FastifyRequest): void {
  failSocket(socket, request.log, error);
  if (!isProtocolError(error) && socket.readyState === socket.CONNECTING) socket.terminate();
}
