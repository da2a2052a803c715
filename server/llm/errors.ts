import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
} from 'openai';
import { EngineError } from '../practice/engines';

/**
 * Reads how long a 429/503 asks us to wait: `retry-after-ms` (OpenAI), `retry-after` in seconds,
 * or `retry-after` as an HTTP date. Undefined when absent or unreadable.
 */
export function retryAfterMs(headers: Headers | undefined, now = Date.now()): number | undefined {
  const ms = Number.parseFloat(headers?.get('retry-after-ms') ?? '');
  if (Number.isFinite(ms) && ms >= 0) return Math.round(ms);
  const raw = headers?.get('retry-after');
  if (!raw) return undefined;
  const seconds = Number(raw.trim());
  if (Number.isFinite(seconds) && seconds >= 0) return Math.round(seconds * 1000);
  const date = Date.parse(raw);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Why our own code stopped a call, which decides the kind when the SDK only saw an abort. */
export interface StopReason {
  /** The caller's signal fired (client gone, session ended). */
  aborted: boolean;
  /** Our idle timer fired: no bytes from the model for LLM_TIMEOUT_MS. */
  timedOut: boolean;
}

const describe = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** Maps whatever the SDK (or fetch under it) threw to a typed EngineError. */
export function toEngineError(err: unknown, stop: StopReason): EngineError {
  if (err instanceof EngineError) return err;
  const options = { cause: err };
  if (stop.aborted) return new EngineError('aborted', 'the request was cancelled', undefined, options);
  if (stop.timedOut || err instanceof APIConnectionTimeoutError) {
    return new EngineError('timeout', 'the model did not answer in time', undefined, options);
  }
  if (err instanceof APIUserAbortError) return new EngineError('aborted', 'the request was cancelled', undefined, options);
  if (err instanceof APIConnectionError) {
    return new EngineError('unavailable', `cannot reach the model endpoint: ${describe(err)}`, undefined, options);
  }
  if (err instanceof APIError) {
    const status = err.status;
    if (status === 429) {
      return new EngineError('rate_limited', 'the model endpoint is rate limiting requests', retryAfterMs(err.headers), options);
    }
    if (status === 401 || status === 403) {
      return new EngineError('auth', `the model endpoint refused the credentials (${status})`, undefined, options);
    }
    if (status === 408) return new EngineError('timeout', 'the model endpoint timed out (408)', undefined, options);
    // 404 is almost always a wrong base URL or model name: the endpoint is unusable as configured.
    if (status === undefined || status === 404 || status >= 500) {
      const wait = status === 503 ? retryAfterMs(err.headers) : undefined;
      return new EngineError('unavailable', `the model endpoint failed: ${describe(err)}`, wait, options);
    }
    return new EngineError('bad_response', `the model endpoint rejected the request: ${describe(err)}`, undefined, options);
  }
  // A `data:` line that is not JSON: the SDK rethrows JSON.parse's SyntaxError.
  if (err instanceof SyntaxError) {
    return new EngineError('bad_response', `the model sent a malformed chunk: ${describe(err)}`, undefined, options);
  }
  // fetch's "terminated" and friends: the connection died under the stream.
  return new EngineError('unavailable', `the connection to the model broke: ${describe(err)}`, undefined, options);
}
