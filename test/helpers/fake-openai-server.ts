import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';

// A real HTTP server on 127.0.0.1 speaking just enough of POST /v1/chat/completions for the real
// `openai` SDK: plain and streamed (SSE) completions, plus the faults a live backend produces.
// Each incoming request takes the next scripted response from a queue (then the fallback handler),
// so a test states exactly what the "model" does, including across the SDK's own retries.

export type FakeResponse =
  /** Content sent token by token when the request streams, in one completion otherwise. */
  | { kind: 'text'; tokens: string[]; delayMs?: number; firstTokenDelayMs?: number }
  /** Content is JSON.stringify(value) (or `raw` verbatim, for invalid JSON), chunked like text. */
  | { kind: 'json'; value?: unknown; raw?: string }
  | { kind: 'status'; status: number; body?: unknown; headers?: Record<string, string> }
  /** Accepts the request and never answers: not even headers. */
  | { kind: 'hang-before-first-byte' }
  /** Streams `tokens`, then keeps the connection open with nothing more. */
  | { kind: 'hang-mid-stream'; tokens: string[] }
  /** Streams `tokens`, then destroys the TCP connection without finishing the response. */
  | { kind: 'cut-mid-stream'; tokens: string[] }
  /** Streams `tokens`, then a `data:` line that is not JSON. */
  | { kind: 'malformed-chunk'; tokens: string[] }
  /** Streams `tokens` and ends the response cleanly, but without a finish_reason or [DONE]. */
  | { kind: 'truncated-stream'; tokens: string[] };

export interface RecordedRequest {
  /** performance.now() when the body had arrived. */
  receivedAt: number;
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read whatever JSON the SDK sent
  body: any;
}

export interface FakeOpenAiServer {
  /** Base URL for the SDK, e.g. http://127.0.0.1:PORT/v1 */
  baseURL: string;
  requests: RecordedRequest[];
  /** Queues responses; `times` repeats one (handy for hangs met again by SDK retries). */
  enqueue(response: FakeResponse, times?: number): void;
  /** Answers requests once the queue is empty (default: 500 "no scripted response"). */
  fallback(handler: (req: RecordedRequest) => FakeResponse): void;
  /** Resolves at the next (or an already seen, not yet awaited) response the client closed before it ended. */
  waitForClientClose(timeoutMs?: number): Promise<void>;
  /** How many responses the client closed before they ended. */
  clientCloses(): number;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Splits a string into a few pieces so structured output also arrives as several deltas. */
const pieces = (text: string, size = 8): string[] => {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
};

let completionCounter = 0;

function chunkShape(model: string, id: string, delta: object, finishReason: string | null) {
  return {
    id,
    object: 'chat.completion.chunk',
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [{ index: 0, delta, finish_reason: finishReason, logprobs: null }],
  };
}

function completionShape(model: string, content: string) {
  return {
    id: `chatcmpl-fake-${++completionCounter}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [{ index: 0, message: { role: 'assistant', content, refusal: null }, finish_reason: 'stop', logprobs: null }],
    usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
  };
}

class SseWriter {
  private readonly id = `chatcmpl-fake-${++completionCounter}`;
  constructor(
    private readonly res: ServerResponse,
    private readonly model: string,
  ) {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
    res.flushHeaders();
  }
  get open(): boolean {
    return !this.res.destroyed && !this.res.writableEnded;
  }
  data(payload: object | string): void {
    if (!this.open) return;
    this.res.write(`data: ${typeof payload === 'string' ? payload : JSON.stringify(payload)}\n\n`);
  }
  role(): void {
    this.data(chunkShape(this.model, this.id, { role: 'assistant', content: '' }, null));
  }
  token(text: string): void {
    this.data(chunkShape(this.model, this.id, { content: text }, null));
  }
  finish(): void {
    this.data(chunkShape(this.model, this.id, {}, 'stop'));
    this.data('[DONE]');
    if (this.open) this.res.end();
  }
}

async function streamTokens(sse: SseWriter, tokens: string[], delayMs = 0, firstTokenDelayMs = 0): Promise<void> {
  sse.role();
  for (const [i, token] of tokens.entries()) {
    const wait = i === 0 ? firstTokenDelayMs : delayMs;
    if (wait > 0) await sleep(wait);
    if (!sse.open) return;
    sse.token(token);
  }
}

export async function startFakeOpenAiServer(): Promise<FakeOpenAiServer> {
  const queue: FakeResponse[] = [];
  const requests: RecordedRequest[] = [];
  let fallbackHandler: ((req: RecordedRequest) => FakeResponse) | undefined;
  let closes = 0;
  let closesAwaited = 0;
  const closeWaiters = new Set<() => void>();

  const noteClientClose = () => {
    closes++;
    for (const wake of closeWaiters) wake();
  };

  async function respond(res: ServerResponse, recorded: RecordedRequest, script: FakeResponse): Promise<void> {
    const model = String(recorded.body?.model ?? 'fake-model');
    const streaming = recorded.body?.stream === true;
    // A response the server never finished, closed from the other side, is what "the client
    // aborted the upstream request" looks like on the wire.
    res.on('close', () => {
      if (!res.writableEnded) noteClientClose();
    });

    switch (script.kind) {
      case 'status': {
        res.writeHead(script.status, { 'content-type': 'application/json', ...script.headers });
        res.end(JSON.stringify(script.body ?? { error: { message: `fake status ${script.status}`, type: 'fake_error' } }));
        return;
      }
      case 'hang-before-first-byte':
        return;
      case 'text':
      case 'json': {
        const tokens =
          script.kind === 'text' ? script.tokens : pieces(script.raw ?? JSON.stringify(script.value ?? null));
        if (!streaming) {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify(completionShape(model, tokens.join(''))));
          return;
        }
        const sse = new SseWriter(res, model);
        if (script.kind === 'text') await streamTokens(sse, tokens, script.delayMs, script.firstTokenDelayMs);
        else await streamTokens(sse, tokens);
        sse.finish();
        return;
      }
      case 'hang-mid-stream': {
        await streamTokens(new SseWriter(res, model), script.tokens);
        return;
      }
      case 'cut-mid-stream': {
        await streamTokens(new SseWriter(res, model), script.tokens);
        // Let the tokens reach the client before the connection dies under them.
        await sleep(20);
        res.socket?.destroy();
        return;
      }
      case 'malformed-chunk': {
        const sse = new SseWriter(res, model);
        await streamTokens(sse, script.tokens);
        sse.data('{"choices": [ this is not json');
        await sleep(20);
        if (sse.open) res.end();
        return;
      }
      case 'truncated-stream': {
        const sse = new SseWriter(res, model);
        await streamTokens(sse, script.tokens);
        res.end();
        return;
      }
    }
  }

  const server = createServer((req, res) => {
    void (async () => {
      const raw = await readBody(req);
      let body: unknown;
      try {
        body = raw ? JSON.parse(raw) : undefined;
      } catch {
        body = raw;
      }
      const recorded: RecordedRequest = { receivedAt: performance.now(), method: req.method ?? '', path: req.url ?? '', headers: req.headers, body };
      requests.push(recorded);
      if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { message: `fake: no route ${req.method} ${req.url}` } }));
        return;
      }
      const script = queue.shift() ?? fallbackHandler?.(recorded) ?? {
        kind: 'status',
        status: 500,
        headers: { 'x-should-retry': 'false' },
        body: { error: { message: 'fake: no scripted response' } },
      };
      await respond(res, recorded, script);
    })().catch((err: unknown) => {
      res.destroy(err instanceof Error ? err : new Error(String(err)));
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    enqueue(response, times = 1) {
      for (let i = 0; i < times; i++) queue.push(response);
    },
    fallback(handler) {
      fallbackHandler = handler;
    },
    clientCloses: () => closes,
    waitForClientClose(timeoutMs = 5_000) {
      return new Promise<void>((resolve, reject) => {
        const check = () => {
          if (closes <= closesAwaited) return false;
          closesAwaited++;
          closeWaiters.delete(check);
          clearTimeout(timer);
          resolve();
          return true;
        };
        const timer = setTimeout(() => {
          closeWaiters.delete(check);
          reject(new Error(`fake: no client close within ${timeoutMs} ms`));
        }, timeoutMs);
        if (!check()) closeWaiters.add(check);
      });
    },
    close() {
      server.closeAllConnections();
      return new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
    },
  };
}

// Kept importable from here too: other suites script Askwell's calls through this module.
export { askwellCall, scriptAskwellCalls, type AskwellCall } from './fake-askwell-calls';
