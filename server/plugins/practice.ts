import fp from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyInstance {
    inFlightTurns: InFlightTurns;
  }
}

interface Running {
  controller: AbortController;
  finished: Promise<void>;
  markFinished: () => void;
}

/**
 * At most one turn in flight per practice session, whatever the number of sockets (two tabs,
 * a reconnect racing the old socket), and a handle to abort it when the session ends.
 */
export class InFlightTurns {
  private readonly running = new Map<string, Running>();
  private readonly ending = new Map<string, Promise<void>>();

  /** A controller for a new turn, or undefined when one is already running or the session is ending. */
  start(sessionId: string): AbortController | undefined {
    if (this.running.has(sessionId) || this.ending.has(sessionId)) return undefined;
    let markFinished!: () => void;
    const finished = new Promise<void>((resolve) => (markFinished = resolve));
    const controller = new AbortController();
    this.running.set(sessionId, { controller, finished, markFinished });
    return controller;
  }

  finish(sessionId: string, controller: AbortController): void {
    const running = this.running.get(sessionId);
    if (running?.controller !== controller) return;
    this.running.delete(sessionId);
    running.markFinished();
  }

  /** Aborts the running turn without waiting; `reason` reaches the turn as `signal.reason`. */
  cancel(sessionId: string, reason?: unknown): boolean {
    const running = this.running.get(sessionId);
    running?.controller.abort(reason);
    return running !== undefined;
  }

  /** A turn runs on the session and has not been aborted: it is live, and every socket will see it. */
  isLive(sessionId: string): boolean {
    const running = this.running.get(sessionId);
    return running !== undefined && !running.controller.signal.aborted;
  }

  /** Resolves once no turn runs on the session (at once when none does). */
  async settled(sessionId: string): Promise<void> {
    await this.running.get(sessionId)?.finished;
  }

  isEnding(sessionId: string): boolean {
    return this.ending.has(sessionId);
  }

  /**
   * Ends a session holding the same claim a turn holds: from the first moment no turn may start,
   * a running turn is aborted and stores what it will store, then `end` runs alone. A second end
   * meanwhile waits for the first.
   */
  whileEnding(sessionId: string, end: () => Promise<void>): Promise<void> {
    const current = this.ending.get(sessionId);
    if (current) return current;
    const run = this.abort(sessionId)
      .then(end)
      .finally(() => this.ending.delete(sessionId));
    this.ending.set(sessionId, run);
    return run;
  }

  /** Aborts the running turn and resolves once it has stored what it will store. */
  async abort(sessionId: string): Promise<void> {
    const running = this.running.get(sessionId);
    if (!running) return;
    running.controller.abort();
    await running.finished;
  }
}

export default fp(
  async (app) => {
    app.decorate('inFlightTurns', new InFlightTurns());
  },
  { name: 'practice' },
);
