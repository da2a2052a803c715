import type { ServerMessage } from './messages';

/**
 * What travels on a session's channel: a stream message for every practice socket on it, a request
 * to stop its running turn (`stopped`: the leader asked, the partial reply is kept as stopped), or a
 * review event (serialised once) for its readers' sockets. On `ALL_SESSIONS`: a coach's access to a
 * leader's sessions ended, or an auth session was logged out (its sockets close on every node).
 */
export type BusEvent =
  | { kind: 'message'; message: ServerMessage }
  | { kind: 'abort'; reason?: 'stopped' }
  | { kind: 'review'; data: string }
  | { kind: 'access-ended'; coachId: string; leaderId: string }
  | { kind: 'auth-ended'; tokenHash: string };

/** The channel of events about no one session. */
export const ALL_SESSIONS = '*';

export type SessionListener = (event: BusEvent) => void;

/**
 * Live fan-out of a practice session's events to every listener on it, wherever the listener's node
 * is. Events from one publisher arrive in the order they were published.
 */
export interface SessionBus {
  publish(sessionId: string, event: BusEvent): void;
  /** Returns the unsubscribe function. */
  subscribe(sessionId: string, listener: SessionListener): () => void;
  close(): Promise<void>;
}

/** One process (SQLite): listeners are called synchronously, in subscription order. */
export class LocalSessionBus implements SessionBus {
  private readonly listeners = new Map<string, Set<SessionListener>>();

  publish(sessionId: string, event: BusEvent): void {
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
  protected deliver(sessionId: string, event: BusEvent): void {
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
