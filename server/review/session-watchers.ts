import type { WebSocket } from 'ws';
import type { SessionEvent } from '@core/review/events';
import { InProcessSessionHub } from '../practice/session-hub';

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
 * fan-out is the practice stream's SessionHub; this adds who each socket belongs to, for `endAccess`.
 */
export class SessionWatchers {
  /** Events go out serialised once, whatever the number of readers. */
  private readonly hub = new InProcessSessionHub<string>();
  private readonly watchers = new Map<Watcher, () => void>();

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

  /** Closes every socket `coachId` has on `leaderId`'s sessions; returns how many. */
  endAccess(coachId: string, leaderId: string): number {
    let closed = 0;
    const event = JSON.stringify({ type: 'access.ended' } satisfies SessionEvent);
    for (const w of [...this.watchers.keys()]) {
      if (w.userId !== coachId || w.ownerId !== leaderId) continue;
      this.unwatch(w);
      if (w.socket.readyState === w.socket.OPEN) w.socket.send(event);
      w.socket.close(ACCESS_ENDED_CLOSE, 'access ended');
      closed += 1;
    }
    return closed;
  }

  private unwatch(watcher: Watcher): void {
    this.watchers.get(watcher)?.();
    this.watchers.delete(watcher);
  }
}
