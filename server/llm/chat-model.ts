import type { Static, TSchema } from 'typebox';

// The narrow port every model-backed engine uses. One adapter speaks the OpenAI chat-completions
// protocol (server/llm/openai-chat-model.ts); tests point it at a loopback fake server.
// Failures surface as EngineError (server/practice/engines.ts) with a typed kind.

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface StreamOptions {
  signal: AbortSignal;
}

export interface JsonOptions {
  signal: AbortSignal;
  /** Names the schema in `response_format` (letters, digits, `_` and `-`). */
  name: string;
}

export interface ChatModel {
  readonly model: string;
  /** Yields text deltas as they arrive; ends only when the model finished its answer. */
  stream(messages: ChatMessage[], options: StreamOptions): AsyncGenerator<string, void>;
  /** Structured output validated against `schema`; one repair round-trip when the model's JSON is invalid. */
  json<S extends TSchema>(messages: ChatMessage[], schema: S, options: JsonOptions): Promise<Static<S>>;
}
