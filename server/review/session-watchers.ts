import type { WebSocket } from 'ws';
import type { SessionEvent } from '@core/review/events';

/** Close code for a socket whose reader lost access (the leader stopped sharing). */
export const ACCESS_ENDED_CLOSE = 4404;

interface Watcher {
  socket: WebSocket;
  userId: string;
  /** The leader whose session it is. */
  ownerId: string;
}

/**
 * Open review sockets (GET /api/sessions/:id/events), per session, so annotations and new turns reach
 * every reader at once and a coach's sockets close the moment the leader stops sharing.
 */
export class SessionWatchers {
  private readonly bySession = new Map<string, Set<Watcher>>();

  watch(sessionId: string, watcher: Watcher): () => void {
    const set = this.bySession.get(sessionId) ?? new Set<Watcher>();
    this.bySession.set(sessionId, set);
    set.add(watcher);
    return () => {
      set.delete(watcher);
      if (set.size === 0) this.bySession.delete(sessionId);
    };
  }

  publish(sessionId: string, event: SessionEvent): void {
    const data = JSON.stringify(event);
    for (const w of this.bySession.get(sessionId) ?? []) if (w.socket.readyState === w.socket.OPEN) w.socket.send(data);
  }

  /** Closes every socket `coachId` has on `leaderId`'s sessions; returns how many. */
  endAccess(coachId: string, leaderId: string): number {
    let closed = 0;
    const event = JSON.stringify({ type: 'access.ended' } satisfies SessionEvent);
    for (const set of this.bySession.values()) {
      for (const w of [...set]) {
        if (w.userId !== coachId || w.ownerId !== leaderId) continue;
        set.delete(w);
        if (w.socket.readyState === w.socket.OPEN) w.socket.send(event);
        w.socket.close(ACCESS_ENDED_CLOSE, 'access ended');
        closed += 1;
      }
    }
    return closed;
  }
}
