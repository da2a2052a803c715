import type { WebSocket } from 'ws';

// Sockets opened under each auth session (by token hash), so logging out or the session
// expiring closes them (issue #7, defect 6) instead of leaving a socket that still stores replies.

/** Close code sent when the auth session behind a socket has ended (4000-4999: application). */
export const AUTH_ENDED_CLOSE = 4401;

export class LiveSockets {
  private readonly byToken = new Map<string, Set<WebSocket>>();

  add(tokenHash: string, socket: WebSocket): void {
    const sockets = this.byToken.get(tokenHash) ?? new Set<WebSocket>();
    this.byToken.set(tokenHash, sockets);
    sockets.add(socket);
    socket.once('close', () => {
      sockets.delete(socket);
      if (sockets.size === 0 && this.byToken.get(tokenHash) === sockets) this.byToken.delete(tokenHash);
    });
  }

  /** Tells each socket of this auth session why, then closes it. */
  closeAll(tokenHash: string): void {
    for (const socket of this.byToken.get(tokenHash) ?? []) closeForAuth(socket);
    this.byToken.delete(tokenHash);
  }

  /** Closes the sockets of every auth session that is no longer live (expired or deleted). */
  async sweep(isLive: (tokenHash: string) => Promise<boolean>): Promise<void> {
    for (const tokenHash of [...this.byToken.keys()]) if (!(await isLive(tokenHash))) this.closeAll(tokenHash);
  }

  get size(): number {
    let n = 0;
    for (const sockets of this.byToken.values()) n += sockets.size;
    return n;
  }
}

export function closeForAuth(socket: WebSocket): void {
  if (socket.readyState !== socket.OPEN) return;
  socket.send(JSON.stringify({ type: 'error', code: 'unauthorized', message: 'You have been logged out; log in again to keep practising.' }));
  socket.close(AUTH_ENDED_CLOSE, 'logged out');
}
