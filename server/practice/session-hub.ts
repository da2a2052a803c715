import type { ServerMessage } from '@core/transcript/wire';
import type { BusEvent, SessionBus } from './session-bus';

// Live fan-out: every socket on a session receives every turn of that session as it happens (two tabs,
// a phone and a laptop, a coach watching), whichever node the socket sits on. The review sockets'
// fan-out (server/review/session-watchers.ts) is this same hub, carrying serialised SessionEvents.

export type SessionListener<M = ServerMessage> = (message: M) => void;

export interface SessionHub<M = ServerMessage> {
  /** Starts delivering the session's messages to `listener`; returns the unsubscribe function. */
  subscribe(sessionId: string, listener: SessionListener<M>): () => void;
  publish(sessionId: string, message: M): void;
  /** How many listeners the session has on this node. */
  listeners(sessionId: string): number;
}

/** One process: a map of listener sets. A throwing listener (a socket gone bad) never stops the others. */
export class InProcessSessionHub<M = ServerMessage> implements SessionHub<M> {
  private readonly bySession = new Map<string, Set<SessionListener<M>>>();

  subscribe(sessionId: string, listener: SessionListener<M>): () => void {
    let set = this.bySession.get(sessionId);
    if (!set) this.bySession.set(sessionId, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0 && this.bySession.get(sessionId) === set) this.bySession.delete(sessionId);
    };
  }

  publish(sessionId: string, message: M): void {
    for (const listener of [...(this.bySession.get(sessionId) ?? [])]) {
      try {
        listener(message);
      } catch {
        // The listener's socket is closing; its own close handler unsubscribes it.
      }
    }
  }

  listeners(sessionId: string): number {
    return this.bySession.get(sessionId)?.size ?? 0;
  }
}

/**
 * The hub across nodes: messages go out on the session bus (in-process on SQLite, LISTEN/NOTIFY on
 * PostgreSQL) and come back to this node's listeners, through one bus subscription per session
 * however many sockets this node has on it.
 */
export class BusSessionHub<M> implements SessionHub<M> {
  private readonly local = new InProcessSessionHub<M>();
  private readonly onBus = new Map<string, () => void>();

  constructor(
    private readonly bus: SessionBus,
    private readonly wrap: (message: M) => BusEvent,
    private readonly unwrap: (event: BusEvent) => M | undefined,
  ) {}

  subscribe(sessionId: string, listener: SessionListener<M>): () => void {
    const unsubscribe = this.local.subscribe(sessionId, listener);
    if (!this.onBus.has(sessionId))
      this.onBus.set(
        sessionId,
        this.bus.subscribe(sessionId, (event) => {
          const message = this.unwrap(event);
          if (message !== undefined) this.local.publish(sessionId, message);
        }),
      );
    return () => {
      unsubscribe();
      if (this.local.listeners(sessionId) > 0) return;
      this.onBus.get(sessionId)?.();
      this.onBus.delete(sessionId);
    };
  }

  publish(sessionId: string, message: M): void {
    this.bus.publish(sessionId, this.wrap(message));
  }

  listeners(sessionId: string): number {
    return this.local.listeners(sessionId);
  }
}

/** The practice stream's hub: stream messages on the bus. */
export const streamHub = (bus: SessionBus): SessionHub =>
  new BusSessionHub<ServerMessage>(
    bus,
    (message) => ({ kind: 'message', message }),
    (event) => (event.kind === 'message' ? event.message : undefined),
  );
