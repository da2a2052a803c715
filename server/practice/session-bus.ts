import type { ServerMessage } from './messages';

/** What travels on a session's channel: a message for every socket on it, or a request to stop its turn. */
export type SessionEvent = { kind: 'message'; message: ServerMessage } | { kind: 'abort' };

export type SessionListener = (event: SessionEvent) => void;

/**
 * Live fan-out of a practice session's events to every listener on it, wherever the listener's node
 * is. Events from one publisher arrive in the order they were published.
 */
export interface SessionBus {
  publish(sessionId: string, event: SessionEvent): void;
  /** Returns the unsubscribe function. */
  subscribe(sessionId: string, listener: SessionListener): () => void;
  close(): Promise<void>;
}

/** One process (SQLite): listeners are called synchronously, in subscription order. */
export class LocalSessionBus implements SessionBus {
  private readonly listeners = new Map<string, Set<SessionListener>>();

  publish(sessionId: string, event: SessionEvent): void {
    this.deliver(sessionId, event);
  }

  subscribe(sessionId: string, listener: SessionListener): () => void {
    let set = this.listeners.get(sessionId);
    if (!set) this.listeners.set(sessionId, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0 && this.listeners.get(sessionId) === set) this.listeners.delete(sessionId);
    };
  }

  /** Calls this node's listeners; one failing listener does not starve the others. */
  protected deliver(sessionId: string, event: SessionEvent): void {
    const set = this.listeners.get(sessionId);
    if (!set) return;
    for (const listener of [...set]) {
      try {
        listener(event);
      } catch {
        // A listener is a socket send; a broken socket is cleaned up by its own close handler.
      }
    }
  }

  protected hasListeners(sessionId: string): boolean {
    return this.listeners.has(sessionId);
  }

  async close(): Promise<void> {
    this.listeners.clear();
  }
}
