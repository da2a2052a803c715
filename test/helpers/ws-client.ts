import type { FastifyInstance } from 'fastify';
import WebSocket from 'ws';
import type { ServerMessage } from '@core/transcript/wire';

// Under vitest, every message a test reads is checked against the one schema of the protocol, so a
// server that drifts from what the web app is typed against fails the stream tests. bench:stream
// reads through this queue too and skips the check: loading TypeBox would cost its process ~1 s of CPU.
const serverMessage = process.env.VITEST
  ? await Promise.all([import('typebox/compile'), import('@core/transcript/wire')]).then(([{ Compile }, { ServerMessageSchema }]) =>
      Compile(ServerMessageSchema),
    )
  : undefined;

/** A WebSocket with a queue of parsed server messages, so tests read them in order. */
export class MessageQueue {
  readonly received: ServerMessage[] = [];
  private cursor = 0;
  private waiters: (() => void)[] = [];

  constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      this.received.push(JSON.parse(data.toString()) as ServerMessage);
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  send(message: unknown): void {
    this.socket.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  /** The next unread message, waiting up to `timeoutMs`. */
  async next(timeoutMs = 5000): Promise<ServerMessage> {
    const deadline = Date.now() + timeoutMs;
    while (this.cursor >= this.received.length) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no message within ${timeoutMs} ms; got so far: ${JSON.stringify(this.received.map((m) => (m.type === 'error' ? `error:${m.code}` : m.type)))}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    const message = this.received[this.cursor++];
    if (serverMessage && !serverMessage.Check(message)) {
      throw new Error(`message off the protocol: ${JSON.stringify(message)}: ${serverMessage.Errors(message)[0]?.message}`);
    }
    return message;
  }

  /** Reads messages until one of `type` arrives; returns everything read, that one last. */
  async until<T extends ServerMessage['type']>(type: T, timeoutMs = 5000): Promise<ServerMessage[]> {
    const seen: ServerMessage[] = [];
    for (;;) {
      const message = await this.next(timeoutMs);
      seen.push(message);
      if (message.type === type) return seen;
    }
  }

  close(): void {
    this.socket.terminate();
  }
}

export async function openStream(app: FastifyInstance, sessionId: string, cookie: string): Promise<MessageQueue> {
  // The queue listens from the moment the socket opens: a reconnect may be answered at once.
  let queue: MessageQueue | undefined;
  const socket = await app.injectWS(`/api/sessions/${sessionId}/stream`, { headers: { cookie } }, { onOpen: (ws) => (queue = new MessageQueue(ws)) });
  return queue ?? new MessageQueue(socket);
}

/** Opens the stream of a session on a listening server (`base` = http://host:port). */
export async function openStreamAt(base: string, sessionId: string, cookie: string): Promise<MessageQueue> {
  const socket = new WebSocket(`${base.replace(/^http/, 'ws')}/api/sessions/${sessionId}/stream`, { headers: { cookie } });
  // Listening before 'open': a first frame (a resumed turn) can arrive in the same chunk as the
  // upgrade and be emitted before an await after 'open' would attach the queue.
  const queue = new MessageQueue(socket);
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  return queue;
}

/**
 * Sends `retry` until the session's claim is free (a killed node's claim lasts until its lease
 * lapses, answering `busy` meanwhile), then reads up to `persona.done`.
 */
export async function retryUntilAnswered(stream: MessageQueue, timeoutMs = 30_000): Promise<ServerMessage[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    stream.send({ type: 'retry' });
    const first = await stream.next(timeoutMs);
    if (first.type !== 'error' || first.code !== 'busy') return [first, ...(first.type === 'persona.done' ? [] : await stream.until('persona.done', timeoutMs))];
    if (Date.now() > deadline) throw new Error('the session stayed busy');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
