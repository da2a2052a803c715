import OpenAI from 'openai';
import type { ResponseFormatJSONSchema } from 'openai/resources/shared';
import type { Static, TSchema } from 'typebox';
import { EngineError } from '../practice/engines';
import type { ChatMessage, ChatModel, JsonOptions, StreamOptions } from './chat-model';
import { toEngineError, type StopReason } from './errors';
import { capRetryAfter } from './retry-after-cap';
import { parseAgainst, repairRequest, toJsonSchema } from './structured-output';

export interface OpenAiClientOptions {
  baseURL: string;
  apiKey?: string;
  /** Per attempt, up to the response headers (the SDK's own timeout). */
  timeoutMs: number;
  /** SDK retries: they only ever happen before the first byte of a response. */
  maxRetries: number;
}

/** Longest `retry-after` the SDK may silently wait out; longer waits go to the client. */
const MAX_SILENT_RETRY_WAIT_MS = 5_000;

export function createOpenAiClient(options: OpenAiClientOptions): OpenAI {
  return new OpenAI({
    baseURL: options.baseURL,
    // Ollama, llama.cpp and vLLM run without a key, but the SDK insists on one.
    apiKey: options.apiKey || 'not-needed',
    timeout: options.timeoutMs,
    maxRetries: options.maxRetries,
    fetch: capRetryAfter(globalThis.fetch, MAX_SILENT_RETRY_WAIT_MS),
    // Engines log every failure once, typed; the SDK's own console output would double it.
    logLevel: 'off',
  });
}

/**
 * ChatModel over any OpenAI-compatible chat-completions endpoint. Everything streams, structured
 * output too, so one idle timer covers a model that stalls after its headers or between chunks
 * (the SDK's timeout stops counting once headers arrive).
 */
export class OpenAiChatModel implements ChatModel {
  // True private: the client holds the API key, and nothing that inspects or logs engines may reach it.
  readonly #client: OpenAI;

  constructor(
    client: OpenAI,
    readonly model: string,
    /** No bytes for this long once the response started aborts the call as `timeout`. */
    private readonly idleTimeoutMs: number,
  ) {
    this.#client = client;
  }

  async *stream(messages: ChatMessage[], { signal }: StreamOptions): AsyncGenerator<string, void> {
    yield* this.complete(messages, signal);
  }

  async json<S extends TSchema>(messages: ChatMessage[], schema: S, { signal, name }: JsonOptions): Promise<Static<S>> {
    const format: ResponseFormatJSONSchema = {
      type: 'json_schema',
      json_schema: { name, schema: toJsonSchema(schema), strict: true },
    };
    const first = await this.collect(messages, signal, format);
    const parsed = parseAgainst(schema, first);
    if (parsed.ok) return parsed.value;
    // One repair round trip: the model sees its own answer and what was wrong with it.
    const retry: ChatMessage[] = [
      ...messages,
      { role: 'assistant', content: first },
      { role: 'user', content: repairRequest(parsed.problem) },
    ];
    const repaired = parseAgainst(schema, await this.collect(retry, signal, format));
    if (repaired.ok) return repaired.value;
    throw new EngineError('bad_response', 'The model gave an unusable structured answer twice.', undefined, {
      cause: new Error(`${name}: ${repaired.problem}`),
    });
  }

  private async collect(messages: ChatMessage[], signal: AbortSignal, format: ResponseFormatJSONSchema): Promise<string> {
    let text = '';
    for await (const delta of this.complete(messages, signal, format)) text += delta;
    return text;
  }

  private async *complete(
    messages: ChatMessage[],
    signal: AbortSignal,
    format?: ResponseFormatJSONSchema,
  ): AsyncGenerator<string, void> {
    if (signal.aborted) throw new EngineError('aborted', 'The request was cancelled.');
    const stop: StopReason = { aborted: false, timedOut: false };
    const upstream = new AbortController();
    const onAbort = () => {
      stop.aborted = true;
      upstream.abort();
    };
    signal.addEventListener('abort', onAbort, { once: true });
    let idle: NodeJS.Timeout | undefined;
    const arm = () => {
      clearTimeout(idle);
      idle = setTimeout(() => {
        stop.timedOut = true;
        upstream.abort();
      }, this.idleTimeoutMs);
    };
    let finished = false;
    try {
      const stream = await this.#client.chat.completions.create(
        { model: this.model, messages, stream: true, ...(format ? { response_format: format } : {}) },
        { signal: upstream.signal },
      );
      arm();
      for await (const chunk of stream) {
        const choice = chunk.choices?.[0];
        if (choice?.finish_reason) finished = true;
        const delta = choice?.delta?.content;
        if (delta) {
          // A slow consumer is not a slow model: the timer sleeps while the delta is held.
          clearTimeout(idle);
          yield delta;
        }
        arm();
      }
      // The SDK ends the iteration quietly when aborted; say why.
      if (stop.aborted || stop.timedOut) throw toEngineError(new Error('stream stopped'), stop, []);
      if (!finished) throw new EngineError('unavailable', 'The model stream ended before the answer was finished.');
    } catch (err) {
      throw toEngineError(err, stop, [this.#client.apiKey ?? '']);
    } finally {
      clearTimeout(idle);
      signal.removeEventListener('abort', onAbort);
      // Also reached when the consumer stops early: close the upstream connection then too.
      if (!finished) upstream.abort();
    }
  }
}
