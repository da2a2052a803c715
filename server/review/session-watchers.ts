import type { WebSocket } from 'ws';
import type { SessionEvent } from '@core/review/events';
import { ALL_SESSIONS, type SessionBus } from '../practice/session-bus';
import { BusSessionHub } from '../practice/session-hub';

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
 * every reader at once and a coach's sockets close the moment the leader stops sharing. The per-session
 * fan-out is the same SessionHub as the practice stream's, on the session bus, so readers on every node
 * hear every event; this adds who each socket belongs to, for `endAccess`, which also crosses nodes.
 */
export class SessionWatchers {
  /** Events go out serialised once, whatever the number of readers. */
  private readonly hub: BusSessionHub<string>;
  private readonly watchers = new Map<Watcher, () => void>();

  constructor(private readonly bus: SessionBus) {
    this.hub = new BusSessionHub<string>(
      bus,
      (data) => ({ kind: 'review', data }),
      (event) => (event.kind === 'review' ? event.data : undefined),
    );
    bus.subscribe(ALL_SESSIONS, (event) => {
      if (event.kind === 'access-ended') this.closeHere(event.coachId, event.leaderId);
    });
  }

  watch(sessionId: string, watcher: Watcher): () => void {
    const { socket } = watcher;
    const unsubscribe = this.hub.subscribe(sessionId, (data) => {
      if (socket.readyState === socket.OPEN) socket.send(data);
    });
    this.watchers.set(watcher, unsubscribe);
    return () => this.unwatch(watcher);
  }

  publish(sessionId: string, event: SessionEvent): void {
    this.hub.publish(sessionId, JSON.stringify(event));
  }

  /** Closes every socket `coachId` has on `leaderId`'s sessions, on every node. */
  endAccess(coachId: string, leaderId: string): void {
    this.bus.publish(ALL_SESSIONS, { kind: 'access-ended', coachId, leaderId });
  }

  private closeHere(coachId: string, leaderId: string): void {
    const event = JSON.stringify({ type: 'access.ended' } satisfies SessionEvent);
    for (const w of [...this.watchers.keys()]) {
      if (w.userId !== coachId || w.ownerId !== leaderId) continue;
      this.unwatch(w);
      if (w.socket.readyState === w.socket.OPEN) w.socket.send(event);
      w.socket.close(ACCESS_ENDED_CLOSE, 'access ended');
    }
  }

  private unwatch(watcher: Watcher): void {
    this.watchers.get(watcher)?.();
    this.watchers.delete(watcher);
  }
}
