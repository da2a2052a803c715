import type { Socket } from 'node:net';
import type { WebSocket } from 'ws';
import type { ServerMessage } from '../practice/messages';

/** Messages a reply produces back to back before the model request goes out. */
const BEFORE_MODEL: ReadonlySet<ServerMessage['type']> = new Set(['turn.saved', 'score']);
/** Streamed words: the first goes out at once, those that follow within `DELTA_WINDOW_MS` share one write. */
const DELTAS: ReadonlySet<ServerMessage['type']> = new Set(['persona.delta', 'feedback.delta']);
/**
 * Two or three words at a typing pace; a reader cannot tell, and the server makes a third of the
 * system calls (the largest cost of a streamed turn in `bench:load`, and expensive in sandboxed hosts).
 */
export const DELTA_WINDOW_MS = 40;

/**
 * Sends JSON messages on a WebSocket, each its own frame, holding some back so several go out in one
 * write: `turn.saved` and `score` for the rest of the current turn of the event loop (one write
 * instead of two, issued after the model request, keeps system calls off the path to the first
 * persona token); streamed words after the first for a short window. Any other message is written at
 * once, after whatever is held, so the order never changes.
 */
export function batchedSender(socket: WebSocket): (message: ServerMessage) => void {
  // ws keeps its net.Socket private; without it every message is simply written at once.
  const raw = (socket as unknown as { _socket?: Socket })._socket;
  let held = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const release = () => {
    if (!held) return;
    held = false;
    clearTimeout(timer);
    raw?.uncork();
  };
  const hold = (ms: number) => {
    if (held || !raw) return;
    held = true;
    raw.cork();
    if (ms > 0) timer = setTimeout(release, ms);
    else setImmediate(release);
  };
  socket.once('close', release);
  return (message) => {
    if (socket.readyState !== socket.OPEN) return;
    const data = JSON.stringify(message);
    if (BEFORE_MODEL.has(message.type)) {
      hold(0);
      socket.send(data);
    } else if (DELTAS.has(message.type)) {
      socket.send(data);
      hold(DELTA_WINDOW_MS);
    } else {
      release();
      socket.send(data);
    }
  };
}
