import type { ServerMessage } from '@core/transcript/wire';

// Live fan-out: every socket on a session receives every turn of that session as it happens (two tabs,
// a phone and a laptop). Behind this small interface so a later move to PostgreSQL LISTEN/NOTIFY, for
// several server processes, changes one file.

// The review sockets' fan-out (server/review/session-watchers.ts) is this same hub, carrying
// SessionEvents instead of stream messages.

export type SessionListener<M = ServerMessage> = (message: M) => void;

export interface SessionHub<M = ServerMessage> {
  /** Starts delivering the session's messages to `listener`; returns the unsubscribe function. */
  subscribe(sessionId: string, listener: SessionListener<M>): () => void;
  publish(sessionId: string, message: M): void;
  /** How many listeners the session has here. */
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
