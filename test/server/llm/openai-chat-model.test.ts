import { Type } from 'typebox';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOpenAiClient, OpenAiChatModel } from '@server/llm/openai-chat-model';
import { startFakeOpenAiServer, type FakeOpenAiServer } from '@test/helpers/fake-openai-server';

let fake: FakeOpenAiServer;

beforeEach(async () => {
  fake = await startFakeOpenAiServer();
});
afterEach(async () => {
  await fake.close();
});

const modelFor = (opts: { timeoutMs?: number; maxRetries?: number; baseURL?: string } = {}) =>
  new OpenAiChatModel(
    createOpenAiClient({
      baseURL: opts.baseURL ?? fake.baseURL,
      apiKey: 'sk-test-secret',
      timeoutMs: opts.timeoutMs ?? 2_000,
      maxRetries: opts.maxRetries ?? 0,
    }),
    'fake-model',
    opts.timeoutMs ?? 2_000,
  );

const hi = [{ role: 'user' as const, content: 'hi' }];
const signal = () => new AbortController().signal;

/** Drains a stream into `into`, so a test can check what arrived before a failure. */
async function drain(stream: AsyncIterable<string>, into: string[] = []): Promise<string[]> {
  for await (const delta of stream) into.push(delta);
  return into;
}

const State = Type.Object(
  { mood: Type.Enum(['calm', 'tense']), facts: Type.Array(Type.String()) },
  { additionalProperties: false },
);

describe('OpenAiChatModel.stream', () => {
  it('yields the deltas in order and sends model, messages, stream and the key', async () => {
    fake.enqueue({ kind: 'text', tokens: ['I ', 'tried ', 'twice.'], delayMs: 5 });
    await expect(drain(modelFor().stream(hi, { signal: signal() }))).resolves.toEqual(['I ', 'tried ', 'twice.']);
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0].body).toMatchObject({ model: 'fake-model', stream: true, messages: hi });
    expect(fake.requests[0].headers.authorization).toBe('Bearer sk-test-secret');
  });

  it('retries a 429 with a short retry-after before the first token, silently', async () => {
    fake.enqueue({ kind: 'status', status: 429, headers: { 'retry-after-ms': '20' } });
    fake.enqueue({ kind: 'text', tokens: ['ok'] });
    await expect(drain(modelFor({ maxRetries: 2 }).stream(hi, { signal: signal() }))).resolves.toEqual(['ok']);
    expect(fake.requests).toHaveLength(2);
  });

  it('surfaces a long retry-after at once as rate_limited with retryAfterMs', async () => {
    fake.enqueue({ kind: 'status', status: 429, headers: { 'retry-after': '30' } });
    await expect(drain(modelFor({ maxRetries: 2 }).stream(hi, { signal: signal() }))).rejects.toMatchObject({
      name: 'EngineError',
      kind: 'rate_limited',
      retryAfterMs: 30_000,
    });
    expect(fake.requests).toHaveLength(1);
  });

  it('maps 5xx after the retries to unavailable', async () => {
    fake.enqueue({ kind: 'status', status: 500, headers: { 'retry-after-ms': '1' } }, 3);
    await expect(drain(modelFor({ maxRetries: 2 }).stream(hi, { signal: signal() }))).rejects.toMatchObject({
      kind: 'unavailable',
    });
    expect(fake.requests).toHaveLength(3);
  });

  it.each([401, 403])('maps %i to auth without retrying', async (status) => {
    fake.enqueue({ kind: 'status', status });
    await expect(drain(modelFor({ maxRetries: 2 }).stream(hi, { signal: signal() }))).rejects.toMatchObject({ kind: 'auth' });
    expect(fake.requests).toHaveLength(1);
  });

  it('maps a 400 (e.g. an unsupported parameter) to bad_response', async () => {
    fake.enqueue({ kind: 'status', status: 400, body: { error: { message: 'response_format not supported' } } });
    await expect(drain(modelFor().stream(hi, { signal: signal() }))).rejects.toMatchObject({ kind: 'bad_response' });
  });

  it('times out a model that never sends a byte, after the SDK retries', async () => {
    fake.enqueue({ kind: 'hang-before-first-byte' }, 2);
    await expect(drain(modelFor({ timeoutMs: 150, maxRetries: 1 }).stream(hi, { signal: signal() }))).rejects.toMatchObject({
      kind: 'timeout',
    });
    expect(fake.requests).toHaveLength(2);
  });

  it('recovers from a hang before the first byte when a retry answers', async () => {
    fake.enqueue({ kind: 'hang-before-first-byte' });
    fake.enqueue({ kind: 'text', tokens: ['back'] });
    await expect(drain(modelFor({ timeoutMs: 150, maxRetries: 1 }).stream(hi, { signal: signal() }))).resolves.toEqual(['back']);
  });

  it('times out a stream that stalls mid-answer and closes the upstream connection', async () => {
    fake.enqueue({ kind: 'hang-mid-stream', tokens: ['So ', 'the '] });
    const got: string[] = [];
    await expect(drain(modelFor({ timeoutMs: 150, maxRetries: 2 }).stream(hi, { signal: signal() }), got)).rejects.toMatchObject({
      kind: 'timeout',
    });
    expect(got).toEqual(['So ', 'the ']);
    await fake.waitForClientClose();
    // Mid-stream failures are never retried: the leader already saw tokens.
    expect(fake.requests).toHaveLength(1);
  });

  it('maps a connection cut mid-stream to unavailable', async () => {
    fake.enqueue({ kind: 'cut-mid-stream', tokens: ['Half '] });
    const got: string[] = [];
    await expect(drain(modelFor().stream(hi, { signal: signal() }), got)).rejects.toMatchObject({ kind: 'unavailable' });
    expect(got).toEqual(['Half ']);
  });

  it('maps a malformed chunk to bad_response', async () => {
    fake.enqueue({ kind: 'malformed-chunk', tokens: ['Fine.'] });
    await expect(drain(modelFor().stream(hi, { signal: signal() }))).rejects.toMatchObject({ kind: 'bad_response' });
  });

  it('treats a stream that ends without a finish reason as unavailable, not complete', async () => {
    fake.enqueue({ kind: 'truncated-stream', tokens: ['Cut'] });
    await expect(drain(modelFor().stream(hi, { signal: signal() }))).rejects.toMatchObject({ kind: 'unavailable' });
  });

  it('maps an unreachable endpoint to unavailable', async () => {
    const gone = await startFakeOpenAiServer();
    const baseURL = gone.baseURL;
    await gone.close();
    await expect(drain(modelFor({ baseURL }).stream(hi, { signal: signal() }))).rejects.toMatchObject({ kind: 'unavailable' });
  });

  it('aborts the upstream request when the caller aborts mid-stream', async () => {
    fake.enqueue({ kind: 'text', tokens: ['a', 'b', 'c', 'd', 'e'], delayMs: 200 });
    const controller = new AbortController();
    const got: string[] = [];
    // Abort on the first token, not after a fixed delay: a loaded machine cannot reorder it.
    const run = (async () => {
      for await (const delta of modelFor().stream(hi, { signal: controller.signal })) {
        got.push(delta);
        controller.abort();
      }
    })();
    await expect(run).rejects.toMatchObject({ kind: 'aborted' });
    await fake.waitForClientClose();
    expect(got).toEqual(['a']);
  });

  it('closes the upstream connection when the consumer stops reading early', async () => {
    fake.enqueue({ kind: 'text', tokens: ['a', 'b', 'c'], delayMs: 100 });
    for await (const delta of modelFor().stream(hi, { signal: signal() })) {
      expect(delta).toBe('a');
      break;
    }
    await fake.waitForClientClose();
  });

  it('refuses to start with an already aborted signal', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(drain(modelFor().stream(hi, { signal: controller.signal }))).rejects.toMatchObject({ kind: 'aborted' });
    expect(fake.requests).toHaveLength(0);
  });
});

describe('OpenAiChatModel.json', () => {
  it('sends the schema as response_format and returns the validated value', async () => {
    fake.enqueue({ kind: 'json', value: { mood: 'calm', facts: ['f1'] } });
    await expect(modelFor().json(hi, State, { signal: signal(), name: 'persona_state' })).resolves.toEqual({
      mood: 'calm',
      facts: ['f1'],
    });
    expect(fake.requests[0].body.response_format).toEqual({
      type: 'json_schema',
      json_schema: {
        name: 'persona_state',
        strict: true,
        schema: {
          type: 'object',
          required: ['mood', 'facts'],
          properties: { mood: { enum: ['calm', 'tense'] }, facts: { type: 'array', items: { type: 'string' } } },
          additionalProperties: false,
        },
      },
    });
  });

  it('accepts JSON wrapped in a Markdown fence', async () => {
    fake.enqueue({ kind: 'json', raw: '```json\n{"mood":"tense","facts":[]}\n```' });
    await expect(modelFor().json(hi, State, { signal: signal(), name: 's' })).resolves.toEqual({ mood: 'tense', facts: [] });
  });

  it('repairs invalid JSON once, showing the model its answer and the problem', async () => {
    fake.enqueue({ kind: 'json', raw: '{"mood": "calm", facts: [' });
    fake.enqueue({ kind: 'json', value: { mood: 'calm', facts: [] } });
    await expect(modelFor().json(hi, State, { signal: signal(), name: 's' })).resolves.toEqual({ mood: 'calm', facts: [] });
    expect(fake.requests).toHaveLength(2);
    const repair = fake.requests[1].body.messages;
    expect(repair.slice(0, 2)).toEqual([...hi, { role: 'assistant', content: '{"mood": "calm", facts: [' }]);
    expect(repair[2]).toMatchObject({ role: 'user', content: expect.stringContaining('not JSON') });
  });

  it('repairs JSON that does not match the schema', async () => {
    fake.enqueue({ kind: 'json', value: { mood: 'furious', facts: [] } });
    fake.enqueue({ kind: 'json', value: { mood: 'tense', facts: [] } });
    await expect(modelFor().json(hi, State, { signal: signal(), name: 's' })).resolves.toEqual({ mood: 'tense', facts: [] });
    expect(fake.requests[1].body.messages[2].content).toContain('/mood');
  });

  it('gives up with bad_response after one failed repair', async () => {
    fake.enqueue({ kind: 'json', raw: 'not json' }, 2);
    await expect(modelFor().json(hi, State, { signal: signal(), name: 's' })).rejects.toMatchObject({ kind: 'bad_response' });
    expect(fake.requests).toHaveLength(2);
  });

  it('times out a structured call that stalls mid-answer', async () => {
    fake.enqueue({ kind: 'hang-mid-stream', tokens: ['{"mood"'] });
    await expect(modelFor({ timeoutMs: 150 }).json(hi, State, { signal: signal(), name: 's' })).rejects.toMatchObject({
      kind: 'timeout',
    });
  });
});
