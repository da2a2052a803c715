import type { Socket } from 'node:net';
import type { WebSocket } from 'ws';
import type { ServerMessage } from '../practice/messages';

/** Messages a reply produces back to back before the model request goes out. */
const BEFORE_MODEL: ReadonlySet<ServerMessage['type']> = new Set(['turn.saved', 'score']);

/**
 * Sends JSON messages on a WebSocket. `turn.saved` and `score` are held for the rest of the current
 * turn of the event loop and written together: one write instead of two, issued after the model
 * request, keeps system calls (expensive in sandboxed hosts) off the path to the first persona
 * token. Anything else is written at once, after whatever is held, so the order never changes.
 */
export function batchedSender(socket: WebSocket): (message: ServerMessage) => void {
  // ws keeps its net.Socket private; without it every message is simply written at once.
  const raw = (socket as unknown as { _socket?: Socket })._socket;
  let held = false;
  const release = () => {
    if (!held) return;
    held = false;
    raw?.uncork();
  };
  return (message) => {
    if (socket.readyState !== socket.OPEN) return;
    if (raw && BEFORE_MODEL.has(message.type)) {
      if (!held) {
        held = true;
        raw.cork();
        setImmediate(release);
      }
    } else {
      release();
    }
    socket.send(JSON.stringify(message));
  };
}
