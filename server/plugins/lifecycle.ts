import fp from 'fastify-plugin';
import type { WebSocket } from 'ws';
import { ApiError } from '../http-errors';

declare module 'fastify' {
  interface FastifyInstance {
    lifecycle: Lifecycle;
  }
}

/** WebSocket close code 1012, "service restart": the client should reconnect (to another node). */
export const SERVICE_RESTART = 1012;

/**
 * A node's draining state: once `drain` starts, the health check says `draining` (the load balancer
 * moves traffic away), no socket is accepted and no turn starts; running turns finish or are
 * interrupted (stored, retryable from another node), then every socket is closed with 1012.
 */
export class Lifecycle {
  draining = false;
  private readonly sockets = new Set<WebSocket>();

  track(socket: WebSocket): void {
    this.sockets.add(socket);
    socket.once('close', () => this.sockets.delete(socket));
  }

  async drain(inFlight: { drain(graceMs: number): Promise<void> }, graceMs: number): Promise<void> {
    this.draining = true;
    await inFlight.drain(graceMs);
    for (const socket of this.sockets) socket.close(SERVICE_RESTART, 'server restarting');
  }
}

export default fp(
  async (app) => {
    const lifecycle = new Lifecycle();
    app.decorate('lifecycle', lifecycle);
    // A draining node takes no new socket; the client's reconnect lands on another node.
    app.addHook('onRequest', async (request) => {
      if (lifecycle.draining && request.headers.upgrade?.toLowerCase() === 'websocket')
        throw new ApiError(503, 'draining', 'This server is restarting; connect again.');
    });
  },
  { name: 'lifecycle' },
);
