import fp from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyInstance {
    inFlightTurns: InFlightTurns;
  }
}

/**
 * At most one turn in flight per practice session, whatever the number of sockets (two tabs,
 * a reconnect racing the old socket), and a handle to abort it when the session ends.
 */
export class InFlightTurns {
  private readonly controllers = new Map<string, AbortController>();

  /** A controller for a new turn, or undefined when one is already running on this session. */
  start(sessionId: string): AbortController | undefined {
    if (this.controllers.has(sessionId)) return undefined;
    const controller = new AbortController();
    this.controllers.set(sessionId, controller);
    return controller;
  }

  finish(sessionId: string, controller: AbortController): void {
    if (this.controllers.get(sessionId) === controller) this.controllers.delete(sessionId);
  }

  abort(sessionId: string): void {
    this.controllers.get(sessionId)?.abort();
  }
}

export default fp(
  async (app) => {
    app.decorate('inFlightTurns', new InFlightTurns());
  },
  { name: 'practice' },
);
