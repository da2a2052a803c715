import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import type { WebSocket } from 'ws';

type WsHandler = (this: unknown, socket: WebSocket, request: FastifyRequest) => unknown;
export type WebsocketRoute = RouteOptions & { websocket?: boolean };

/**
 * Runs `before` on every socket of every `{ websocket: true }` route registered after this call,
 * before the route's own handler sees the socket. Must be called before @fastify/websocket is
 * registered: its own onRoute hook replaces the handler, so later hooks would see the wrong one.
 */
export function beforeEverySocket(
  app: FastifyInstance,
  before: (socket: WebSocket, request: FastifyRequest) => void,
  onRoute?: (route: WebsocketRoute) => void,
): void {
  app.addHook('onRoute', (route: WebsocketRoute) => {
    if (!route.websocket) return;
    const handler = route.handler as unknown as WsHandler;
    route.handler = function withSocketHook(this: unknown, socket: WebSocket, request: FastifyRequest) {
      before(socket, request);
      return handler.call(this, socket, request);
    } as unknown as RouteOptions['handler'];
    onRoute?.(route);
  });
}
