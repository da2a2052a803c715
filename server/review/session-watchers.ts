import type { WebSocket } from 'ws';
import type { SessionEvent } from '@core/review/events';
import { ALL_SESSIONS, type SessionBus } from '../practice/session-bus';

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
 * every reader at once and a coach's sockets close the moment the leader stops sharing. Events go
 * through the session bus, so readers on every node hear them.
 */
export class SessionWatchers {
  private readonly bySession = new Map<string, Set<Watcher>>();

  constructor(private readonly bus: SessionBus) {
    bus.subscribe(ALL_SESSIONS, (event) => {
      if (event.kind === 'access-ended') this.closeLocal(event.coachId, event.leaderId);
    });
  }

  watch(sessionId: string, watcher: Watcher): () => void {
    const set = this.bySession.get(sessionId) ?? new Set<Watcher>();
    this.bySession.set(sessionId, set);
    set.add(watcher);
    const unsubscribe = this.bus.subscribe(sessionId, (event) => {
      if (event.kind === 'review' && watcher.socket.readyState === watcher.socket.OPEN) watcher.socket.send(JSON.stringify(event.event));
    });
    return () => {
      unsubscribe();
      set.delete(watcher);
      if (set.size === 0 && this.bySession.get(sessionId) === set) this.bySession.delete(sessionId);
    };
  }

  publish(sessionId: string, event: SessionEvent): void {
    this.bus.publish(sessionId, { kind: 'review', event });
  }

  /** Closes every socket `coachId` has on `leaderId`'s sessions, on every node. */
  endAccess(coachId: string, leaderId: string): void {
    this.bus.publish(ALL_SESSIONS, { kind: 'access-ended', coachId, leaderId });
  }

  private closeLocal(coachId: string, leaderId: string): void {
    const event = JSON.stringify({ type: 'access.ended' } satisfies SessionEvent);
    for (const set of this.bySession.values()) {
      for (const w of [...set]) {
        if (w.userId !== coachId || w.ownerId !== leaderId) continue;
        set.delete(w);
        if (w.socket.readyState === w.socket.OPEN) w.socket.send(event);
        w.socket.close(ACCESS_ENDED_CLOSE, 'access ended');
      }
    }
  }
}
