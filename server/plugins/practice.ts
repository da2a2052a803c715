import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import fp from 'fastify-plugin';
import type { TurnClaimsRepo } from '../db/turn-claims-repo';
import type { SessionBus } from '../practice/session-bus';

declare module 'fastify' {
  interface FastifyInstance {
    inFlightTurns: InFlightTurns;
  }
}

interface Running {
  controller: AbortController;
  finished: Promise<void>;
  markFinished: () => void;
  stop: () => void;
  holder: string;
  /** The turn has done its work and is letting go of its claim (one round trip). */
  releasing: boolean;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** How often a node looks whether a turn it asked another node to stop has let go of its claim. */
const RELEASE_POLL_MS = 50;
/**
 * A reply sent right after a turn's last message may beat the turn's last write (the held-back note
 * with feedback off) or the release of its claim by a round trip or two: a taken claim is waited for
 * this long before the answer is `busy`.
 */
const CONTENDED_WAIT_MS = 250;
const CONTENDED_POLL_MS = 25;
/** Marks a claim held to end the session, not to answer a reply. */
const ENDING = '/end/';

export interface InFlightTurnsDeps {
  claims: TurnClaimsRepo;
  bus: SessionBus;
  nodeId: string;
  leaseMs: number;
  log: FastifyBaseLogger;
}

/**
 * At most one turn in flight per practice session, across sockets (two tabs, a reconnect racing the
 * old socket) and across nodes: a turn holds the session's claim row in the database, renewing its
 * lease while it runs, so a crashed node's claim lapses after `leaseMs`. Also a handle to stop a
 * turn, wherever it runs, when the session ends or this node drains.
 */
export class InFlightTurns {
  private readonly running = new Map<string, Running>();
  /** Sessions whose claim this node is acquiring right now (two local sockets racing). */
  private readonly acquiring = new Set<string>();
  /** Sessions this node is ending (holding their claim while the debrief is written). */
  private readonly ending = new Map<string, Promise<void>>();

  constructor(private readonly deps: InFlightTurnsDeps) {}

  get size(): number {
    return this.running.size;
  }

  /** A controller for a new turn, or undefined when one is already running on this session (on any node). */
  async start(sessionId: string): Promise<AbortController | undefined> {
    if (this.acquiring.has(sessionId)) return undefined;
    const { claims, bus, nodeId, leaseMs, log } = this.deps;
    const holder = `${nodeId}/${randomUUID()}`;
    const waitUntil = Date.now() + CONTENDED_WAIT_MS;
    this.acquiring.add(sessionId);
    let acquired: boolean;
    try {
      const current = this.running.get(sessionId);
      // A turn here that has finished its work is only releasing its claim: the next reply waits for
      // that however slow the database is (a reply sent on its last message is never `busy`).
      if (current?.releasing) await current.finished;
      else if (current && !(await Promise.race([current.finished.then(() => true), sleep(CONTENDED_WAIT_MS).then(() => false)]))) return undefined;
      acquired = await claims.acquire(sessionId, holder, leaseMs);
      while (!acquired && Date.now() < waitUntil) {
        await sleep(CONTENDED_POLL_MS);
        acquired = await claims.acquire(sessionId, holder, leaseMs);
      }
    } finally {
      this.acquiring.delete(sessionId);
    }
    if (!acquired) return undefined;
    let markFinished!: () => void;
    const finished = new Promise<void>((resolve) => (markFinished = resolve));
    const controller = new AbortController();
    // Renew well before the lease lapses; a claim lost meanwhile (this node stalled past its lease
    // and another took over) stops this turn rather than letting two nodes answer.
    const heartbeat = setInterval(() => {
      claims.renew(sessionId, holder, leaseMs).then(
        (held) => held || controller.abort(),
        (err: unknown) => log.warn({ err, sessionId }, 'could not renew a turn claim'),
      );
    }, Math.max(100, Math.floor(leaseMs / 3)));
    heartbeat.unref();
    const unsubscribe = bus.subscribe(sessionId, (event) => event.kind === 'abort' && controller.abort(event.reason));
    const stop = () => {
      clearInterval(heartbeat);
      unsubscribe();
    };
    this.running.set(sessionId, { controller, finished, markFinished, stop, holder, releasing: false });
    return controller;
  }

  async finish(sessionId: string, controller: AbortController): Promise<void> {
    const running = this.running.get(sessionId);
    if (running?.controller !== controller) return;
    running.stop();
    running.releasing = true;
    try {
      await this.deps.claims.release(sessionId, running.holder);
    } catch (err) {
      // The lease lapses on its own.
      this.deps.log.warn({ err, sessionId }, 'could not release a turn claim');
    } finally {
      this.running.delete(sessionId);
      running.markFinished();
    }
  }

  /** Aborts the turn running on this node without waiting; `reason` reaches the turn as `signal.reason`. */
  cancel(sessionId: string, reason?: unknown): boolean {
    const running = this.running.get(sessionId);
    running?.controller.abort(reason);
    return running !== undefined;
  }

  /**
   * The leader's stop: the session's turn, on this node or another, is aborted with the reason
   * `stopped` (its partial reply is kept as stopped). False when no turn runs.
   */
  async stop(sessionId: string): Promise<boolean> {
    // A turn already letting go of its claim (its answer, or its refusal, is sent) has nothing left to
    // stop; on PostgreSQL the release is a round trip, and a stop sent right after a refusal landed in it.
    if (this.running.get(sessionId)?.releasing) return false;
    if (this.cancel(sessionId, 'stopped')) return true;
    const holder = await this.deps.claims.holder(sessionId);
    if (!holder || holder.includes(ENDING)) return false;
    this.deps.bus.publish(sessionId, { kind: 'abort', reason: 'stopped' });
    return true;
  }

  /** A turn runs, or is being claimed, on this node (aborted or not). */
  runsHere(sessionId: string): boolean {
    return this.running.has(sessionId) || this.acquiring.has(sessionId);
  }

  /** A turn runs on the session (on any node) and has not been aborted: every socket will see it. */
  async isLive(sessionId: string): Promise<boolean> {
    const running = this.running.get(sessionId);
    if (running) return !running.controller.signal.aborted;
    if (this.acquiring.has(sessionId)) return true;
    const holder = await this.deps.claims.holder(sessionId);
    return holder !== undefined && !holder.includes(ENDING);
  }

  /** Resolves once no turn runs on the session here (at once when none does). */
  async settled(sessionId: string): Promise<void> {
    await this.running.get(sessionId)?.finished;
  }

  /**
   * Stops the session's running turn and resolves once it has stored what it will store and let go
   * of its claim; a turn on another node is asked over the bus.
   */
  async abort(sessionId: string): Promise<void> {
    const running = this.running.get(sessionId);
    if (running) {
      running.controller.abort();
      await running.finished;
      return;
    }
    const { claims, bus, leaseMs } = this.deps;
    const holder = await claims.holder(sessionId);
    if (!holder || holder.includes(ENDING)) return;
    bus.publish(sessionId, { kind: 'abort' });
    const deadline = Date.now() + leaseMs + 1000;
    while ((await claims.holder(sessionId)) === holder && Date.now() < deadline) await sleep(RELEASE_POLL_MS);
  }

  /** Whether the session's claim is held by an ending (here or on another node) rather than a turn. */
  async isEnding(sessionId: string): Promise<boolean> {
    if (this.ending.has(sessionId)) return true;
    return (await this.deps.claims.holder(sessionId))?.includes(ENDING) ?? false;
  }

  /**
   * Ends a session holding the same claim a turn holds: a running turn (on any node) is stopped and
   * stores what it will store, then no turn may start until `end` has run. A second end on this
   * node meanwhile waits for the first; on another node, it waits for the claim.
   */
  whileEnding(sessionId: string, end: () => Promise<void>): Promise<void> {
    const current = this.ending.get(sessionId);
    if (current) return current;
    const run = this.holdForEnding(sessionId, end).finally(() => this.ending.delete(sessionId));
    this.ending.set(sessionId, run);
    return run;
  }

  private async holdForEnding(sessionId: string, end: () => Promise<void>): Promise<void> {
    const { claims, nodeId, leaseMs } = this.deps;
    const holder = `${nodeId}${ENDING}${randomUUID()}`;
    const deadline = Date.now() + leaseMs + 1000;
    await this.abort(sessionId);
    while (!(await claims.acquire(sessionId, holder, leaseMs))) {
      if (Date.now() > deadline) throw new Error(`session ${sessionId} stayed claimed; could not end it`);
      await this.abort(sessionId);
      await sleep(RELEASE_POLL_MS);
    }
    const heartbeat = setInterval(() => void claims.renew(sessionId, holder, leaseMs).catch(() => {}), Math.max(100, Math.floor(leaseMs / 3)));
    heartbeat.unref();
    try {
      await end();
    } finally {
      clearInterval(heartbeat);
      await claims.release(sessionId, holder).catch(() => {});
    }
  }

  /** Lets running turns finish for up to `graceMs`, then interrupts the rest and waits for them to store it. */
  async drain(graceMs: number): Promise<void> {
    const all = () => Promise.all([...this.running.values()].map((running) => running.finished));
    const timedOut = await Promise.race([all().then(() => false), sleep(graceMs).then(() => true)]);
    if (!timedOut) return;
    for (const running of this.running.values()) running.controller.abort();
    await all();
  }
}

export default fp<{ leaseMs: number }>(
  async (app, { leaseMs }) => {
    app.decorate(
      'inFlightTurns',
      new InFlightTurns({ claims: app.repos.turnClaims, bus: app.storage.bus, nodeId: app.nodeId, leaseMs, log: app.log }),
    );
  },
  { name: 'practice', dependencies: ['db'] },
);
